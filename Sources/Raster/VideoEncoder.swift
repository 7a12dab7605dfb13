import Foundation

/// Writes a video from frames pushed one at a time, through `ffmpeg`.
///
/// Memory stays at one frame whatever the length: `append` writes the frame's bytes to ffmpeg's input
/// and keeps nothing (ffmpeg itself holds a few frames at most; see `VideoFormat`). The video goes to a
/// hidden temporary file beside `output` and is renamed over it only when ffmpeg has succeeded, so a
/// failure, a `cancel()`, or dropping the encoder before `finish()` leaves no partial file and any
/// earlier video untouched. If the whole program is killed, ffmpeg sees its input end and may leave
/// the hidden temporary file (`.<name>.<random>.tmp.<ext>`) beside `output`, never a file under the
/// real name; writing into a staging folder that a later run sweeps removes it too.
///
/// A war's days, each captioned, rasterised and streamed (the first day's captioned SVG fixes the size):
/// ```swift
/// let size = PixelSize.even(width: 1280, aspectOf: try SVGRasterizer.naturalSize(of: firstCaptioned))
/// let rasterizer = try SVGRasterizer(size: size)
/// let encoder = try VideoEncoder(output: url, size: size, frameRate: 4)
/// for day in days {
///     let svg = try SVGCaption.annotate(day.svg, with: FrameCaption(heading: day.date, lines: day.events))
///     try encoder.append(try rasterizer.rasterize(svg), holding: day.changed ? 3 : 1)
/// }
/// try encoder.finish()
/// ```
public final class VideoEncoder {
    public let output: URL
    public let format: VideoFormat
    public let size: PixelSize
    public let pixelFormat: PixelFormat
    public let frameRate: FrameRate
    /// Frames written so far, each held frame counted as many times as it was repeated.
    public private(set) var framesWritten = 0

    private enum State {
        case open(EncoderProcess)
        case finished
        case failed(VideoError)
        case cancelled
    }

    private var state: State
    private let temporary: URL

