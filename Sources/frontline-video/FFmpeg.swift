import Foundation
import Raster

/// Whether `ffmpeg` is on `PATH`, checked before any frame is drawn so a missing encoder fails the run
/// at once, with the package to install.
enum FFmpeg {
    static func check() throws {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/ffmpeg")
        { return }
        throw VideoError.toolMissing(tool: "ffmpeg", lookedAt: "PATH=\(path)", package: "ffmpeg")
    }
}
