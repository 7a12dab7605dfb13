import Foundation
import Testing

@testable import FrontlineMaps

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Render SVG")
struct RenderSVGTests {
    static func svg(_ d: Int) -> String {
        SVGMap.document(
            frame: RenderFixture.frame(d), title: "Fixture war", sides: RenderFixture.sides,
            attribution: RenderFixture.attribution)
    }

    @Test("every day's SVG is well-formed XML with the date as title", arguments: 0..<RenderFixture.dayCount)
    func wellFormed(day: Int) throws {
        let text = Self.svg(day)
        let document = try XMLDocument(xmlString: text)
        #expect(document.rootElement()?.name == "svg")
        #expect(text.contains(">\((RenderFixture.first + day).longForm)</text>"))
        #expect(!text.contains("nan") && !text.contains("inf"))
        let withoutColours = text.replacingOccurrences(of: "#[0-9A-F]{6}", with: "", options: .regularExpression)
        #expect(
            withoutColours.range(of: "[0-9][eE][-+]?[0-9]", options: .regularExpression) == nil,
            "numbers are plain fixed-point")
    }

    @Test("names from the article are escaped, and the legend names both sides")
    func escaping() {
        let text = Self.svg(0)
        #expect(text.contains("Brindle &lt;East&gt;"))
        #expect(!text.contains("Brindle <East>"))
        #expect(text.contains(">Northern Alliance</text>"))
        #expect(text.contains(">Southern Union &amp; Allies</text>"))
        #expect(text.contains(RenderFixture.attribution))
    }

    @Test("draws each territory, front, town and event of the day, contested land hatched")
    func layers() {
        for d in 0..<RenderFixture.dayCount {
            let frame = RenderFixture.frame(d), text = Self.svg(d)
            #expect(text.components(separatedBy: "class=\"territory\"").count - 1 == frame.territories.count)
            #expect(text.components(separatedBy: "class=\"front\"").count - 1 == frame.fronts.count)
            #expect(text.components(separatedBy: "class=\"place\"").count - 1 == frame.places.count)
            #expect(text.components(separatedBy: "class=\"event\"").count - 1 == frame.events.count)
            #expect(text.components(separatedBy: "class=\"label\"").count - 1 == frame.places.count)
        }
        // Day index 2: the second town is contested.
        #expect(Self.svg(2).contains("data-side=\"contested\" d=\"M"))
        #expect(Self.svg(2).contains("fill=\"url(#hatch-contested)\" fill-opacity=\"1\" fill-rule"))
        #expect(!Self.svg(0).contains("data-side=\"contested\" d=\"M"))
    }

    @Test("sides get fixed colours by number, and an unlisted side is drawn as unknown")
    func colours() {
        let palette = SideStyle.palette(sides: [Side(number: 2, name: "B"), Side(number: 1, name: "A")])
        #expect(palette.map(\.key) == ["combatant1", "combatant2", "contested", "unclaimed", "unknown"])
        #expect(palette[0].fill == SideStyle.combatantFills[0] && palette[1].fill == SideStyle.combatantFills[1])
        #expect(Set(palette.map(\.fill)).count == palette.count, "no two styles share a fill")
        #expect(SideStyle.style(for: "combatant9", in: palette).fill == SideStyle.unknown.fill)
        #expect(SideStyle.contested.hatched && !palette[0].hatched)
    }

    @Test("the scale bar's metres per pixel match the great-circle distance across the map")
    func scale() throws {
        let canvas = MapCanvas(bbox: RenderFixture.bbox)
        let lat = (canvas.bounds.south + canvas.bounds.north) / 2 * .pi / 180
        let dLon = (canvas.bounds.east - canvas.bounds.west) * .pi / 180
        // Haversine along the middle latitude, on the same sphere.
        let h = cos(lat) * cos(lat) * pow(sin(dLon / 2), 2)
        let metres = 2 * MapCanvas.earthRadius * asin(h.squareRoot())
        #expect(abs(metres / canvas.width - canvas.metresPerPixel) / canvas.metresPerPixel < 0.002)
        #expect(
            SVGMap.niceLength(7_300) == 5_000 && SVGMap.niceLength(2_500) == 2_000
                && SVGMap.niceLength(19_999) == 10_000)
        #expect(Self.svg(0).contains(">5 km</text>"))
    }

    @Test("one town alone still gets a map of sensible size, with nothing non-finite")
    func degenerate() throws {
        let at = LonLat(lon: 36.7, lat: 35.2)
        let frame = MapFrame(
            day: RenderFixture.first, bbox: MapBounds(covering: [at])!,
            places: [MapPlace(id: "x", name: "Solo", at: at, side: "combatant1")])
        let text = SVGMap.document(frame: frame, title: "T", sides: RenderFixture.sides, attribution: "A")
        _ = try XMLDocument(xmlString: text)
        #expect(!text.contains("nan") && !text.contains("inf"))
        let canvas = MapCanvas(bbox: frame.bbox)
        #expect(canvas.height >= canvas.width * 0.45 && canvas.height <= canvas.width * 1.4)
        let (x, y) = canvas.point(at)
        #expect(abs(x - (canvas.left + canvas.width / 2)) < 1 && abs(y - (canvas.top + canvas.height / 2)) < 1)
    }

    @Test("names of neighbouring towns move aside instead of overprinting")
    func labelPlacement() {
        let canvas = MapCanvas(bbox: RenderFixture.bbox)
        let a = LonLat(lon: 36.7, lat: 35.25)
        let b = LonLat(
            lon: 36.7 + 2 / (canvas.pixelsPerDegree * canvas.cosLat), lat: 35.25 - 14 / canvas.pixelsPerDegree)
        let places = [
            MapPlace(id: "a", name: "Northtown", at: a, side: "combatant1"),
            MapPlace(id: "b", name: "Southtown", at: b, side: "combatant2"),
        ]
        let spots = SVGMap.labelSpots(places, canvas: canvas)
        #expect(spots[0]?.anchor == "start")
        #expect(
            spots[1] != nil && (spots[1]?.anchor != "start" || abs(spots[1]!.y - spots[0]!.y) >= 12),
            "the second name does not sit on the first")
        #expect(SVGMap.labelSpots(places, canvas: canvas).map { $0?.anchor } == spots.map { $0?.anchor })
    }

    @Test("a map of thousands of towns keeps its dots and drops its labels")
    func manyTowns() {
        let places = (0..<(SVGMap.maximumLabels + 1)).map { i in
            MapPlace(
                id: "p\(i)", name: "Town \(i)",
                at: LonLat(lon: 36 + Double(i % 40) * 0.01, lat: 35 + Double(i / 40) * 0.01), side: "combatant1")
        }
        let frame = MapFrame(day: RenderFixture.first, bbox: MapBounds(covering: places.map(\.at))!, places: places)
        let text = SVGMap.document(frame: frame, title: "T", sides: RenderFixture.sides, attribution: "A")
        #expect(text.components(separatedBy: "class=\"place\"").count - 1 == places.count)
        #expect(!text.contains("class=\"label\""))
        #expect(text.contains("<title>Town 7: Northern Alliance</title>"))
    }

    @Test("event rings grow with the toll and stop growing at the cap")
    func eventSizes() {
        let radii = [nil, 0, 1, 10, 100, 1_000, 100_000].map(SVGMap.eventRadius)
        #expect(radii == radii.sorted())
        #expect(radii.last == 24 && radii[0] == radii[1])
    }
}
