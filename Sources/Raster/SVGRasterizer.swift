import CRsvg
import Foundation

/// Renders SVG documents to pixel buffers of one fixed size, through librsvg and a Cairo image surface.
///
/// Each document is fitted into the size keeping its aspect (centred, the rest left as background), so
/// every frame of a video has the same size even if a day's picture does not. Fonts come from
/// fontconfig (`DejaVu Sans` on Debian). A value: one per size and background, usable from any thread
/// (each call parses and renders on its own handle and surface).
public struct SVGRasterizer: Hashable, Sendable {
    /// What shows where the document draws nothing.
    public enum Background: Hashable, Sendable {
        case opaque(RGBColour)
        /// Transparent pixels (alpha 0); meaningful with `.rgba` output only.
        case transparent
    }

    public let size: PixelSize
    public var background: Background
    public var format: PixelFormat

    /// A rasteriser for `size`.
    /// - Throws: `RasterError.invalidInput` when a side is not positive or too large.
    public init(size: PixelSize, background: Background = .opaque(.white), format: PixelFormat = .rgb) throws {
        try RasterImage.validate(width: size.width, height: size.height)
        self.size = size
        self.background = background
        self.format = format
    }

    /// Renders the SVG document in `svg`.
    /// - Throws: `RasterError.library` with librsvg's message (XML errors carry their line and column)
    ///   when it cannot be parsed or drawn.
    public func rasterize(_ svg: String) throws -> RasterImage {
        try rasterize(Data(svg.utf8))
    }

    /// Renders the SVG document in `data` (UTF-8 or with its own XML encoding declaration).
    /// - Throws: `RasterError.library` with librsvg's message when it cannot be parsed or drawn.
    public func rasterize(_ data: Data) throws -> RasterImage {
        let document = try SVGHandle(data: data)
        let surface = try CairoSurface(width: size.width, height: size.height)
        let context = try CairoContext(surface: surface)
        if case let .opaque(colour) = background { context.paint(colour) }
        let viewport: RsvgRectangle
        if let natural = document.intrinsicSize {
            // An absolute width and height (a map's `width="1200"`): librsvg would draw it at that size,
            // as a browser does, so scale it into the frame here.
            let scale = min(Double(size.width) / natural.width, Double(size.height) / natural.height)
            context.transform(
                translateX: (Double(size.width) - natural.width * scale) / 2,
                y: (Double(size.height) - natural.height * scale) / 2, scale: scale)
            viewport = RsvgRectangle(x: 0, y: 0, width: natural.width, height: natural.height)
        } else {
            // Percentages or no size: librsvg fits the viewBox into the frame itself.
            viewport = RsvgRectangle(x: 0, y: 0, width: Double(size.width), height: Double(size.height))
        }
        try document.render(into: context, viewport: viewport)
        return try pixels(of: surface)
    }

    /// The natural size of the document in `svg` (its absolute width and height, else its `viewBox`),
    /// to choose a frame size with its aspect: `PixelSize.even(width: 1280, aspectOf: size)`.
    /// - Throws: `RasterError.library` when it cannot be parsed; `RasterError.invalidInput` when it
    ///   states no size at all.
    public static func naturalSize(of svg: String) throws -> (width: Double, height: Double) {
        guard let natural = try SVGHandle(data: Data(svg.utf8)).naturalSize else {
            throw RasterError.invalidInput("the SVG document has neither an absolute width and height nor a viewBox")
        }
        return natural
    }

    /// Copies Cairo's premultiplied native-endian ARGB words into straight RGB(A) bytes.
    private func pixels(of surface: CairoSurface) throws -> RasterImage {
        let bytesPerPixel = format.bytesPerPixel
        let width = size.width
        var bytes = [UInt8](repeating: 0, count: width * size.height * bytesPerPixel)
        try bytes.withUnsafeMutableBufferPointer { out in
            try surface.withRows { y, row in
                var o = y * width * bytesPerPixel
                for x in 0..<width {
                    let word = row.loadUnaligned(fromByteOffset: x * 4, as: UInt32.self)
                    let a = UInt32(word >> 24)
                    var r = word >> 16 & 0xFF, g = word >> 8 & 0xFF, b = word & 0xFF
                    if a != 255 && a != 0 {
                        // Undo Cairo's premultiplication, rounding to nearest.
                        r = (r * 255 + a / 2) / a
                        g = (g * 255 + a / 2) / a
                        b = (b * 255 + a / 2) / a
                    }
                    out[o] = UInt8(min(r, 255))
                    out[o + 1] = UInt8(min(g, 255))
                    out[o + 2] = UInt8(min(b, 255))
                    if bytesPerPixel == 4 { out[o + 3] = UInt8(a) }
                    o += bytesPerPixel
                }
            }
        }
        return try RasterImage(width: width, height: size.height, format: format, pixels: bytes)
    }
}
