import Foundation
import Geos

/// A polygon of the mesh: rings of vertex indices without the closing index, the shell first
/// (counter-clockwise), then its holes (clockwise) — RFC 7946 §3.1.6's orientation.
struct MeshPolygon: Hashable {
    var rings: [[Int32]]
}

extension CellMesh {
    /// The outline of the cells among `cells` that carry `label`, merged: the half-edges whose twin is
    /// missing, carries another label, or (with `group`) lies in another group are chained into rings.
    ///
    /// At a vertex where the territory touches itself the walk takes the next edge clockwise, which keeps
    /// each wedge of territory apart; a ring that still passes a vertex twice is split there, so every
    /// ring is simple. Holes go to the smallest shell around them.
    func territory(labels: [Int16], label: Int16, cells: [Int32], group: [Int32]? = nil) -> [MeshPolygon] {
        var boundary: [Int32] = []
        for c in cells where labels[Int(c)] == label {
            for e in cellEdges[Int(c)] {
                let t = heTwin[Int(e)]
                if t < 0 { boundary.append(e); continue }
                let other = Int(heCell[Int(t)])
                if labels[other] != label || (group.map { $0[other] != $0[Int(c)] } ?? false) { boundary.append(e) }
            }
        }
        guard !boundary.isEmpty else { return [] }
        boundary.sort()
        var outgoing: [Int32: [Int32]] = [:]
        outgoing.reserveCapacity(boundary.count)
        for e in boundary { outgoing[heFrom[Int(e)], default: []].append(e) }
        var used = Set<Int32>()
        used.reserveCapacity(boundary.count)

        var shells: [[Int32]] = []
        var holes: [[Int32]] = []
        for start in boundary where !used.contains(start) {
            var walk: [Int32] = []
            var e = start
            var closed = false
            while true {
                used.insert(e)
                walk.append(heFrom[Int(e)])
                let v = heTo[Int(e)]
                guard let next = nextEdge(after: e, at: v, candidates: outgoing[v] ?? [], used: used, start: start) else { break }
                if next == start { closed = true; break }
                e = next
            }
            guard closed else { continue }
            for ring in splitAtRepeats(walk) {
                let area = Planar.signedArea(ring.map { vertices[Int($0)] })
                if area > 0 { shells.append(ring) } else if area < 0 { holes.append(ring) }
            }
        }
        var polygons = shells.map { MeshPolygon(rings: [$0]) }
        if !holes.isEmpty {
            let shellPoints = shells.map { $0.map { vertices[Int($0)] } }
            let boxes = shellPoints.map(Planar.bounds)
            let areas = shellPoints.map(Planar.signedArea)
            for hole in holes {
                let a = vertices[Int(hole[0])], b = vertices[Int(hole[1])]
                let probe = ((a.x + b.x) / 2, (a.y + b.y) / 2)
                var best: Int?
                for (i, box) in boxes.enumerated()
                where box.0 <= probe.0 && probe.0 <= box.2 && box.1 <= probe.1 && probe.1 <= box.3
                    && (best == nil || areas[i] < areas[best!]) && Planar.contains(shellPoints[i], probe) {
                    best = i
                }
                if let best { polygons[best].rings.append(hole) }
            }
        }
        return polygons
    }

    /// The boundary edge to follow after `e`, arriving at `v`: the first unused one clockwise from the
    /// way back (the start edge counts as unused, to close the ring).
    private func nextEdge(after e: Int32, at v: Int32, candidates: [Int32], used: Set<Int32>, start: Int32) -> Int32? {
        let open = candidates.filter { $0 == start || !used.contains($0) }
        if open.count <= 1 { return open.first }
        let p = vertices[Int(v)], back = vertices[Int(heFrom[Int(e)])]
        let a0 = atan2(back.y - p.y, back.x - p.x)
        var best: Int32?
        var bestTurn = Double.infinity
        for c in open {
            let q = vertices[Int(heTo[Int(c)])]
            var turn = a0 - atan2(q.y - p.y, q.x - p.x)
            while turn <= 0 { turn += 2 * Double.pi }
            while turn > 2 * Double.pi { turn -= 2 * Double.pi }
            if turn < bestTurn { bestTurn = turn; best = c }
        }
        return best
    }

    /// Splits a closed walk into simple rings wherever it passes a vertex again.
    private func splitAtRepeats(_ walk: [Int32]) -> [[Int32]] {
        var stack: [Int32] = []
        var position: [Int32: Int] = [:]
        var out: [[Int32]] = []
        for v in walk {
            if let i = position[v] {
                let loop = Array(stack[i...])
                for w in stack[(i + 1)...] { position[w] = nil }
                stack.removeSubrange((i + 1)...)
                if loop.count >= 3 { out.append(loop) }
            } else {
                position[v] = stack.count
                stack.append(v)
            }
        }
        if stack.count >= 3 { out.append(stack) }
        return out
    }
}

extension Planar {
    /// (xmin, ymin, xmax, ymax).
    static func bounds(_ ring: [XY]) -> (Double, Double, Double, Double) {
        var b = (Double.infinity, Double.infinity, -Double.infinity, -Double.infinity)
        for p in ring { b = (min(b.0, p.x), min(b.1, p.y), max(b.2, p.x), max(b.3, p.y)) }
        return b
    }
}