    /// Starts ffmpeg writing `output`, in the format its extension names (`.mp4`, `.webm`, `.gif`).
    /// - Parameters:
    ///   - size: every frame's size; both sides even for MP4 and WebM (see `PixelSize.even`).
    ///   - frameRate: frames per second of the video.
    ///   - pixelFormat: the layout of the frames that will be appended.
    ///   - ffmpeg: the program to run; by default `ffmpeg` found on `PATH`.
    /// - Throws: `VideoError.toolMissing` when ffmpeg is not there; `VideoError.invalidInput` for an
    ///   unknown extension, an odd size or a bad rate; `VideoError.io` when the folder does not exist or
    ///   ffmpeg cannot be started.
    public init(
        output: URL, size: PixelSize, frameRate: FrameRate = 4, pixelFormat: PixelFormat = .rgb, ffmpeg: URL? = nil
    ) throws {
        let target = output.standardizedFileURL
        guard let format = VideoFormat(fileExtension: target.pathExtension) else {
            let known = VideoFormat.allCases.map { ".\($0.rawValue)" }.joined(separator: ", ")
            throw VideoError.invalidInput(
                "cannot tell the video format of \(target.lastPathComponent): name it \(known)")
        }
        do {
            try RasterImage.validate(width: size.width, height: size.height)
        } catch {
            throw VideoError.invalidInput("\(error)")
        }
        if format.needsEvenSize && (size.width % 2 != 0 || size.height % 2 != 0) {
            throw VideoError.invalidInput("\(format.rawValue) frames need even sides, not \(size) (see PixelSize.even)")
        }
        guard frameRate.isValid else {
            throw VideoError.invalidInput("the frame rate must be positive, not \(frameRate)")
        }
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw VideoError.io("cannot write \(target.path): folder \(folder.path) does not exist")
        }
        let executable = try VideoEncoder.locate(ffmpeg)
        // Hidden, unique, in the same folder (so the final rename stays on one file system), and with
        // the real extension for anyone who looks.
        let temporary = folder.appendingPathComponent(
            ".\(target.lastPathComponent).\(UUID().uuidString.prefix(8).lowercased()).tmp.\(format.rawValue)")
        let arguments =
            [
                "-hide_banner", "-nostats", "-loglevel", "error", "-y",
                "-f", "rawvideo", "-pix_fmt", pixelFormat.ffmpegName, "-video_size", size.description,
                "-framerate", frameRate.description, "-i", "pipe:0", "-an",
            ]
            + format.encoderArguments + [temporary.path]
        let process = try EncoderProcess(executable: executable, arguments: arguments)
        self.output = target
        self.format = format
        self.size = size
        self.pixelFormat = pixelFormat
        self.frameRate = frameRate
        self.temporary = temporary
        self.state = .open(process)
    }

    deinit {
        cancel()
    }

    /// Adds `frame` to the video `count` times in a row (a minimum hold: a change day stays on screen
    /// longer). The frame is written before this returns and not kept.
    /// - Throws: `VideoError.invalidInput` for a frame of another size or layout, or after `finish` or
    ///   `cancel`; `VideoError.encoderFailed` when ffmpeg stopped (the temporary file is then gone).
    public func append(_ frame: RasterImage, holding count: Int = 1) throws {
        let process = try openProcess()
        guard frame.size == size, frame.format == pixelFormat else {
            throw VideoError.invalidInput("a \(frame.size) \(frame.format) frame in a \(size) \(pixelFormat) video")
        }
        guard count >= 1 else {
            throw VideoError.invalidInput("a frame must be held at least once, not \(count) times")
        }
        for _ in 0..<count {
            let accepted = try frame.pixels.withUnsafeBytes { try process.write($0) }
            guard accepted else { throw fail(process, because: "stopped reading frames") }
            framesWritten += 1
        }
    }

    /// Ends the video: waits for ffmpeg to finish the file, then renames it over `output`.
    /// - Throws: `VideoError.invalidInput` when no frame was appended; `VideoError.encoderFailed` with
    ///   ffmpeg's last messages; `VideoError.io` when the rename fails. After any of them the temporary
    ///   file is gone and `output` is as it was.
    public func finish() throws {
        let process = try openProcess()
        guard framesWritten > 0 else {
            cancel()
            throw VideoError.invalidInput("no frames were appended to \(output.lastPathComponent)")
        }
        if let reason = process.wait() {
            throw fail(process, because: reason)
        }
        // ffmpeg exits 0 only after writing its output, but a missing file must not be renamed into
        // a confusing error.
        guard FileManager.default.fileExists(atPath: temporary.path) else {
            throw fail(process, because: "exit status 0 but no output file")
        }
        // rename returns -1 and sets errno (another file system, a folder in the way, permissions).
        guard rename(temporary.path, output.path) == 0 else {
            let error = VideoError.io(
                "cannot rename \(temporary.path) to \(output.path): \(EncoderProcess.errnoText())")
            unlink(temporary.path)
            state = .failed(error)
            throw error
        }
        state = .finished
    }

    /// Stops ffmpeg and deletes the temporary file; `output` stays as it was. Does nothing after
    /// `finish` or a failure (which have already cleaned up).
    public func cancel() {
        guard case let .open(process) = state else { return }
        process.terminate()
        _ = process.wait()
        unlink(temporary.path)
        state = .cancelled
    }

    /// The running encoder, or the reason there is none.
    private func openProcess() throws -> EncoderProcess {
        switch state {
        case let .open(process): return process
        case .finished: throw VideoError.invalidInput("\(output.lastPathComponent) is already finished")
        case .cancelled: throw VideoError.invalidInput("\(output.lastPathComponent) was cancelled")
        case let .failed(error): throw error
        }
    }

    /// Records ffmpeg's failure (after it exited), deletes the temporary file and returns the error.
    private func fail(_ process: EncoderProcess, because reason: String) -> VideoError {
        // When ffmpeg closed its input it is exiting or has exited; wait gives its real status.
        let status = process.wait() ?? reason
        unlink(temporary.path)
        let error = VideoError.encoderFailed(tool: process.name, reason: status, log: process.logTail)
        state = .failed(error)
        return error
    }

    /// `ffmpeg` at `explicit`, else on `PATH`.
    /// - Throws: `VideoError.toolMissing` naming where it looked and the Debian package.
    static func locate(_ explicit: URL?) throws -> URL {
        let files = FileManager.default
        if let explicit {
            guard files.isExecutableFile(atPath: explicit.path) else {
                throw VideoError.toolMissing(
                    tool: explicit.lastPathComponent, lookedAt: explicit.path, package: "ffmpeg")
            }
            return explicit
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("ffmpeg")
            if files.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw VideoError.toolMissing(tool: "ffmpeg", lookedAt: "not on PATH", package: "ffmpeg")
    }
}
