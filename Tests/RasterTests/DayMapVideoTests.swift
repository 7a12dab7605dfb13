import Foundation
import Testing

@testable import Raster

/// The whole chain on the committed maps of the bundled article: day SVG → caption → pixels → MP4.
@Suite("Day maps to video")
struct DayMapVideoTests {
    /// `maps/2012_Hama_offensive/svg/` of this checkout, when it is there.
    static let days: [URL] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = root.appendingPathComponent("maps/2012_Hama_offensive/svg")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".svg") }.sorted().map { folder.appendingPathComponent($0) }
    }()

    /// Pixels with a clear hue (not white, paper, grey or black): territory fills, front and event marks.
    static func colouredShare(_ image: RasterImage) -> Double {
        var coloured = 0
        for y in stride(from: 0, to: image.height, by: 2) {
            for x in stride(from: 0, to: image.width, by: 2) {
                let c = image.colour(x: x, y: y)
                let channels = [Int(c.red), Int(c.green), Int(c.blue)]
                if (channels.max() ?? 0) - (channels.min() ?? 0) > 40 { coloured += 1 }
            }
        }
        return Double(coloured) / Double(((image.width + 1) / 2) * ((image.height + 1) / 2))
    }

    @Test(
        .enabled(
            if: Tool.hasFFprobe && days.count >= 8,
            "needs ffmpeg, ffprobe (apt-get install ffmpeg) and the committed maps"))
    func eightDaysBecomeEightCaptionedFrames() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let url = scratch.file("hama.mp4")
        let days = Self.days.prefix(8)
        let first = try String(contentsOf: days[days.startIndex], encoding: .utf8)
        let sample = try SVGCaption.annotate(first, with: FrameCaption(heading: "x"))
        let size = PixelSize.even(width: 640, aspectOf: try SVGRasterizer.naturalSize(of: sample))
        let rasterizer = try SVGRasterizer(size: size)
        let encoder = try VideoEncoder(output: url, size: size, frameRate: 2)
        var shares: [Double] = []
        for day in days {
            let svg = try String(contentsOf: day, encoding: .utf8)
            let caption = FrameCaption(
                heading: day.deletingPathExtension().lastPathComponent,
                lines: ["Rebels attack a checkpoint & <take> it"])
            let frame = try rasterizer.rasterize(try SVGCaption.annotate(svg, with: caption))
            shares.append(Self.colouredShare(frame))
            try encoder.append(frame)
        }
        try encoder.finish()
        #expect(shares.allSatisfy { $0 > 0.02 }, "frames with hardly any colour: \(shares)")

        let probe = try Tool.run(
            "ffprobe",
            [
                "-v", "error", "-count_frames", "-select_streams", "v:0",
                "-show_entries", "stream=nb_read_frames,width,height", "-of", "csv=p=0", url.path,
            ])
        #expect(probe.text.trimmingCharacters(in: .whitespacesAndNewlines) == "\(size.width),\(size.height),8")
        // A frame decoded back from the video still shows the territories.
        let decoded = try Tool.run(
            "ffmpeg",
            [
                "-v", "error", "-i", url.path, "-vf", "select=eq(n\\,3)", "-frames:v", "1",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1",
            ])
        let image = try RasterImage(
            width: size.width, height: size.height, format: .rgb, pixels: [UInt8](decoded.output))
        #expect(Self.colouredShare(image) > 0.02)
    }
}
