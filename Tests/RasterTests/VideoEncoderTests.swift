import Foundation
import Testing

@testable import Raster

/// Frames streamed into ffmpeg, checked with ffprobe and by decoding frames back.
@Suite("Video encoder")
struct VideoEncoderTests {
    static let size = PixelSize(width: 64, height: 48)

    /// ffprobe's `key=value` lines for the first video stream of `url`.
    func probe(_ url: URL) throws -> [String: String] {
        let run = try Tool.run(
            "ffprobe",
            [
                "-v", "error", "-count_frames", "-select_streams", "v:0",
                "-show_entries", "stream=nb_read_frames,r_frame_rate,width,height,codec_name",
                "-of", "default=noprint_wrappers=1", url.path,
            ])
        #expect(run.status == 0, "ffprobe refused \(url.lastPathComponent): \(run.errors)")
        var fields: [String: String] = [:]
        for line in run.text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        return fields
    }

    /// Frame `index` of `url` decoded back to RGB pixels by ffmpeg.
    func frame(_ index: Int, of url: URL, size: PixelSize) throws -> RasterImage {
        let run = try Tool.run(
            "ffmpeg",
            [
                "-v", "error", "-i", url.path, "-vf", "select=eq(n\\,\(index))", "-frames:v", "1",
                "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1",
            ])
        #expect(run.status == 0, "ffmpeg could not extract frame \(index): \(run.errors)")
        return try RasterImage(width: size.width, height: size.height, format: .rgb, pixels: [UInt8](run.output))
    }

    /// Writes `count` solid frames, one colour each from `testColours`.
    func encodeSolid(_ url: URL, count: Int = 10, rate: FrameRate = 5, ffmpeg: URL? = nil) throws {
        let encoder = try VideoEncoder(output: url, size: Self.size, frameRate: rate, ffmpeg: ffmpeg)
        for i in 0..<count {
            try encoder.append(
                RasterImage(
                    width: Self.size.width, height: Self.size.height, filledWith: testColours[i % testColours.count]))
        }
        #expect(encoder.framesWritten == count)
        try encoder.finish()
    }

