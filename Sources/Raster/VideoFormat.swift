import Foundation

/// The containers and codecs a `VideoEncoder` writes, chosen by the output file's extension.
public enum VideoFormat: String, Hashable, Sendable, CaseIterable {
    /// H.264 in MP4 (`libx264`, 4:2:0 colour): plays everywhere, including in messaging apps.
    case mp4
    /// VP9 in WebM (`libvpx-vp9`, 4:2:0 colour): open formats, for the web.
    case webm
    /// Animated GIF with a palette made for each frame: no player needed, larger files.
    case gif

    /// The format for a file named `*.mp4`, `*.webm` or `*.gif` (any letter case); `nil` otherwise.
    public init?(fileExtension: String) {
        self.init(rawValue: fileExtension.lowercased())
    }

    /// Whether both sides must be even (4:2:0 colour halves them).
    public var needsEvenSize: Bool { self != .gif }

    /// ffmpeg's arguments after the raw input, up to (without) the output path: codec, quality and
    /// container. Nothing here needs more than the frame in hand: the GIF palette is computed per frame
    /// (`stats_mode=single`, `new=1`) because one palette for the whole video would make ffmpeg keep
    /// every frame until the end.
    var encoderArguments: [String] {
        switch self {
        case .mp4:
            return [
                "-c:v", "libx264", "-preset", "medium", "-crf", "20", "-pix_fmt", "yuv420p",
                "-movflags", "+faststart", "-f", "mp4",
            ]
        case .webm:
            return [
                "-c:v", "libvpx-vp9", "-b:v", "0", "-crf", "32", "-deadline", "good", "-cpu-used", "4",
                "-row-mt", "1", "-pix_fmt", "yuv420p", "-f", "webm",
            ]
        case .gif:
            return [
                "-vf", "split[a][b];[a]palettegen=stats_mode=single[p];[b][p]paletteuse=new=1",
                "-loop", "0", "-f", "gif",
            ]
        }
    }
}
