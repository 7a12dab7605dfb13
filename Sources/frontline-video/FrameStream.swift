import Foundation
import Raster

/// Reads the frames `frontline` streams (see `VideoExport`) and encodes them one at a time: each is
/// captioned, rasterised, handed to ffmpeg and dropped, so memory holds one frame whatever the length.
struct FrameStream {
    let input: FileHandle
    private var buffer = Data()

    init(input: FileHandle) { self.input = input }

    /// Encodes every frame into `output`; the video appears only when the stream ended with `end`.
    mutating func encode(to output: URL, frameRate: Int, width: Int) throws {
        guard try line() == "frontline-video 1" else { throw HelperError("the input is not a frontline-video stream") }
        var encoder: VideoEncoder?
        var rasterizer: SVGRasterizer?
        defer { encoder?.cancel() }
        while let header = try line() {
            if header == "end" {
                guard let e = encoder else { throw HelperError("no frame to encode") }
                try e.finish()
                return
            }
            let parts = header.split(separator: " ")
            guard parts.count == 4, parts[0] == "frame", let hold = Int(parts[1]), let svgBytes = Int(parts[2]),
                let captionBytes = Int(parts[3])
            else {
                throw HelperError("bad frame header '\(header.prefix(80))'")
            }
            let svg = String(decoding: try bytes(svgBytes), as: UTF8.self)
            let captionLines = String(decoding: try bytes(captionBytes), as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false
            ).map(String.init)
            let caption = FrameCaption(heading: captionLines.first ?? "", lines: Array(captionLines.dropFirst()))
            let captioned = try SVGCaption.annotate(svg, with: caption)
            if rasterizer == nil {
                let size = PixelSize.even(width: width, aspectOf: try SVGRasterizer.naturalSize(of: captioned))
                rasterizer = try SVGRasterizer(size: size)
                encoder = try VideoEncoder(output: output, size: size, frameRate: FrameRate(numerator: frameRate))
            }
            try encoder!.append(try rasterizer!.rasterize(captioned), holding: max(hold, 1))
        }
        throw HelperError("the frame stream stopped before its end; no video was written")
    }

    /// The next line without its newline; `nil` at the end of the input.
    private mutating func line() throws -> String? {
        while true {
            if let i = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let text = String(decoding: buffer[buffer.startIndex..<i], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...i)
                return text
            }
            guard try fill() else { return nil }
        }
    }

    /// Exactly `count` bytes.
    private mutating func bytes(_ count: Int) throws -> Data {
        while buffer.count < count {
            guard try fill() else { throw HelperError("the frame stream stopped inside a frame; no video was written") }
        }
        let out = buffer.prefix(count)
        buffer.removeSubrange(buffer.startIndex..<(buffer.startIndex + count))
        return Data(out)
    }

    private mutating func fill() throws -> Bool {
        guard let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty else { return false }
        buffer.append(chunk)
        return true
    }
}
