import Foundation
import Geos

/// Each stretch of border drawn once: neighbouring areas share their borders, and a district's
/// outline repeats its governorate's, so the outlines are taken most important first (the order
/// given) and a stretch lying within `distance` of an outline already taken is left out.
///
/// The outlines were simplified each on its own, so a shared border differs between its two records
/// by up to the simplification (and the source's own, see gazetteer/README.md): "the same stretch" is
/// one within that distance. Plain Swift over a hash grid of the segments taken so far, in metres: a
/// few thousand segments take a millisecond or two, where GEOS buffers and differences took a
/// hundred times that.
enum BorderDeduplication {
    struct Outline {
        var id: String
        var name: String
        var level: ContextLevel
        /// Lines in metres.
        var lines: [[XY]]
    }

    /// The outlines with the stretches taken by earlier ones removed (lines split where they leave
    /// off), in the same order; an outline left with no line is dropped.
    static func unique(_ outlines: [Outline], within distance: Double) -> [Outline] {
        var grid = SegmentGrid(cell: 2 * distance)
        var out: [Outline] = []
        for o in outlines {
            var own: [[XY]] = []
            for line in o.lines {
                var run: [XY] = []
                for (a, b) in zip(line, line.dropFirst()) {
                    if grid.covers(a, b, within: distance) {
                        if run.count >= 2 { own.append(run) }
                        run = []
                    } else {
                        if run.isEmpty { run.append(a) }
                        run.append(b)
                    }
                }
                if run.count >= 2 { own.append(run) }
            }
            for line in o.lines { for (a, b) in zip(line, line.dropFirst()) { grid.insert(a, b) } }
            if !own.isEmpty { out.append(Outline(id: o.id, name: o.name, level: o.level, lines: own)) }
        }
        return out
    }
}

extension BorderDeduplication {
    /// The stretches of the outlines that lie near no other outline's: where the areas meet nothing,
    /// their union's outer edge (for governorates, the country's border or coast) without building
    /// the union.
    static func outerEdges(_ outlines: [Outline], within distance: Double) -> [[XY]] {
        var grid = SegmentGrid(cell: 2 * distance)
        for (i, o) in outlines.enumerated() {
            for line in o.lines { for (a, b) in zip(line, line.dropFirst()) { grid.insert(a, b, owner: Int32(i)) } }
        }
        var edges: [[XY]] = []
        for (i, o) in outlines.enumerated() {
            for line in o.lines {
                var run: [XY] = []
                for (a, b) in zip(line, line.dropFirst()) {
                    if grid.covers(a, b, within: distance, excluding: Int32(i)) {
                        if run.count >= 2 { edges.append(run) }
                        run = []
                    } else {
                        if run.isEmpty { run.append(a) }
                        run.append(b)
                    }
                }
                if run.count >= 2 { edges.append(run) }
            }
        }
        return edges
    }
}

/// Segments in square cells of `cell` metres (twice the query distance), each piece under the cell
/// of its start; a long segment is stored as pieces no longer than half a cell, so a piece within
/// half a cell of a point starts at most a cell away, and a query looks only at the 3 × 3 cells
/// around the point.
struct SegmentGrid {
    let cell: Double
    /// Pieces by cell, each with the outline it belongs to.
    private var cells: [Int64: [(a: XY, b: XY, owner: Int32)]] = [:]

    init(cell: Double) { self.cell = cell }

    private func cellIndex(_ p: XY) -> (Int64, Int64) {
        (Int64((p.x / cell).rounded(.down)), Int64((p.y / cell).rounded(.down)))
    }

    private func key(_ i: Int64, _ j: Int64) -> Int64 { i &* 73_856_093 ^ j &* 19_349_663 }

    mutating func insert(_ a: XY, _ b: XY, owner: Int32 = 0) {
        let n = max(1, Int((2 * hypot(b.x - a.x, b.y - a.y) / cell).rounded(.up)))
        var previous = a
        for k in 1...n {
            let t = Double(k) / Double(n)
            let p = (x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
            cells[key(cellIndex(previous).0, cellIndex(previous).1), default: []].append((previous, p, owner))
            previous = p
        }
    }

    /// Whether both ends and the middle of a–b lie within `distance` (at most half a cell) of stored
    /// segments: the outlines are simplified, so a stretch shared along its ends and middle is
    /// shared along its length.
    /// Pieces of the outline `excluding` do not count.
    func covers(_ a: XY, _ b: XY, within distance: Double, excluding: Int32 = -1) -> Bool {
        near(a, within: distance, excluding: excluding) && near(b, within: distance, excluding: excluding)
            && near((x: (a.x + b.x) / 2, y: (a.y + b.y) / 2), within: distance, excluding: excluding)
    }

    func near(_ p: XY, within distance: Double, excluding: Int32 = -1) -> Bool {
        let (i, j) = cellIndex(p)
        for di in -1...1 {
            for dj in -1...1 {
                for piece in cells[key(i + Int64(di), j + Int64(dj))] ?? []
                where piece.owner != excluding && Self.distance(p, piece.a, piece.b) <= distance {
                    return true
                }
            }
        }
        return false
    }

    static func distance(_ p: XY, _ a: XY, _ b: XY) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y, l = dx * dx + dy * dy
        let t = l == 0 ? 0 : max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l))
        return hypot(p.x - a.x - t * dx, p.y - a.y - t * dy)
    }
}
