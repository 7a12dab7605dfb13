import Foundation
import Testing

@testable import Raster

/// The date and the day's events put on a picture before it is rasterised.
@Suite("Frame captions")
struct CaptionTests {
    static let blue = RGBColour(red: 0, green: 0, blue: 255)
    /// A 400×200 blue picture, with a prolog that must stay in front.
    static let picture = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a day's map -->
        <svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">
        <rect x="0" y="0" width="400" height="200" fill="#0000FF"/>
        </svg>
        """

    @Test func anOutsideBandMakesThePictureTallerAndHidesNothing() throws {
        let caption = FrameCaption(heading: "14 March 2012", lines: ["Rebels take Hama", "Army shells Homs"])
        let svg = try SVGCaption.annotate(Self.picture, with: caption)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a day's map -->\n<svg"))
        #expect(svg.contains(">14 March 2012</text>"))
        #expect(svg.contains(">Rebels take Hama</text>"))
        let natural = try SVGRasterizer.naturalSize(of: svg)
        #expect(natural.width == 400)
        #expect(natural.height > 200)

        // Rendered at its natural size: the picture on top untouched, the band below white with dark text.
        let size = PixelSize(width: 400, height: Int(natural.height.rounded(.up)))
        let image = try SVGRasterizer(size: size).rasterize(svg)
        #expect(image.colour(x: 5, y: 5) == Self.blue)
        #expect(image.colour(x: 395, y: 195) == Self.blue)
        #expect(image.colour(x: 395, y: 205) == .white)
        let band = (200..<size.height).flatMap { y in (0..<400).map { image.colour(x: $0, y: y) } }
        #expect(band.contains { $0.red < 100 && $0.green < 100 && $0.blue < 100 }, "no text drawn in the band")
        #expect(!band.contains(Self.blue))
    }

    @Test func theBandHasTheSameHeightWhateverTheDayHas() throws {
        let quiet = try SVGCaption.annotate(Self.picture, with: FrameCaption(heading: "1 May"))
        let busy = try SVGCaption.annotate(
            Self.picture, with: FrameCaption(heading: "2 May", lines: (1...9).map { "Event \($0)" }))
        #expect(try SVGRasterizer.naturalSize(of: quiet).height == SVGRasterizer.naturalSize(of: busy).height)
        // Three lines of room: two events and a count of the rest.
        #expect(busy.contains(">Event 2</text>"))
        #expect(!busy.contains(">Event 3</text>"))
        #expect(busy.contains(">and 7 more</text>"))
    }

    @Test func insideTheCaptionCoversTheEdgeAndKeepsTheSize() throws {
        let style = CaptionStyle(edge: .top, placement: .inside, maximumLines: 1)
        let svg = try SVGCaption.annotate(
            Self.picture, with: FrameCaption(heading: "1 May", lines: ["x"]), style: style)
        let natural = try SVGRasterizer.naturalSize(of: svg)
        #expect(natural.width == 400 && natural.height == 200)
        let image = try SVGRasterizer(size: PixelSize(width: 400, height: 200)).rasterize(svg)
        // The top right is under the translucent white panel: pale, but not the white of a bare band.
        let covered = image.colour(x: 395, y: 3)
        #expect(covered.red > 150 && covered.blue > 200 && covered != .white, "\(covered)")
        #expect(image.colour(x: 200, y: 195) == Self.blue)
    }

    @Test func markupInEventTextIsEscaped() throws {
        let caption = FrameCaption(
            heading: "Day <1> & \"2\"", lines: ["</svg><script>alert('x')</script>", "tab\there\nnew line\u{7}"])
        let svg = try SVGCaption.annotate(Self.picture, with: caption)
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;/svg&gt;&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"))
        #expect(svg.contains("Day &lt;1&gt; &amp; &quot;2&quot;"))
        #expect(svg.contains(">tab here new line</text>"))
        // librsvg, a strict XML parser, accepts it.
        _ = try SVGRasterizer(size: PixelSize(width: 40, height: 40)).rasterize(svg)
    }

    @Test func aLongLineIsCut() throws {
        let long = String(repeating: "word ", count: 200)
        let svg = try SVGCaption.annotate(Self.picture, with: FrameCaption(heading: "1 May", lines: [long]))
        #expect(svg.contains("…</text>"))
        #expect(!svg.contains(long))
    }

    @Test func aPercentSizedPictureStillResolvesAgainstItsOwnBox() throws {
        let svg =
            ##"<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 100 50"><rect width="100" height="50" fill="#0000FF"/></svg>"##
        let annotated = try SVGCaption.annotate(svg, with: FrameCaption(heading: "1 May"))
        let natural = try SVGRasterizer.naturalSize(of: annotated)
        let image = try SVGRasterizer(size: PixelSize(width: 100, height: Int(natural.height.rounded(.up)))).rasterize(
            annotated)
        #expect(image.colour(x: 50, y: 45) == Self.blue)
        #expect(image.colour(x: 98, y: 52) == .white)
    }

    @Test(arguments: [
        "<html><body/></html>",
        "<!-- only a comment -->",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>",
        "<svg width=\"10\" height=\"10\"",
        "text <svg/>",
    ])
    func documentsItCannotPlaceAreRefused(document: String) {
        #expect(throws: RasterError.self) { try SVGCaption.annotate(document, with: FrameCaption(heading: "x")) }
    }

    @Test func aDoctypeWithAnInternalSubsetStaysInFront() throws {
        let svg = """
            <!DOCTYPE svg [ <!ENTITY c "#0000FF"> <!-- ] > --> ]>
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="&c;"/></svg>
            """
        let annotated = try SVGCaption.annotate(
            svg, with: FrameCaption(heading: "x"), style: CaptionStyle(placement: .inside, maximumLines: 0))
        #expect(annotated.hasPrefix("<!DOCTYPE svg ["))
        let image = try SVGRasterizer(size: PixelSize(width: 10, height: 10)).rasterize(annotated)
        #expect(image.colour(x: 9, y: 0) != .white)
    }
}
