import Foundation
import Geos

/// A polygon of the mesh: rings of vertex indices without the closing index, the shell first
/// (counter-clockwise), then its holes (clockwise) — RFC 7946 §3.1.6's orientation.
struct MeshPolygon: Hashable {
    var rings: [[Int32]]
}

/// Reusable per-vertex and per-edge work arrays, so that tracing a territory costs only its boundary:
/// entries are valid when their stamp equals the current pass, so nothing is cleared between passes.
final class MeshScratch {
    var pass: Int32 = 0
    var headStamp: [Int32]
    var head: [Int32]
    var nextOut: [Int32]
    var usedStamp: [Int32]
    var positionStamp: [Int32]
    var position: [Int32]

    init(_ mesh: CellMesh) {
        headStamp = [Int32](repeating: 0, count: mesh.vertices.count)
        head = headStamp
        positionStamp = headStamp
        position = headStamp
        nextOut = [Int32](repeating: -1, count: mesh.heFrom.count)
        usedStamp = [Int32](repeating: 0, count: mesh.heFrom.count)
    }

    func begin() -> Int32 {
        pass &+= 1
        return pass
    }
}

extension CellMesh {
    /// The outline of the cells among `cells` (ascending) that carry `label`, merged: the half-edges
    /// whose twin is missing, carries another label, or (with `group`) lies in another group are
    /// chained into rings.
    ///
    /// At a vertex where the territory touches itself the walk takes the next edge clockwise, which keeps
    /// each wedge of territory apart; a ring that still passes a vertex twice is split there, so every
    /// ring is simple. Holes go to the smallest shell around them.
    func territory(labels: [Int16], label: Int16, cells: [Int32], group: [Int32]? = nil, scratch: MeshScratch? = nil)
        -> [MeshPolygon]
    {
        let w = scratch ?? MeshScratch(self)
        let pass = w.begin()
        // Work on the scratch arrays as locals (no exclusivity checks on a class's properties per access).
        var headStamp: [Int32] = [], head: [Int32] = [], nextOut: [Int32] = [], usedStamp: [Int32] = []
        swap(&headStamp, &w.headStamp); swap(&head, &w.head); swap(&nextOut, &w.nextOut); swap(&usedStamp, &w.usedStamp)
        defer {
            swap(&headStamp, &w.headStamp); swap(&head, &w.head); swap(&nextOut, &w.nextOut);
            swap(&usedStamp, &w.usedStamp)
        }
        var boundary: [Int32] = []
        for c in cells where labels[Int(c)] == label {
            let ownGroup = group?[Int(c)]
            for e in cellEdges[Int(c)] {
                let t = heTwin[Int(e)]
                if t >= 0 {
                    let other = Int(heCell[Int(t)])
                    if labels[other] == label && (ownGroup == nil || group![other] == ownGroup!) { continue }
                }
                boundary.append(e)
                let v = Int(heFrom[Int(e)])
                if headStamp[v] != pass {
                    headStamp[v] = pass
                    head[v] = -1
                }
                nextOut[Int(e)] = head[v]
                head[v] = e
            }
        }
        guard !boundary.isEmpty else { return [] }

        var shells: [[Int32]] = []
        var holes: [[Int32]] = []
        var walk: [Int32] = []
        for start in boundary where usedStamp[Int(start)] != pass {
            walk.removeAll(keepingCapacity: true)
            var e = start
            var closed = false
            while true {
                usedStamp[Int(e)] = pass
                walk.append(heFrom[Int(e)])
                let v = Int(heTo[Int(e)])
                guard headStamp[v] == pass,
                    let only = nextBoundaryEdge(
                        after: e, start: start, pass: pass, head: head, nextOut: nextOut, usedStamp: usedStamp)
                else { break }
                if only == start { closed = true; break }
                e = only
            }
            guard closed else { continue }
            for ring in splitAtRepeats(walk, scratch: w) {
                let area = signedArea(ring)
                if area > 0 { shells.append(ring) } else if area < 0 { holes.append(ring) }
            }
        }
        return polygons(shells: shells, holes: holes)
    }