    @Test(.enabled(if: Tool.hasFFprobe, "ffmpeg or ffprobe is missing: apt-get install ffmpeg"))
    func mp4HasEveryFrameAtTheRateAndTheirColours() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let url = scratch.file("war.mp4")
        try encodeSolid(url)
        #expect(try scratch.contents() == ["war.mp4"])
        let info = try probe(url)
        #expect(info["codec_name"] == "h264")
        #expect(info["nb_read_frames"] == "10")
        #expect(info["r_frame_rate"] == "5/1")
        #expect(info["width"] == "64")
        #expect(info["height"] == "48")
        let decoded = try frame(5, of: url, size: Self.size)
        let centre = decoded.colour(x: 32, y: 24)
        #expect(
            centre.distance(to: testColours[5]) <= 12, "frame 5 centre is \(centre), expected about \(testColours[5])")
    }

    @Test(.enabled(if: Tool.hasFFprobe, "ffmpeg or ffprobe is missing: apt-get install ffmpeg"))
    func heldFramesRepeat() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let url = scratch.file("held.mp4")
        let encoder = try VideoEncoder(output: url, size: Self.size, frameRate: FrameRate(numerator: 5, denominator: 2))
        try encoder.append(RasterImage(width: 64, height: 48, filledWith: testColours[0]))
        try encoder.append(RasterImage(width: 64, height: 48, filledWith: testColours[2]), holding: 4)
        try encoder.append(RasterImage(width: 64, height: 48, filledWith: testColours[3]))
        #expect(encoder.framesWritten == 6)
        try encoder.finish()
        let info = try probe(url)
        #expect(info["nb_read_frames"] == "6")
        #expect(info["r_frame_rate"] == "5/2")
        for index in 1...4 {
            #expect(try frame(index, of: url, size: Self.size).colour(x: 32, y: 24).distance(to: testColours[2]) <= 12)
        }
        #expect(try frame(5, of: url, size: Self.size).colour(x: 32, y: 24).distance(to: testColours[3]) <= 12)
    }

    @Test(
        .enabled(if: Tool.hasFFprobe, "ffmpeg or ffprobe is missing: apt-get install ffmpeg"),
        arguments: [("war.webm", "vp9"), ("war.GIF", "gif")])
    func webmAndGifAreAccepted(name: String, codec: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let url = scratch.file(name)
        try encodeSolid(url)
        #expect(try scratch.contents() == [name])
        let info = try probe(url)
        #expect(info["codec_name"] == codec)
        #expect(info["nb_read_frames"] == "10")
        #expect(info["width"] == "64")
    }

    @Test func aMissingFFmpegIsNamedWithItsPackage() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let missing = URL(fileURLWithPath: "/nonexistent/bin/ffmpeg")
        let error = try #require(throws: VideoError.self) {
            try VideoEncoder(output: scratch.file("war.mp4"), size: Self.size, ffmpeg: missing)
        }
        #expect(error == .toolMissing(tool: "ffmpeg", lookedAt: "/nonexistent/bin/ffmpeg", package: "ffmpeg"))
        #expect("\(error)".contains("apt-get install ffmpeg"))
        #expect(try scratch.contents().isEmpty)
    }

    @Test func requestsItCannotEncodeAreRefusedBeforeStarting() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        #expect(throws: VideoError.self) { try VideoEncoder(output: scratch.file("war.avi"), size: Self.size) }
        #expect(throws: VideoError.self) {
            try VideoEncoder(output: scratch.file("war.mp4"), size: PixelSize(width: 63, height: 48))
        }
        #expect(throws: VideoError.self) {
            try VideoEncoder(output: scratch.file("war.mp4"), size: Self.size, frameRate: 0)
        }
        #expect(throws: VideoError.self) {
            try VideoEncoder(output: scratch.file("no/such/folder/war.mp4"), size: Self.size)
        }
        #expect(try scratch.contents().isEmpty)
    }

    @Test(.enabled(if: Tool.hasFFmpeg, "ffmpeg is missing: apt-get install ffmpeg"))
    func aFrameOfAnotherSizeIsRefusedAndTheVideoGoesOn() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let encoder = try VideoEncoder(output: scratch.file("war.gif"), size: Self.size)
        #expect(throws: VideoError.self) { try encoder.append(RasterImage(width: 10, height: 10, filledWith: .white)) }
        #expect(throws: VideoError.self) {
            try encoder.append(RasterImage(width: 64, height: 48, format: .rgba, filledWith: .white))
        }
        try encoder.append(RasterImage(width: 64, height: 48, filledWith: .white))
        try encoder.finish()
        #expect(try scratch.contents() == ["war.gif"])
        #expect(throws: VideoError.self) { try encoder.append(RasterImage(width: 64, height: 48, filledWith: .white)) }
    }

    /// A stand-in for ffmpeg that reads some input, writes a partial file where the output should go
    /// (its last argument) and fails.
    static let failingFFmpeg = """
        for last; do :; done
        head -c 20000 > /dev/null
        echo partial > "$last"
        echo "Error while encoding: the disk is on fire" >&2
        exit 1
        """

    @Test func aFailedEncodeLeavesNoTemporaryFileAndThePreviousVideo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let url = scratch.file("war.mp4")
        let previous = Data("the video from yesterday".utf8)
        try previous.write(to: url)
        let fake = try scratch.script("fake-ffmpeg", Self.failingFFmpeg)
        let error = try #require(throws: VideoError.self) { try encodeSolid(url, count: 40, ffmpeg: fake) }
        guard case let .encoderFailed(tool, reason, log) = error else {
            Issue.record("expected an encoder failure, got \(error)")
            return
        }
        #expect(tool == "fake-ffmpeg")
        #expect(reason == "exit status 1")
        #expect(log == "Error while encoding: the disk is on fire")
        #expect(try Data(contentsOf: url) == previous)
        #expect(try scratch.contents() == ["fake-ffmpeg", "war.mp4"])
    }

    @Test func anEncoderThatFailsAtTheEndLeavesNoTemporaryFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let url = scratch.file("war.webm")
        // Reads everything, writes a partial file, then fails: the failure shows at finish().
        let fake = try scratch.script(
            "fake-ffmpeg",
            """
            for last; do :; done
            cat > /dev/null
            echo partial > "$last"
            echo "muxer: trailer could not be written" >&2
            exit 2
            """)
        let encoder = try VideoEncoder(output: url, size: Self.size, ffmpeg: fake)
        try encoder.append(RasterImage(width: 64, height: 48, filledWith: .white), holding: 3)
        let error = try #require(throws: VideoError.self) { try encoder.finish() }
        #expect(
            error
                == .encoderFailed(
                    tool: "fake-ffmpeg", reason: "exit status 2", log: "muxer: trailer could not be written"))
        #expect(try scratch.contents() == ["fake-ffmpeg"])
        // The failure sticks: later calls report it again rather than writing anything.
        #expect(throws: error) { try encoder.finish() }
    }

    @Test func anEncoderThatExitsAtOnceIsAnErrorNotACrashOrAHang() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // Exits without reading: writing to it would raise SIGPIPE with a plain pipe.
        let fake = try scratch.script("fake-ffmpeg", "echo 'Unknown encoder libx264' >&2\nexit 8")
        let error = try #require(throws: VideoError.self) {
            try encodeSolid(scratch.file("war.mp4"), count: 100, ffmpeg: fake)
        }
        #expect(error == .encoderFailed(tool: "fake-ffmpeg", reason: "exit status 8", log: "Unknown encoder libx264"))
        #expect(try scratch.contents() == ["fake-ffmpeg"])
    }

    @Test(.enabled(if: Tool.hasFFmpeg, "ffmpeg is missing: apt-get install ffmpeg"))
    func cancellingOrDroppingTheEncoderKeepsThePreviousVideo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let url = scratch.file("war.mp4")
        let previous = Data("the video from yesterday".utf8)
        try previous.write(to: url)
        let encoder = try VideoEncoder(output: url, size: Self.size)
        try encoder.append(RasterImage(width: 64, height: 48, filledWith: .white), holding: 5)
        encoder.cancel()
        #expect(throws: VideoError.self) { try encoder.finish() }
        do {
            let dropped = try VideoEncoder(output: url, size: Self.size)
            try dropped.append(RasterImage(width: 64, height: 48, filledWith: .black), holding: 5)
        }
        #expect(try Data(contentsOf: url) == previous)
        #expect(try scratch.contents() == ["war.mp4"])
    }

    @Test(.enabled(if: Tool.hasFFmpeg, "ffmpeg is missing: apt-get install ffmpeg"))
    func finishingWithoutFramesWritesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let encoder = try VideoEncoder(output: scratch.file("war.mp4"), size: Self.size)
        #expect(throws: VideoError.self) { try encoder.finish() }
        #expect(try scratch.contents().isEmpty)
    }

    @Test(.enabled(if: Tool.hasFFmpeg, "ffmpeg is missing: apt-get install ffmpeg"))
    func twoVideosAtOnceDoNotHoldEachOtherOpen() throws {
        // Each ffmpeg must see the end of its own input even while the other is running.
        let scratch = try Scratch()
        defer { scratch.remove() }
        let first = try VideoEncoder(output: scratch.file("a.mp4"), size: Self.size)
        let second = try VideoEncoder(output: scratch.file("b.gif"), size: Self.size)
        let frame = try RasterImage(width: 64, height: 48, filledWith: .white)
        try first.append(frame)
        try second.append(frame)
        try first.finish()
        try second.finish()
        #expect(try scratch.contents() == ["a.mp4", "b.gif"])
    }

    @Test(.enabled(if: Tool.hasFFmpeg, "ffmpeg is missing: apt-get install ffmpeg"))
    func anAppendedFrameIsNotKept() throws {
        // If the encoder kept the frame (or a copy of its array), changing the caller's frame in place
        // would have to copy the pixels first, and their address would change.
        let scratch = try Scratch()
        defer { scratch.remove() }
        let encoder = try VideoEncoder(output: scratch.file("war.mp4"), size: Self.size)
        var frame = try RasterImage(width: 64, height: 48, filledWith: .white)
        let before = frame.pixels.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        try encoder.append(frame, holding: 3)
        let after = frame.withUnsafeMutableBytes { bytes in
            bytes[0] = 0
            return UInt(bitPattern: bytes.baseAddress)
        }
        #expect(before == after)
        // Nothing the encoder stores can hold frames: no stored property is a frame, pixels or data.
        let stored = Mirror(reflecting: encoder).children.map { type(of: $0.value) }
        #expect(
            !stored.contains {
                $0 == RasterImage.self || $0 == [RasterImage].self || $0 == [UInt8].self || $0 == Data.self
            })
        encoder.cancel()
    }
}
