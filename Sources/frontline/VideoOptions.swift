import ArgumentParser
import Foundation
import FrontlineMaps

/// `--video FILE` and its settings: an animation of the map to share, written by the
/// `frontline-video` helper found beside this program.
struct VideoOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Also write an animation of the map: FILE ending in .mp4, .webm or .gif (needs ffmpeg).", valueName: "file")
    )
    var video: String?

    @Option(name: .customLong("video-fps"), help: ArgumentHelp("Video frames per second.", valueName: "n"))
    var fps = 4

    @Option(
        name: .customLong("video-days"),
        help: ArgumentHelp(
            "A frame every written day (all), or only on days something changed (changes), each held --video-hold frames.",
            valueName: "which"))
    var days: VideoFrames.Days = .all

    @Option(
        name: .customLong("video-hold"),
        help: ArgumentHelp("Frames each change day stays on screen with --video-days changes.", valueName: "n"))
    var hold = 3

    @Option(name: .customLong("video-width"), help: ArgumentHelp("Frame width in pixels.", valueName: "px"))
    var width = 1280

    func validate() throws {
        guard fps >= 1, fps <= 60 else { throw ValidationError("--video-fps must be between 1 and 60") }
        guard hold >= 1 else { throw ValidationError("--video-hold must be at least 1") }
        guard width >= 64, width <= 7680 else {
            throw ValidationError("--video-width must be between 64 and 7680 pixels")
        }
        if let video, video.isEmpty {
            throw ValidationError("--video is empty; give a file name ending in .mp4, .webm or .gif")
        }
    }

    /// The export asked for, with the helper beside this program; `nil` without `--video`.
    func export() throws -> VideoExport? {
        guard let video else { return nil }
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let program =
            FileManager.default.fileExists(atPath: here.path)
            ? here : URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let helper = program.deletingLastPathComponent().appendingPathComponent(VideoExport.helperName)
        return VideoExport(
            output: URL(fileURLWithPath: video), frameRate: fps, width: width,
            frames: VideoFrames(days: days, hold: hold), helper: helper)
    }
}

extension VideoFrames.Days: ExpressibleByArgument {}
