import Foundation

/// The context of a picture (`MapContext`), grey and thin so the war stays in front: borders, area
/// names and towns under the war's layers, their legend entries and an inset of the whole country.
///
/// Pure functions of the model and a canvas, so the player can draw the very same context:
/// `contextLayers(_:canvas:)` gives the SVG under the war, `inset(_:shown:x:top:)` the inset.
extension SVGMap {
    /// Border strokes by level: (colour, width, dash pattern). The governorate grey is used by no
    /// other drawing, so a test can find it in a picture.
    static func borderStyle(_ level: ContextLevel) -> (colour: String, width: Double, dash: String?) {
        switch level {
        case .country: return ("#707070", 2.2, nil)
        case .governorate: return ("#8C8C8C", 1.2, "6 3")
        case .district: return ("#B8B8B8", 0.7, "2 2")
        }
    }

    static let contextTextColour = "#707070"
    static let contextTownFill = "#9A9A9A"

    /// A town's disc radius in pixels: its area grows with the population (radius with the square
    /// root), from 2 px for 10,000 people to 7.5 px for the largest cities.
    static func contextTownRadius(_ population: Int) -> Double {
        min(7.5, max(2, Double(population).squareRoot() / 90))
    }

    /// The SVG of `context` on `canvas`, bottom to top: districts, governorates, country, area names,
    /// town discs (a town the war draws gets a grey halo of its size under its own dot).
    static func contextLayers(_ context: MapContext, canvas: MapCanvas) -> String {
        var s = "<g class=\"context\">\n"
        for level in [ContextLevel.district, .governorate, .country] where level != .district || showsDistricts(canvas)
        {
            let style = borderStyle(level)
            let dash = style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            for b in context.borders where b.level == level {
                let d = b.lines.map { contextPath($0, canvas: canvas) }.joined()
                guard !d.isEmpty else { continue }
                s +=
                    "<path class=\"context-border\" data-level=\"\(level.rawValue)\" data-id=\"\(XMLText.escape(b.id))\" d=\"\(d)\" fill=\"none\" stroke=\"\(style.colour)\" stroke-width=\"\(XMLText.px(style.width))\"\(dash) stroke-linejoin=\"round\"/>\n"
            }
        }
        for a in context.areaLabels {
            let (x, y) = canvas.point(a.at)
            s +=
                "<text class=\"context-area\" data-id=\"\(XMLText.escape(a.id))\" x=\"\(XMLText.px(x))\" y=\"\(XMLText.px(y))\" text-anchor=\"middle\" font-size=\"13\" letter-spacing=\"2\" fill=\"#A0A0A0\">\(XMLText.escape(a.name.uppercased()))</text>\n"
        }
        let b = canvas.bounds
        // Towns off the picture (the context reaches a little wider) would only be clipped away.
        for t in context.towns
        where t.at.lon >= b.west && t.at.lon <= b.east && t.at.lat >= b.south && t.at.lat <= b.north {
            let (x, y) = canvas.point(t.at)
            let r = contextTownRadius(t.population)
            let attributes =
                "class=\"context-town\" data-id=\"\(XMLText.escape(t.id))\" data-population=\"\(t.population)\" cx=\"\(XMLText.px(x))\" cy=\"\(XMLText.px(y))\""
            if t.onWarMap {
                s +=
                    "<circle \(attributes) r=\"\(XMLText.px(r + 4.5))\" fill=\"\(contextTownFill)\" fill-opacity=\"0.35\"/>\n"
            } else {
                s +=
                    "<circle \(attributes) r=\"\(XMLText.px(r))\" fill=\"\(contextTownFill)\" stroke=\"#FFFFFF\" stroke-width=\"0.8\"><title>\(XMLText.escape(t.name)) (population \(t.population))</title></circle>\n"
            }
        }
        return s + "</g>\n"
    }

    /// SVG path data for a border line at whole pixels, points closer than a pixel and a half to
    /// the last one kept left out: a grey line under the war needs no finer drawing, and each
    /// picture repeats it.
    static func contextPath(_ points: [LonLat], canvas: MapCanvas) -> String {
        var d = "", last: (x: Double, y: Double)?, count = 0
        for (i, p) in points.enumerated() {
            var (x, y) = canvas.point(p)
            (x, y) = (x.rounded(), y.rounded())
            if let l = last, i < points.count - 1, abs(x - l.x) + abs(y - l.y) < 1.5 { continue }
            if let l = last, l.x == x, l.y == y { continue }
            d += (count == 0 ? "M" : "L") + XMLText.px(x) + " " + XMLText.px(y)
            last = (x, y)
            count += 1
        }
        return count >= 2 ? d : ""
    }

    /// Above this width (km) of the map area a picture leaves district borders out: over a province
    /// they are clutter (and most of the context's bytes in every picture); the context files and
    /// the QGIS project keep them.
    static let districtsUpToKm = 60.0

    static func showsDistricts(_ canvas: MapCanvas) -> Bool {
        canvas.width * canvas.metresPerPixel / 1000 <= districtsUpToKm
    }

