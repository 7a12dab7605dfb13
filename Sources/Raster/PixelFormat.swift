/// How a `RasterImage` stores one pixel: bytes in this order, 8 bits each, alpha not premultiplied.
public enum PixelFormat: String, Hashable, Sendable, CaseIterable {
    /// Red, green, blue: what video encoders take (ffmpeg's `rgb24`).
    case rgb
    /// Red, green, blue, alpha: for transparent backgrounds (ffmpeg's `rgba`).
    case rgba

    public var bytesPerPixel: Int { self == .rgb ? 3 : 4 }

    /// ffmpeg's `-pix_fmt` name for this layout.
    var ffmpegName: String { self == .rgb ? "rgb24" : "rgba" }
}
