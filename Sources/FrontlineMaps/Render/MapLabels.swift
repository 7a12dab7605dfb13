/// Where names go on a picture so that none overprints another name or another dot: each name tries
/// eight spots around its dot (right, left, above, below, then the four corners) and takes the first
/// free one; names are placed most important first, and a name with no free spot is left off (it stays
/// in its dot's tooltip). Text widths are estimated from the font size (DejaVu Sans proportions), with
/// the white halo the labels are drawn with.
///
/// Greedy in a fixed order, so the same map always gets the same spots.
enum MapLabels {
    /// A name to place beside a dot, in pixels.
    struct Request {
        var text: String
        var x: Double
        var y: Double
        /// The dot's radius, ring included: a name starts clear of it.
        var radius: Double
        var fontSize: Double
        /// Higher goes first and so wins a contested spot.
        var priority: Double
        /// Whether the name must lie wholly inside the map area (the context's names, which are
        /// left off rather than cut by the map's edge).
        var keepInside = false
    }

    struct Spot: Hashable {
        var x: Double
        var y: Double
        /// SVG `text-anchor`: `start`, `end` or `middle`.
        var anchor: String
    }

    struct Box {
        var x0, y0, x1, y1: Double
        func overlaps(_ b: Box) -> Bool { x0 < b.x1 && b.x0 < x1 && y0 < b.y1 && b.y0 < y1 }
    }

    /// The halo drawn around each name (stroke width 3: 1.5 px each side).
    static let halo = 1.5

    /// Estimated width of `text` in DejaVu Sans at `fontSize` pixels: narrow letters, capitals and
    /// the rest told apart, which is within a few percent for place names.
    static func width(_ text: String, fontSize: Double) -> Double {
        var em = 0.0
        for c in text {
            if "iljtfrI'.,;: -()".contains(c) { em += 0.36 } else if c.isUppercase || "mw".contains(c) { em += 0.78 } else { em += 0.62 }
        }
        return em * fontSize
    }

    /// The spot of each request (in the given order), `nil` for a name left off; `obstacles` are
    /// further dots (x, y, radius) no name may cover.
    ///   `area`, when given, is the map area the names with `keepInside` must stay in.
    static func place(_ requests: [Request], obstacles: [(x: Double, y: Double, radius: Double)] = [], area: Box? = nil) -> [Spot?] {
        let dots = requests.map { dot($0.x, $0.y, $0.radius) } + obstacles.map { dot($0.x, $0.y, $0.radius) }
        var taken: [Box] = []
        var spots = [Spot?](repeating: nil, count: requests.count)
        let order = requests.indices.sorted { (requests[$1].priority, $0) < (requests[$0].priority, $1) }
        for i in order {
            let r = requests[i]
            for (spot, box) in candidates(r) {
                if r.keepInside, let a = area, box.x0 < a.x0 || box.y0 < a.y0 || box.x1 > a.x1 || box.y1 > a.y1 { continue }
                let hitsDot = dots.enumerated().contains { $0.offset != i && $0.element.overlaps(box) }
                if !hitsDot, !taken.contains(where: { $0.overlaps(box) }) {
                    spots[i] = spot
                    taken.append(box)
                    break
                }
            }
        }
        return spots
    }

    static func dot(_ x: Double, _ y: Double, _ r: Double) -> Box { Box(x0: x - r, y0: y - r, x1: x + r, y1: y + r) }

    /// The eight spots around a dot with the box each name would cover (halo included).
    static func candidates(_ r: Request) -> [(Spot, Box)] {
        let w = width(r.text, fontSize: r.fontSize), ascent = 0.76 * r.fontSize, descent = 0.24 * r.fontSize
        // A town's dot (radius 5.25 with its rim) puts an 11-pixel name 7 px to its side on a baseline
        // 4 px down, or 8 px above or 16 px below it; other sizes in proportion.
        let gap = r.radius + 1.75, side = r.radius * 0.7 + 2, middle = r.y + r.fontSize * 4 / 11
        // (text x, baseline y, anchor); the box follows from the anchor.
        let spots: [(Double, Double, String)] = [
            (r.x + gap, middle, "start"), (r.x - gap, middle, "end"),
            (r.x, r.y - r.radius - 2.75, "middle"), (r.x, r.y + r.radius + 10.75, "middle"),
            (r.x + side, r.y - side - descent, "start"), (r.x + side, r.y + side + ascent, "start"),
            (r.x - side, r.y - side - descent, "end"), (r.x - side, r.y + side + ascent, "end"),
        ]
        return spots.map { x, y, anchor in
            let left = anchor == "start" ? x : anchor == "end" ? x - w : x - w / 2
            return (Spot(x: x, y: y, anchor: anchor), Box(x0: left - halo, y0: y - ascent - halo, x1: left + w + halo, y1: y + descent + halo))
        }
    }
}