    /// The legend's context entries from `top`: the three borders and a town; with the lowest row.
    static func contextLegend(_ context: MapContext, x: Double, top: Double, canvas: MapCanvas) -> (String, Double) {
        var y = top
        var s = "<text x=\"\(XMLText.px(x))\" y=\"\(XMLText.px(y + 12))\" font-weight=\"bold\">Context</text>\n"
        y += 24
        for (level, label) in [
            (ContextLevel.country, "Country border"), (.governorate, "Governorate border"),
            (.district, "District border"),
        ]
        where context.borders.contains(where: { $0.level == level }) && (level != .district || showsDistricts(canvas)) {
            let style = borderStyle(level)
            let dash = style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            s +=
                "<path d=\"M\(XMLText.px(x)) \(XMLText.px(y + 7))L\(XMLText.px(x + 22)) \(XMLText.px(y + 7))\" stroke=\"\(style.colour)\" stroke-width=\"\(XMLText.px(style.width))\"\(dash)/>"
            s += "<text x=\"\(XMLText.px(x + 30))\" y=\"\(XMLText.px(y + 11))\">\(label)</text>\n"
            y += 22
        }
        if !context.towns.isEmpty {
            s +=
                "<circle cx=\"\(XMLText.px(x + 11))\" cy=\"\(XMLText.px(y + 7))\" r=\"3.5\" fill=\"\(contextTownFill)\" stroke=\"#FFFFFF\" stroke-width=\"0.8\"/>"
            s += "<text x=\"\(XMLText.px(x + 30))\" y=\"\(XMLText.px(y + 11))\">Town (size by population)</text>\n"
            y += 22
        }
        return (s, y)
    }

    /// Width of the inset in pixels (the legend column's width less a margin).
    static let insetWidth = 200.0

    /// The inset's height for `context`: the country's box at the inset's width.
    static func insetHeight(_ context: MapContext) -> Double {
        guard let box = insetBounds(context) else { return 0 }
        let cosLat = cos((box.south + box.north) / 2 * .pi / 180)
        return (insetWidth * (box.north - box.south) / max((box.east - box.west) * cosLat, 1e-9)).rounded()
    }

    static func insetBounds(_ context: MapContext) -> MapBounds? {
        MapBounds(covering: context.inset.flatMap { $0.polygons.flatMap { $0.first ?? [] } })
    }

    /// The whole country (its governorates) with the area of the picture (`shown`) as a red
    /// rectangle, `insetWidth` wide from (`x`, `top`); with the inset's lowest pixel row.
    static func inset(_ context: MapContext, shown: MapBounds, x: Double, top: Double) -> (String, Double) {
        guard let box = insetBounds(context) else { return ("", top) }
        let height = insetHeight(context)
        let cosLat = cos((box.south + box.north) / 2 * .pi / 180)
        let scale = insetWidth / max((box.east - box.west) * cosLat, 1e-9)
        func xy(_ p: LonLat) -> (x: Double, y: Double) {
            (x + (p.lon - box.west) * cosLat * scale, top + (box.north - p.lat) * scale)
        }
        // Whole pixels: the inset is a couple of hundred pixels wide.
        func point(_ p: LonLat) -> String {
            let q = xy(p); return XMLText.px(q.x.rounded()) + " " + XMLText.px(q.y.rounded())
        }
        var s =
            "<g class=\"inset\">\n<rect x=\"\(XMLText.px(x - 4))\" y=\"\(XMLText.px(top - 4))\" width=\"\(XMLText.px(insetWidth + 8))\" height=\"\(XMLText.px(height + 8))\" fill=\"#FFFFFF\" stroke=\"#C0C0C0\" stroke-width=\"1\"/>\n"
        for area in context.inset {
            var d = ""
            for polygon in area.polygons {
                for ring in polygon {
                    // Points within two pixels of the last one kept add nothing at this size.
                    var last: (x: Double, y: Double)?
                    for (i, p) in ring.enumerated() {
                        let q = xy(p)
                        if let l = last, i < ring.count - 1, abs(q.x - l.x) + abs(q.y - l.y) < 2 { continue }
                        d += (last == nil ? "M" : "L") + point(p)
                        last = q
                    }
                    d += "Z"
                }
            }
            s +=
                "<path class=\"inset-area\" data-id=\"\(XMLText.escape(area.id))\" d=\"\(d)\" fill=\"#E6E2D8\" stroke=\"#FFFFFF\" stroke-width=\"0.6\" fill-rule=\"evenodd\"/>\n"
        }
        let nw = xy(LonLat(lon: shown.west, lat: shown.north)), se = xy(LonLat(lon: shown.east, lat: shown.south))
        s +=
            "<rect class=\"inset-extent\" x=\"\(XMLText.px(nw.x))\" y=\"\(XMLText.px(nw.y))\" width=\"\(XMLText.px(se.x - nw.x))\" height=\"\(XMLText.px(se.y - nw.y))\" fill=\"none\" stroke=\"#B00020\" stroke-width=\"1.5\"/>\n"
        return (s + "</g>\n", top + height + 4)
    }
}

/// The context's drawings the pictures of one run share, made once per canvas (and the names once
/// per canvas and set of ringed towns) instead of once per day: the context is the same every day.
public final class SVGContextCache {
    var layers: [MapCanvas: String] = [:]
    var insets: [SVGMap.InsetKey: (String, Double)] = [:]
    var labels: [SVGMap.LabelKey: String] = [:]

    public init() {}
}

extension SVGMap {
    struct InsetKey: Hashable {
        var canvas: MapCanvas
        var top: Double
    }

    struct LabelKey: Hashable {
        var canvas: MapCanvas
        var ringed: [Bool]
    }
}

extension Optional where Wrapped == SVGContextCache {
    /// The value cached under `key` in `table`, made by `make` the first time; with no cache, made every time.
    func memo<K: Hashable, V>(_ table: ReferenceWritableKeyPath<SVGContextCache, [K: V]>, _ key: K, _ make: () -> V)
        -> V
    {
        guard let cache = self else { return make() }
        if let v = cache[keyPath: table][key] { return v }
        let v = make()
        cache[keyPath: table][key] = v
        return v
    }
}
