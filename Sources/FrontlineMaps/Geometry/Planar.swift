import Geos

/// Small planar helpers on metre coordinates.
enum Planar {
    /// Shoelace area of an open ring (no closing point): positive when counter-clockwise.
    static func signedArea(_ ring: [XY]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var s = 0.0
        var prev = ring[ring.count - 1]
        for p in ring {
            s += prev.x * p.y - p.x * prev.y
            prev = p
        }
        return s / 2
    }

    /// Whether `p` lies inside the open ring (even–odd rule; points on the boundary may go either way).
    static func contains(_ ring: [XY], _ p: XY) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in 0..<ring.count {
            let a = ring[i], b = ring[j]
            if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
            j = i
        }
        return inside
    }
}
