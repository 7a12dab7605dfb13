import Foundation

/// A day's map as a standalone SVG: territories, fronts, towns with labels, the day's events, the date
/// as title, a legend, a scale bar and the data attribution.
///
/// Plain SVG 1.1 with presentation attributes (no CSS, no scripts, no external references), so it
/// opens the same in a browser, Inkscape or an image viewer. Every number is formatted by
/// `XMLText.px`, and everything is drawn in the order it is given, so identical frames give
/// identical bytes.
public enum SVGMap {
    /// Width of the legend column to the right of the map.
    static let legendWidth = 240.0
    /// Height of the footer band under the map (scale bar and attribution).
    static let footerHeight = 56.0
    static let font = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
    /// Above this many towns names are left off: thousands of labels only hide the map (and
    /// multiply the file size); the names stay in each dot's tooltip.
    static let maximumLabels = 400

    /// The whole SVG file for `frame`.
    /// - Parameters:
    ///   - title: the war's name, written above the date.
    ///   - sides: the infobox's combatants, for the legend's names and the colours.
    ///   - attribution: the data credit printed under the map (gazetteer and article licences).
    ///   - context: borders, area names and towns drawn under the war, with their legend, an inset of
    ///     the whole country and their credit (`nil`: none).
    ///   - cache: the context's drawings shared by the pictures of one run (`RenderOutputs` passes one).
    public static func document(
        frame: MapFrame, title: String, sides: [Side], attribution: String, context: MapContext? = nil,
        cache: SVGContextCache? = nil
    ) -> String {
        let canvas = MapCanvas(bbox: frame.bbox)
        let palette = SideStyle.palette(sides: sides)
        return page(
            canvas: canvas, palette: palette, title: title, heading: frame.day.longForm, attribution: attribution,
            content: layers(frame, canvas: canvas, palette: palette, context: context, cache: cache), context: context,
            cache: cache)
    }

    /// Picture size for `canvas`: map area, legend column and footer.
    static func size(_ canvas: MapCanvas) -> (width: Double, height: Double) {
        (canvas.left + canvas.width + 16 + legendWidth + 16, canvas.top + canvas.height + footerHeight)
    }

