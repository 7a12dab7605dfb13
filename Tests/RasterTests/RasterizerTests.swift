import Foundation
import Testing

@testable import Raster

/// SVG to pixels through librsvg and Cairo.
@Suite("SVG rasteriser")
struct RasterizerTests {
    /// A 200×100 picture: red left half, blue right half, a green square in the middle of the red.
    static let halves = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
          <rect x="0" y="0" width="100" height="100" fill="#FF0000"/>
          <rect x="100" y="0" width="100" height="100" fill="#0000FF"/>
          <rect x="40" y="40" width="20" height="20" fill="#00FF00"/>
        </svg>
        """

    static let red = RGBColour(red: 255, green: 0, blue: 0)
    static let blue = RGBColour(red: 0, green: 0, blue: 255)
    static let green = RGBColour(red: 0, green: 255, blue: 0)

    @Test func coloursLandWhereTheDocumentPutsThem() throws {
        let image = try SVGRasterizer(size: PixelSize(width: 200, height: 100)).rasterize(Self.halves)
        #expect(image.size == PixelSize(width: 200, height: 100))
        #expect(image.format == .rgb)
        #expect(image.pixels.count == 200 * 100 * 3)
        #expect(image.colour(x: 10, y: 10) == Self.red)
        #expect(image.colour(x: 190, y: 90) == Self.blue)
        #expect(image.colour(x: 50, y: 50) == Self.green)
        #expect(image.colour(x: 70, y: 50) == Self.red)
    }

    @Test func aLargerFrameScalesTheDocumentUp() throws {
        // Twice the size: the square's centre moves to (100, 100), the boundary to x = 200.
        let image = try SVGRasterizer(size: PixelSize(width: 400, height: 200)).rasterize(Self.halves)
        #expect(image.colour(x: 100, y: 100) == Self.green)
        #expect(image.colour(x: 195, y: 100) == Self.red)
        #expect(image.colour(x: 205, y: 100) == Self.blue)
    }

    @Test func anotherAspectIsLetterboxedOnTheBackground() throws {
        // A 200×200 frame for a 2:1 picture: 50-pixel bands above and below, in the background colour.
        let grey = RGBColour(red: 128, green: 128, blue: 128)
        let image = try SVGRasterizer(size: PixelSize(width: 200, height: 200), background: .opaque(grey)).rasterize(
            Self.halves)
        #expect(image.colour(x: 100, y: 10) == grey)
        #expect(image.colour(x: 100, y: 190) == grey)
        #expect(image.colour(x: 10, y: 60) == Self.red)
        #expect(image.colour(x: 50, y: 100) == Self.green)
    }

    @Test func aDocumentWithOnlyAViewBoxIsFitted() throws {
        let svg =
            ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect x="5" y="0" width="5" height="10" fill="#0000FF"/></svg>"##
        let image = try SVGRasterizer(size: PixelSize(width: 64, height: 64)).rasterize(svg)
        #expect(image.colour(x: 10, y: 32) == .white)
        #expect(image.colour(x: 50, y: 32) == Self.blue)
        let natural = try SVGRasterizer.naturalSize(of: svg)
        #expect(natural.width == 10 && natural.height == 10)
    }

    @Test func aTransparentBackgroundStaysTransparentInRGBA() throws {
        let svg =
            ##"<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="10" height="20" fill="#FF0000" fill-opacity="0.5"/></svg>"##
        let image = try SVGRasterizer(size: PixelSize(width: 20, height: 20), background: .transparent, format: .rgba)
            .rasterize(svg)
        #expect(image.pixels.count == 20 * 20 * 4)
        #expect(image.alpha(x: 15, y: 10) == 0)
        // Half-transparent red comes back as red with half alpha (not premultiplied).
        #expect(image.colour(x: 5, y: 10) == Self.red)
        #expect((126...129).contains(image.alpha(x: 5, y: 10)))
    }

    @Test func malformedXMLIsReportedWithLibrsvgsReason() throws {
        let broken =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n<g>\n<rect width=\"5\" height=\"5\"/>\n</svg>\n"
        let rasterizer = try SVGRasterizer(size: PixelSize(width: 10, height: 10))
        let error = try #require(throws: RasterError.self) { try rasterizer.rasterize(broken) }
        guard case let .library(function, message) = error else {
            Issue.record("expected a library error, got \(error)")
            return
        }
        #expect(function == "rsvg_handle_new_from_data")
        // libxml2's last word on the unclosed `<g>`, with where the parse gave up.
        #expect(message.hasPrefix("XML parse error"), "\(message)")
        #expect(message.contains("Premature end of data in tag svg line 1"), "\(message)")
        #expect(message.contains("on line 5"), "\(message)")
        #expect(!message.hasSuffix("\n"))
        #expect("\(error)".contains("rsvg_handle_new_from_data failed"))
    }

    @Test func notAnSVGDocumentIsAnError() throws {
        let rasterizer = try SVGRasterizer(size: PixelSize(width: 10, height: 10))
        #expect(throws: RasterError.self) { try rasterizer.rasterize("") }
        #expect(throws: RasterError.self) { try rasterizer.rasterize("just text") }
    }

    @Test(arguments: [
        PixelSize(width: 0, height: 10), PixelSize(width: 10, height: -1), PixelSize(width: 20_000, height: 10),
    ])
    func impossibleSizesAreRefused(size: PixelSize) throws {
        #expect(throws: RasterError.self) { try SVGRasterizer(size: size) }
    }

    @Test func evenSizesKeepTheAspect() {
        #expect(PixelSize.even(width: 1280, aspectOf: (1000, 563)) == PixelSize(width: 1280, height: 720))
        #expect(PixelSize.even(width: 641, aspectOf: (3, 1)) == PixelSize(width: 640, height: 214))
    }
}
