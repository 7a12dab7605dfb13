/// A picture's size in whole pixels.
public struct PixelSize: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// `WxH`, as ffmpeg writes sizes.
    public var description: String { "\(width)x\(height)" }

    /// The size `width` pixels wide with the aspect of `natural`, both sides rounded to even numbers:
    /// H.264 and VP9 in 4:2:0 colour need even sides, and every frame of a video the same size.
    public static func even(width: Int, aspectOf natural: (width: Double, height: Double)) -> PixelSize {
        let w = max(2, width - width % 2)
        let h = max(2, Int((Double(w) * natural.height / natural.width / 2).rounded()) * 2)
        return PixelSize(width: w, height: h)
    }

    /// The largest allowed side: Cairo's image surfaces stop at 32767, and a frame of that size is
    /// already 4 GB; videos rarely go past 8K.
    static let maximumSide = 16384
}
