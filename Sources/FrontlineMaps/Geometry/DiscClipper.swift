import Foundation
import Geos

/// Limits a convex Voronoi cell to the disc of influence around its site, in plain arithmetic.
///
/// The point where the circle crosses the edge two cells share is computed from the two sites in a
/// fixed order (lower index first), so both cells get bit-identical cut points and their clipped
/// boundaries still share every vertex. Arcs (on no one else's boundary) are drawn with chords that
/// stray at most `tolerance` from the circle.
struct DiscClipper {
    var radius: Double
    var tolerance: Double

    /// The angle one chord may span.
    var step: Double {
        let t = min(max(tolerance, radius * 1e-4), radius * 0.5)
        return min(2 * acos(1 - t / radius), Double.pi / 8)
    }

    /// One piece of a cell edge inside the disc.
    private struct Piece { var start: XY; var end: XY }

    /// The clipped cell as an open counter-clockwise ring.
    /// - Parameters:
    ///   - cell: the Voronoi cell, counter-clockwise, no closing point.
    ///   - neighbours: for edge k (cell[k] → cell[k+1]), the site across it, or -1.
    func clip(cell: [XY], site: Int, sites: [XY], neighbours: [Int]) -> [XY] {
        let g = sites[site]
        let r2 = radius * radius
        var pieces: [Piece] = []
        for k in 0..<cell.count {
            let a = cell[k], b = cell[(k + 1) % cell.count]
            let j = neighbours[k]
            if j >= 0 {
                // The edge lies on the bisector of g and sites[j]; the circle crosses the bisector at
                // m ± h·u, the same two points for both cells.
                let (p, q) = site < j ? (g, sites[j]) : (sites[j], g)
                let wx = q.x - p.x, wy = q.y - p.y
                let d2 = wx * wx + wy * wy
                let h2 = r2 - d2 / 4
                guard h2 > 0 else { continue }
                let h = h2.squareRoot(), len = d2.squareRoot()
                let m = ((p.x + q.x) * 0.5, (p.y + q.y) * 0.5)
                let u = (-wy / len, wx / len)
                let ta = (a.x - m.0) * u.0 + (a.y - m.1) * u.1
                let tb = (b.x - m.0) * u.0 + (b.y - m.1) * u.1
                let lo = max(min(ta, tb), -h), hi = min(max(ta, tb), h)
                guard lo < hi else { continue }
                func at(_ t: Double) -> XY {
                    t < 0 ? (m.0 + (-h) * u.0, m.1 + (-h) * u.1) : (m.0 + h * u.0, m.1 + h * u.1)
                }
                let start = abs(ta) <= h ? a : at(ta)
                let end = abs(tb) <= h ? b : at(tb)
                pieces.append(Piece(start: start, end: end))
            } else {
                // An edge of the frame (no neighbour): a plain segment–circle intersection.
                let dx = b.x - a.x, dy = b.y - a.y
                let fx = a.x - g.x, fy = a.y - g.y
                let A = dx * dx + dy * dy, B = 2 * (fx * dx + fy * dy), C = fx * fx + fy * fy - r2
                let disc = B * B - 4 * A * C
                guard A > 0, disc > 0 else { continue }
                let s0 = max((-B - disc.squareRoot()) / (2 * A), 0), s1 = min((-B + disc.squareRoot()) / (2 * A), 1)
                guard s0 < s1 else { continue }
                let start = s0 == 0 ? a : (a.x + s0 * dx, a.y + s0 * dy)
                let end = s1 == 1 ? b : (a.x + s1 * dx, a.y + s1 * dy)
                pieces.append(Piece(start: start, end: end))
            }
        }
        guard !pieces.isEmpty else { return arc(around: g, from: 0, sweep: 2 * Double.pi, includeStart: true) }
        var ring: [XY] = []
        for (i, piece) in pieces.enumerated() {
            if let last = ring.last, last.x == piece.start.x, last.y == piece.start.y {
            } else {
                ring.append(piece.start)
            }
            ring.append(piece.end)
            let next = pieces[(i + 1) % pieces.count].start
            if piece.end.x == next.x && piece.end.y == next.y { continue }
            let dx = next.x - piece.end.x, dy = next.y - piece.end.y
            if (dx * dx + dy * dy).squareRoot() < radius * 1e-9 { continue }
            let a0 = atan2(piece.end.y - g.y, piece.end.x - g.x)
            var sweep = atan2(next.y - g.y, next.x - g.x) - a0
            while sweep <= 0 { sweep += 2 * Double.pi }
            ring += arc(around: g, from: a0, sweep: sweep, includeStart: false)
        }
        if let f = ring.first, let l = ring.last, f.x == l.x, f.y == l.y { ring.removeLast() }
        return ring
    }

    /// Points strictly inside an arc (or the whole circle when `includeStart`), counter-clockwise.
    private func arc(around g: XY, from a0: Double, sweep: Double, includeStart: Bool) -> [XY] {
        let n = max(1, Int((sweep / step).rounded(.up)))
        var out: [XY] = []
        for i in (includeStart ? 0 : 1)..<n {
            let a = a0 + sweep * Double(i) / Double(n)
            out.append((g.x + radius * cos(a), g.y + radius * sin(a)))
        }
        return out
    }
}
