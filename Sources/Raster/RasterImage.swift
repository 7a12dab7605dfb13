/// A picture as pixels: rows top to bottom, each row left to right, no padding between rows.
///
/// A value type whose pixels are copied only when written while shared, so handing a frame to a
/// `VideoEncoder` costs no copy, and the encoder keeps none once `append` returns.
public struct RasterImage: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public let format: PixelFormat
    /// `width × height × format.bytesPerPixel` bytes.
    public private(set) var pixels: [UInt8]

    /// Pixels already laid out as `format`.
    /// - Throws: `RasterError.invalidInput` when the size is empty or the byte count does not match it.
    public init(width: Int, height: Int, format: PixelFormat, pixels: [UInt8]) throws {
        try RasterImage.validate(width: width, height: height)
        guard pixels.count == width * height * format.bytesPerPixel else {
            throw RasterError.invalidInput(
                "\(pixels.count) bytes for a \(width)x\(height) \(format) image, which needs \(width * height * format.bytesPerPixel)"
            )
        }
        self.width = width
        self.height = height
        self.format = format
        self.pixels = pixels
    }

    /// One colour everywhere (a title card, a test frame).
    /// - Throws: `RasterError.invalidInput` when the size is empty or too large.
    public init(width: Int, height: Int, format: PixelFormat = .rgb, filledWith colour: RGBColour) throws {
        try RasterImage.validate(width: width, height: height)
        let pixel =
            format == .rgb ? [colour.red, colour.green, colour.blue] : [colour.red, colour.green, colour.blue, 255]
        self.width = width
        self.height = height
        self.format = format
        self.pixels = Array([[UInt8]](repeating: pixel, count: width * height).joined())
    }

    /// Both sides positive and at most `PixelSize.maximumSide`.
    static func validate(width: Int, height: Int) throws {
        guard (1...PixelSize.maximumSide).contains(width), (1...PixelSize.maximumSide).contains(height) else {
            throw RasterError.invalidInput(
                "a picture must be 1 to \(PixelSize.maximumSide) pixels on each side, not \(width)x\(height)")
        }
    }

    public var size: PixelSize { PixelSize(width: width, height: height) }

    /// The colour at column `x`, row `y` (0, 0 is top left), ignoring alpha.
    public func colour(x: Int, y: Int) -> RGBColour {
        precondition(
            (0..<width).contains(x) && (0..<height).contains(y), "pixel (\(x), \(y)) outside a \(width)x\(height) image"
        )
        let i = (y * width + x) * format.bytesPerPixel
        return RGBColour(red: pixels[i], green: pixels[i + 1], blue: pixels[i + 2])
    }

    /// The alpha at column `x`, row `y`: 255 for `.rgb`.
    public func alpha(x: Int, y: Int) -> UInt8 {
        format == .rgb ? 255 : pixels[(y * width + x) * 4 + 3]
    }

    /// Lets `body` change the pixels in place (drawing over a frame, reusing one buffer for many frames);
    /// the byte count cannot change.
    public mutating func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        try pixels.withUnsafeMutableBytes(body)
    }
}
