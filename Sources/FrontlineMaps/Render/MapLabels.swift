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
        for u in text.unicodeScalars {
            switch u {
            case "i", "l", "j", "t", "f", "r", "I", "'", ".", ",", ";", ":", " ", "-", "(", ")": em += 0.36
            case "A"..."Z", "m", "w": em += 0.78
            default: em += u.properties.isUppercase ? 0.78 : u.properties.generalCategory == .nonspacingMark ? 0 : 0.62
            }
        }
        return em * fontSize
    }

    /// The spot of each request (in the given order), `nil` for a name left off.
    ///   `area`, when given, is the map area the names with `keepInside` must stay in.
    static func place(_ requests: [Request], area: Box? = nil) -> [Spot?] {
        var dots: [Box] = []
        dots.reserveCapacity(requests.count)
        for r in requests {
            dots.append(Box(x0: r.x - r.radius, y0: r.y - r.radius, x1: r.x + r.radius, y1: r.y + r.radius))
        }
        var taken: [Box] = []
        taken.reserveCapacity(requests.count)
        var spots = [Spot?](repeating: nil, count: requests.count)
        let order = requests.indices.sorted { (requests[$1].priority, $0) < (requests[$0].priority, $1) }
        for i in order {
            let r = requests[i]
            let w = width(r.text, fontSize: r.fontSize)
            candidates: for c in 0..<8 {
                let (spot, box) = candidate(c, r, width: w)
                if r.keepInside, let a = area, box.x0 < a.x0 || box.y0 < a.y0 || box.x1 > a.x1 || box.y1 > a.y1 {
                    continue
                }
                for j in dots.indices where j != i && dots[j].overlaps(box) { continue candidates }
                for t in taken where t.overlaps(box) { continue candidates }
                spots[i] = spot
                taken.append(box)
                break
            }
        }
        return spots
    }

    /// The `n`th of the eight spots around a dot (right, left, above, below, then the corners), with
    /// the box the name would cover (halo included).
    static func candidate(_ n: Int, _ r: Request, width w: Double) -> (Spot, Box) {
        let ascent = 0.76 * r.fontSize, descent = 0.24 * r.fontSize
        // A town's dot (radius 5.25 with its rim) puts an 11-pixel name 7 px to its side on a baseline
        // 4 px down, or 8 px above or 16 px below it; other sizes in proportion.
        let gap = r.radius + 1.75, side = r.radius * 0.7 + 2, middle = r.y + r.fontSize * 4 / 11
        let x: Double, y: Double, anchor: String
        switch n {
        case 0: (x, y, anchor) = (r.x + gap, middle, "start")
        case 1: (x, y, anchor) = (r.x - gap, middle, "end")
        case 2: (x, y, anchor) = (r.x, r.y - r.radius - 2.75, "middle")
        case 3: (x, y, anchor) = (r.x, r.y + r.radius + 10.75, "middle")
        case 4: (x, y, anchor) = (r.x + side, r.y - side - descent, "start")
        case 5: (x, y, anchor) = (r.x + side, r.y + side + ascent, "start")
        case 6: (x, y, anchor) = (r.x - side, r.y - side - descent, "end")
        default: (x, y, anchor) = (r.x - side, r.y + side + ascent, "end")
        }
        let left = anchor == "start" ? x : anchor == "end" ? x - w : x - w / 2
        return (
            Spot(x: x, y: y, anchor: anchor),
            Box(x0: left - halo, y0: y - ascent - halo, x1: left + w + halo, y1: y + descent + halo)
        )
    }
}