    /// The `<svg>` element around `content` (the day's layers, drawn clipped to the map area).
    /// `headingID` names the date text so a page script can change it.
    static func page(
        canvas: MapCanvas, palette: [SideStyle], title: String, heading: String, attribution: String,
        content: String, headingID: String? = nil, context: MapContext? = nil, cache: SVGContextCache? = nil
    ) -> String {
        var (w, h) = size(canvas)
        var (key, keyBottom) = legend(canvas: canvas, palette: palette, context: context)
        if let context, !context.inset.isEmpty {
            let top = max(keyBottom + 16, canvas.top + canvas.height - insetHeight(context))
            let (inset, insetBottom) = cache.memo(\.insets, InsetKey(canvas: canvas, top: top)) {
                self.inset(context, shown: canvas.bounds, x: canvas.left + canvas.width + 16, top: top)
            }
            key += inset
            h = max(h, insetBottom + 8)
        }
        let credit = [attribution, context?.attribution ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        var s =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(XMLText.px(w))\" height=\"\(XMLText.px(h))\" viewBox=\"0 0 \(XMLText.px(w)) \(XMLText.px(h))\" font-family=\"\(font)\">\n"
        s += "<title>\(XMLText.escape(title)) — \(XMLText.escape(heading))</title>\n"
        s += defs(canvas: canvas, palette: palette)
        s += "<rect x=\"0\" y=\"0\" width=\"\(XMLText.px(w))\" height=\"\(XMLText.px(h))\" fill=\"#FFFFFF\"/>\n"
        s +=
            "<rect x=\"\(XMLText.px(canvas.left))\" y=\"\(XMLText.px(canvas.top))\" width=\"\(XMLText.px(canvas.width))\" height=\"\(XMLText.px(canvas.height))\" fill=\"#F4F1EA\"/>\n"
        s += "<g clip-path=\"url(#map-area)\">\n" + content + "</g>\n"
        s +=
            "<rect x=\"\(XMLText.px(canvas.left))\" y=\"\(XMLText.px(canvas.top))\" width=\"\(XMLText.px(canvas.width))\" height=\"\(XMLText.px(canvas.height))\" fill=\"none\" stroke=\"#808080\" stroke-width=\"1\"/>\n"
        s +=
            "<text x=\"\(XMLText.px(canvas.left))\" y=\"22\" font-size=\"14\" fill=\"#404040\">\(XMLText.escape(title))</text>\n"
        let id = headingID.map { " id=\"\(XMLText.escape($0))\"" } ?? ""
        s +=
            "<text\(id) x=\"\(XMLText.px(canvas.left))\" y=\"50\" font-size=\"24\" font-weight=\"bold\" fill=\"#202020\">\(XMLText.escape(heading))</text>\n"
        s += key
        s += scaleBar(canvas: canvas)
        s +=
            "<text x=\"\(XMLText.px(canvas.left))\" y=\"\(XMLText.px(canvas.top + canvas.height + 46))\" font-size=\"10\" fill=\"#606060\">\(XMLText.escape(credit))</text>\n"
        s += "</svg>\n"
        return s
    }

    /// Hatch patterns for hatched styles and the map-area clip.
    static func defs(canvas: MapCanvas, palette: [SideStyle]) -> String {
        var s = "<defs>\n"
        s +=
            "<clipPath id=\"map-area\"><rect x=\"\(XMLText.px(canvas.left))\" y=\"\(XMLText.px(canvas.top))\" width=\"\(XMLText.px(canvas.width))\" height=\"\(XMLText.px(canvas.height))\"/></clipPath>\n"
        for style in palette where style.hatched {
            s +=
                "<pattern id=\"\(patternID(style))\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(45)\">"
            s +=
                "<rect x=\"0\" y=\"0\" width=\"8\" height=\"8\" fill=\"\(style.fill)\"/><rect x=\"0\" y=\"0\" width=\"3\" height=\"8\" fill=\"\(style.stroke)\"/></pattern>\n"
        }
        return s + "</defs>\n"
    }

    static func patternID(_ style: SideStyle) -> String { "hatch-" + style.key }

    /// The fill attribute of a territory of `style`.
    static func fill(_ style: SideStyle) -> String { style.hatched ? "url(#\(patternID(style)))" : style.fill }

    /// The day's drawing, bottom to top: the context (when given), territories, fronts, events, towns, labels.
    static func layers(
        _ frame: MapFrame, canvas: MapCanvas, palette: [SideStyle], context: MapContext? = nil,
        cache: SVGContextCache? = nil
    ) -> String {
        var s = context.map { c in cache.memo(\.layers, canvas) { contextLayers(c, canvas: canvas) } } ?? ""
        for t in frame.territories {
            let style = SideStyle.style(for: t.side, in: palette)
            var d = ""
            for polygon in t.polygons { for ring in polygon { d += path(ring, canvas: canvas, closed: true) } }
            guard !d.isEmpty else { continue }
            s +=
                "<path class=\"territory\" data-side=\"\(XMLText.escape(t.side))\" d=\"\(d)\" fill=\"\(fill(style))\" fill-opacity=\"\(style.hatched ? "1" : "0.55")\" fill-rule=\"evenodd\" stroke=\"\(style.stroke)\" stroke-width=\"0.6\" stroke-opacity=\"0.6\"/>\n"
        }
        for f in frame.fronts {
            var d = ""
            for line in f.lines { d += path(line, canvas: canvas, closed: false) }
            guard !d.isEmpty else { continue }
            s +=
                "<path class=\"front\" data-sides=\"\(XMLText.escape(f.sides.joined(separator: " ")))\" d=\"\(d)\" fill=\"none\" stroke=\"#FFFFFF\" stroke-width=\"6\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n"
            s +=
                "<path d=\"\(d)\" fill=\"none\" stroke=\"#111111\" stroke-width=\"3\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n"
        }
        for e in frame.events {
            let (x, y) = canvas.point(e.at)
            let dash = e.isFirm ? "" : " stroke-dasharray=\"3 2\""
            let tip = e.summary
            s +=
                "<circle class=\"event\" cx=\"\(XMLText.px(x))\" cy=\"\(XMLText.px(y))\" r=\"\(XMLText.px(eventRadius(e.fatalities)))\" fill=\"#B00020\" fill-opacity=\"0.18\" stroke=\"#B00020\" stroke-width=\"1.5\"\(dash)><title>\(XMLText.escape(tip))</title></circle>\n"
        }
        for p in frame.places {
            let style = SideStyle.style(for: p.side, in: palette)
            let (x, y) = canvas.point(p.at)
            if p.attacked || p.besieged || p.struck {
                s +=
                    "<circle cx=\"\(XMLText.px(x))\" cy=\"\(XMLText.px(y))\" r=\"8\" fill=\"none\" stroke=\"#B00020\" stroke-width=\"1.5\"/>\n"
            }
            let fillColour = style.hatched ? "#FFFFFF" : style.fill
            s +=
                "<circle class=\"place\" data-side=\"\(XMLText.escape(p.side))\" cx=\"\(XMLText.px(x))\" cy=\"\(XMLText.px(y))\" r=\"4.5\" fill=\"\(fillColour)\" stroke=\"\(style.stroke)\" stroke-width=\"1.5\"><title>\(XMLText.escape(p.name)): \(XMLText.escape(style.label))</title></circle>\n"
        }
        // The names depend only on the canvas and which towns are ringed (places never move).
        let key = LabelKey(canvas: canvas, ringed: frame.places.map { $0.attacked || $0.besieged || $0.struck })
        return s + cache.memo(\.labels, key) { labels(frame.places, context: context, canvas: canvas) }
    }

    /// The towns' names and, under `context`, the context towns' names, placed together so no name
    /// covers another (`MapLabels`): the war's towns first (those under fire, then the larger), the
    /// context towns after them by population; a name with no free spot is left off.
    static func labels(_ places: [MapPlace], context: MapContext?, canvas: MapCanvas) -> String {
        guard places.count <= maximumLabels else { return "" }
        let population = Dictionary((context?.towns ?? []).map { ($0.id, $0.population) }, uniquingKeysWith: max)
        var requests = places.map { p -> MapLabels.Request in
            let (x, y) = canvas.point(p.at)
            let ringed = p.attacked || p.besieged || p.struck
            return MapLabels.Request(
                text: p.name, x: x, y: y, radius: ringed ? 8.75 : 5.25, fontSize: 11,
                priority: 2 + (ringed ? 1 : 0) + Double(population[p.id] ?? 0) / 1e8)
        }
        let towns = (context?.towns ?? []).filter { !$0.onWarMap }
        for t in towns {
            let (x, y) = canvas.point(t.at)
            requests.append(
                MapLabels.Request(
                    text: t.name, x: x, y: y, radius: contextTownRadius(t.population) + 0.5, fontSize: 10,
                    priority: Double(t.population) / 1e8, keepInside: true))
        }
        let area = MapLabels.Box(
            x0: canvas.left, y0: canvas.top, x1: canvas.left + canvas.width, y1: canvas.top + canvas.height)
        let spots = MapLabels.place(requests, area: area)
        var out = ""
        for (i, spot) in spots.enumerated() {
            guard let spot else { continue }
            let war = i < places.count
            out +=
                "<text class=\"\(war ? "label" : "context-label")\" x=\"\(XMLText.px(spot.x))\" y=\"\(XMLText.px(spot.y))\" text-anchor=\"\(spot.anchor)\" font-size=\"\(war ? "11" : "10")\" fill=\"\(war ? "#202020" : contextTextColour)\" stroke=\"#FFFFFF\" stroke-width=\"3\" stroke-opacity=\"0.85\" paint-order=\"stroke\">\(XMLText.escape(requests[i].text))</text>\n"
        }
        return out
    }

    /// Where each town's name goes (`MapLabels`), `nil` where it is left off.
    static func labelSpots(_ places: [MapPlace], canvas: MapCanvas) -> [MapLabels.Spot?] {
        MapLabels.place(
            places.map { p in
                let (x, y) = canvas.point(p.at)
                return MapLabels.Request(
                    text: p.name, x: x, y: y, radius: p.attacked || p.besieged || p.struck ? 8.75 : 5.25, fontSize: 11,
                    priority: 0)
            })
    }

    /// Ring radius in pixels: the area grows with the death toll (radius with its square root), capped
    /// so a massacre does not hide the map; an event with no figure gets the smallest ring.
    static func eventRadius(_ fatalities: Int?) -> Double {
        guard let f = fatalities, f > 0 else { return 5 }
        return min(24, 5 + 1.6 * Double(f).squareRoot())
    }

    /// SVG path data for one ring or line; repeated pixels (after rounding) are dropped.
    static func path(_ points: [LonLat], canvas: MapCanvas, closed: Bool) -> String {
        var d = "", last = "", count = 0
        for p in points {
            let (x, y) = canvas.point(p)
            let xy = XMLText.px(x) + " " + XMLText.px(y)
            if xy == last { continue }
            d += (count == 0 ? "M" : "L") + xy
            last = xy
            count += 1
        }
        guard count >= (closed ? 3 : 2) else { return "" }
        return closed ? d + "Z" : d
    }

    /// The key: every side style, then front, town under fire and events, then the context's
    /// borders and towns when there is a context; with the key's lowest pixel row.
    static func legend(canvas: MapCanvas, palette: [SideStyle], context: MapContext? = nil) -> (String, Double) {
        let x = canvas.left + canvas.width + 16
        var y = canvas.top + 4
        var s = "<g class=\"legend\" font-size=\"12\" fill=\"#202020\">\n"
        s += "<text x=\"\(XMLText.px(x))\" y=\"\(XMLText.px(y + 12))\" font-weight=\"bold\">Control</text>\n"
        y += 24
        for style in palette {
            s +=
                "<rect x=\"\(XMLText.px(x))\" y=\"\(XMLText.px(y))\" width=\"22\" height=\"14\" fill=\"\(fill(style))\" fill-opacity=\"\(style.hatched ? "1" : "0.55")\" stroke=\"\(style.stroke)\" stroke-width=\"1\"/>"
            s +=
                "<circle cx=\"\(XMLText.px(x + 11))\" cy=\"\(XMLText.px(y + 7))\" r=\"3.5\" fill=\"\(style.hatched ? "#FFFFFF" : style.fill)\" stroke=\"\(style.stroke)\" stroke-width=\"1.2\"/>"
            s += "<text x=\"\(XMLText.px(x + 30))\" y=\"\(XMLText.px(y + 11))\">\(XMLText.escape(style.label))</text>\n"
            y += 22
        }
        y += 8
        s +=
            "<path d=\"M\(XMLText.px(x)) \(XMLText.px(y + 7))L\(XMLText.px(x + 22)) \(XMLText.px(y + 7))\" stroke=\"#111111\" stroke-width=\"3\"/>"
        s += "<text x=\"\(XMLText.px(x + 30))\" y=\"\(XMLText.px(y + 11))\">Front line</text>\n"
        y += 22
        s +=
            "<circle cx=\"\(XMLText.px(x + 11))\" cy=\"\(XMLText.px(y + 7))\" r=\"7\" fill=\"none\" stroke=\"#B00020\" stroke-width=\"1.5\"/>"
        s += "<text x=\"\(XMLText.px(x + 30))\" y=\"\(XMLText.px(y + 11))\">Town attacked or besieged</text>\n"
        y += 26
        for (deaths, label) in [(0, "Event"), (10, "Event, 10 killed"), (100, "Event, 100 killed")] {
            let r = eventRadius(deaths)
            s +=
                "<circle cx=\"\(XMLText.px(x + 24))\" cy=\"\(XMLText.px(y + r))\" r=\"\(XMLText.px(r))\" fill=\"#B00020\" fill-opacity=\"0.18\" stroke=\"#B00020\" stroke-width=\"1.5\"/>"
            s += "<text x=\"\(XMLText.px(x + 52))\" y=\"\(XMLText.px(y + r + 4))\">\(label)</text>\n"
            y += 2 * r + 6
        }
        s +=
            "<circle cx=\"\(XMLText.px(x + 24))\" cy=\"\(XMLText.px(y + 5))\" r=\"5\" fill=\"#B00020\" fill-opacity=\"0.18\" stroke=\"#B00020\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>"
        s += "<text x=\"\(XMLText.px(x + 52))\" y=\"\(XMLText.px(y + 9))\">Reported, unconfirmed</text>\n"
        y += 16
        if let context {
            let (entries, bottom) = contextLegend(context, x: x, top: y + 8, canvas: canvas)
            s += entries
            y = bottom
        }
        return (s + "</g>\n", y)
    }

    /// A bar of a round length (1, 2 or 5 × 10ⁿ metres) near a fifth of the map's width.
    static func scaleBar(canvas: MapCanvas) -> String {
        let metres = niceLength(canvas.width / 5 * canvas.metresPerPixel)
        let length = metres / canvas.metresPerPixel
        let x = canvas.left, y = canvas.top + canvas.height + 16
        let label =
            metres >= 1000
            ? "\(JSONValue.format(metres / 1000, digits: 3)) km" : "\(JSONValue.format(metres, digits: 0)) m"
        var s = "<g class=\"scale-bar\" font-size=\"11\" fill=\"#202020\">"
        s +=
            "<rect x=\"\(XMLText.px(x))\" y=\"\(XMLText.px(y))\" width=\"\(XMLText.px(length / 2))\" height=\"6\" fill=\"#202020\"/>"
        s +=
            "<rect x=\"\(XMLText.px(x + length / 2))\" y=\"\(XMLText.px(y))\" width=\"\(XMLText.px(length / 2))\" height=\"6\" fill=\"#FFFFFF\" stroke=\"#202020\" stroke-width=\"1\"/>"
        s += "<text x=\"\(XMLText.px(x + length + 8))\" y=\"\(XMLText.px(y + 7))\">\(label)</text>"
        return s + "</g>\n"
    }

    /// The largest 1, 2 or 5 × 10ⁿ not above `metres` (at least 1 m).
    static func niceLength(_ metres: Double) -> Double {
        guard metres > 1 else { return 1 }
        let magnitude = pow(10, floor(log10(metres)))
        for step in [5.0, 2.0, 1.0] where step * magnitude <= metres { return step * magnitude }
        return magnitude
    }
}