    /// The next boundary edge of a walk that came along `e` (at its end vertex, which has outgoing
    /// boundary edges this pass): the only open one, or the first clockwise from the way back (the start
    /// edge counts as open, to close the ring); nil when none is open.
    @inline(__always)
    private func nextBoundaryEdge(
        after e: Int32, start: Int32, pass: Int32, head: [Int32], nextOut: [Int32], usedStamp: [Int32]
    ) -> Int32? {
        let v = Int(heTo[Int(e)])
        var only: Int32 = -1, count = 0
        var c = head[v]
        while c >= 0 {
            if c == start || usedStamp[Int(c)] != pass { only = c; count += 1 }
            c = nextOut[Int(c)]
        }
        if count == 0 { return nil }
        if count > 1 {
            let p = vertices[v], back = vertices[Int(heFrom[Int(e)])]
            let a0 = atan2(back.y - p.y, back.x - p.x)
            var bestTurn = Double.infinity
            c = head[v]
            while c >= 0 {
                if c == start || usedStamp[Int(c)] != pass {
                    let q = vertices[Int(heTo[Int(c)])]
                    var turn = a0 - atan2(q.y - p.y, q.x - p.x)
                    while turn <= 0 { turn += 2 * Double.pi }
                    while turn > 2 * Double.pi { turn -= 2 * Double.pi }
                    // Ties (never expected) go to the lower edge: no dependence on list order.
                    if turn < bestTurn || (turn == bestTurn && c < only) { bestTurn = turn; only = c }
                }
                c = nextOut[Int(c)]
            }
        }
        return only
    }

    /// One polygon per shell, each hole given to the smallest shell around it.
    private func polygons(shells: [[Int32]], holes: [[Int32]]) -> [MeshPolygon] {
        var polygons = shells.map { MeshPolygon(rings: [$0]) }
        guard !holes.isEmpty else { return polygons }
        let shellPoints = shells.map { $0.map { vertices[Int($0)] } }
        let boxes = shellPoints.map(Planar.bounds)
        let areas = shellPoints.map(Planar.signedArea)
        for hole in holes {
            let a = vertices[Int(hole[0])], b = vertices[Int(hole[1])]
            let probe = ((a.x + b.x) / 2, (a.y + b.y) / 2)
            var best: Int?
            for (i, box) in boxes.enumerated()
            where box.0 <= probe.0 && probe.0 <= box.2 && box.1 <= probe.1 && probe.1 <= box.3
                && (best == nil || areas[i] < areas[best!]) && Planar.contains(shellPoints[i], probe)
            {
                best = i
            }
            if let best { polygons[best].rings.append(hole) }
        }
        return polygons
    }

    /// Shoelace area of a ring of vertex indices: positive when counter-clockwise.
    func signedArea(_ ring: [Int32]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        var prev = vertices[Int(ring[ring.count - 1])]
        for i in ring {
            let p = vertices[Int(i)]
            sum += prev.x * p.y - p.x * prev.y
            prev = p
        }
        return sum / 2
    }

    /// Splits a closed walk into simple rings wherever it passes a vertex again.
    private func splitAtRepeats(_ walk: [Int32], scratch w: MeshScratch) -> [[Int32]] {
        let pass = w.begin()
        var stack: [Int32] = []
        stack.reserveCapacity(walk.count)
        var out: [[Int32]] = []
        for v in walk {
            let vi = Int(v)
            if w.positionStamp[vi] == pass, w.position[vi] >= 0 {
                let i = Int(w.position[vi])
                let loop = Array(stack[i...])
                for u in stack[(i + 1)...] { w.position[Int(u)] = -1 }
                stack.removeSubrange((i + 1)...)
                if loop.count >= 3 { out.append(loop) }
            } else {
                w.positionStamp[vi] = pass
                w.position[vi] = Int32(stack.count)
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
