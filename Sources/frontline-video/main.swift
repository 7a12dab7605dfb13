// frontline-video: the rasterising and encoding half of `frontline map --video`, in its own program
// so that librsvg, Cairo and their fifty-odd shared libraries load only when a video is asked for.
//
//   frontline-video --check                       exit 0 when ffmpeg is there, else say how to get it
//   frontline-video --out F --fps N --width W     read frames on standard input (see VideoExport in
//                                                 FrontlineMaps), write the video F whole or not at all
//
// Errors go to standard error as one line each; the exit status is 1 on any failure.
import Foundation
import Raster

do {
    let options = try HelperOptions(CommandLine.arguments.dropFirst())
    try FFmpeg.check()
    if let output = options.output {
        var stream = FrameStream(input: FileHandle.standardInput)
        try stream.encode(to: output, frameRate: options.frameRate, width: options.width)
    }
} catch {
    FileHandle.standardError.write(Data("frontline-video: error: \(error)\n".utf8))
    exit(1)
}
