import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `frontline map … --video war.mp4`: the map's frames (`VideoFrames`) streamed to the
/// `frontline-video` helper, which rasterises each with librsvg and pipes it to ffmpeg.
///
/// A helper process rather than a library call because librsvg and Cairo bring some fifty shared
/// libraries whose loading would slow every run of `frontline` (about 17 ms measured, a third of
/// `frontline --help`), videos or not.
///
/// Whole or nothing: the helper writes a hidden file beside the video (`.<name>.frontline-<pid>.<ext>`),
/// and `PendingVideo.commit()` renames it into place only after the map's own output is committed; any
/// failure before that removes it, so neither the video nor the output folder is ever half-written.
///
/// The stream on the helper's standard input, after the line `frontline-video 1`: per frame the line
/// `frame <hold> <svg bytes> <caption bytes>`, the SVG, then the caption (the date, then one event per
/// line); `end` when every frame was sent. A stream that stops without `end` is a failed run.
public struct VideoExport: Sendable {
    /// The helper's file name; `frontline` looks for it beside its own binary.
    public static let helperName = "frontline-video"
    public static let protocolLine = "frontline-video 1"

    public var output: URL
    public var frameRate: Int
    /// Frame width in pixels (the height follows the map's shape).
    public var width: Int
    public var frames: VideoFrames
    public var helper: URL

    public init(output: URL, frameRate: Int = 4, width: Int = 1280, frames: VideoFrames = VideoFrames(), helper: URL) {
        self.output = output.standardizedFileURL
        self.frameRate = frameRate
        self.width = width
        self.frames = frames
        self.helper = helper
    }

    /// Checks, before any map is built, that the video can be written: a known extension, an
    /// existing folder, the helper, and ffmpeg (`helper --check`).
    /// - Throws: `FrontlineError.output` saying what is missing and how to get it.
    public func check() throws {
        let ext = output.pathExtension.lowercased()
        guard ["mp4", "webm", "gif"].contains(ext) else {
            throw FrontlineError.output(
                Diagnostic(
                    .error, "cannot tell the video format of '\(output.lastPathComponent)'; name it .mp4, .webm or .gif"
                ))
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.deletingLastPathComponent().path, isDirectory: &isFolder),
            isFolder.boolValue
        else {
            throw FrontlineError.output(
                Diagnostic(
                    .error,
                    "cannot write the video \(output.path): folder \(output.deletingLastPathComponent().path) does not exist"
                ))
        }
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder), isFolder.boolValue {
            throw FrontlineError.output(
                Diagnostic(
                    .error, "the video path \(output.path) is a folder; give a file name ending in .mp4, .webm or .gif")
            )
        }
        guard FileManager.default.isExecutableFile(atPath: helper.path) else {
            throw FrontlineError.output(
                Diagnostic(
                    .error,
                    "the video helper \(helper.path) is missing; build it with: swift build -c release --product \(Self.helperName)"
                ))
        }
        let run = try HelperProcess(helper, ["--check"])
        try run.finish(failure: "cannot write videos")
    }

    /// Draws every frame of `map` and has the helper encode them into a hidden file beside `output`.
    /// - Returns: the finished video, to `commit()` once the rest of the output is in place.
    /// - Throws: `FrontlineError.output` with the helper's or ffmpeg's reason; nothing is left behind.
    public func encode(_ map: WarMap, attribution: String) throws -> PendingVideo {
        let folder = output.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(output.deletingPathExtension().lastPathComponent).frontline-\(getpid()).\(output.pathExtension.lowercased())"
        )
        let pending = PendingVideo(temporary: temporary, output: output)
        let run = try HelperProcess(
            helper, ["--out", temporary.path, "--fps", String(frameRate), "--width", String(width)])
        do {
            try run.send(Data((Self.protocolLine + "\n").utf8))
            try frames.forEach(map, attribution: attribution) { frame in
                let svg = Data(frame.svg.utf8),
                    caption = Data(([frame.heading] + frame.lines).joined(separator: "\n").utf8)
                try run.send(Data("frame \(frame.hold) \(svg.count) \(caption.count)\n".utf8) + svg + caption)
            }
            try run.send(Data("end\n".utf8))
        } catch {
            // The helper stopped reading: its own message says why (ffmpeg missing or failing).
            try run.finish(failure: "cannot write the video \(output.path)")
            throw error
        }
        try run.finish(failure: "cannot write the video \(output.path)")
        pending.ready = true
        return pending
    }
}

/// An encoded video in its hidden file: `commit()` renames it to its real name; dropping it without
/// a commit removes it.
public final class PendingVideo {
    let temporary: URL
    public let output: URL
    var ready = false
    private var done = false

    init(temporary: URL, output: URL) {
        self.temporary = temporary
        self.output = output
    }

    deinit { discard() }

    /// Puts the video under its real name (an atomic rename, replacing an older video).
    /// - Throws: `FrontlineError.output` when the rename fails; the hidden file is removed.
    public func commit() throws {
        guard ready, !done else { return }
        guard rename(temporary.path, output.path) == 0 else {
            let error = OutputWriter.failure("cannot move the video into place at", output.path)
            discard()
            throw error
        }
        done = true
    }

    /// Removes the hidden file (nothing else was written).
    public func discard() {
        guard !done else { return }
        done = true
        unlink(temporary.path)
    }
}
