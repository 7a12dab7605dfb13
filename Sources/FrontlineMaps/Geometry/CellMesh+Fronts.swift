/// Fronts: the edges two cells of different territory labels share, chained into lines.
extension CellMesh {
    /// The shared edges (each once, as the lower-numbered half-edge) between cells whose labels are both
    /// territory (≥ 0) and differ, grouped by the label pair (smaller first), among the edges of `cells`.
    func frontEdges(labels: [Int16], cells: [Int32]? = nil, scratch: MeshScratch? = nil) -> [SIMD2<Int16>: [Int32]] {
        var pairs: [SIMD2<Int16>] = []
        var lists: [[Int32]] = []
        @inline(__always) func visit(_ e: Int32, _ t: Int32) {
            let a = labels[Int(heCell[Int(e)])], b = labels[Int(heCell[Int(t)])]
            guard a >= 0, b >= 0, a != b else { return }
            let pair = SIMD2(min(a, b), max(a, b))
            if let i = pairs.firstIndex(of: pair) {
                lists[i].append(min(e, t))
            } else {
                pairs.append(pair); lists.append([min(e, t)])
            }
        }
        if let cells {
            let w = scratch ?? MeshScratch(self)
            let pass = w.begin()
            var usedStamp: [Int32] = []
            swap(&usedStamp, &w.usedStamp)
            defer { swap(&usedStamp, &w.usedStamp) }
            for c in cells {
                for e in cellEdges[Int(c)] {
                    let t = heTwin[Int(e)]
                    guard t >= 0 else { continue }
                    let k = Int(min(e, t))
                    if usedStamp[k] == pass { continue }
                    usedStamp[k] = pass
                    visit(e, t)
                }
            }
        } else {
            for e in 0..<Int32(heFrom.count) where heTwin[Int(e)] > e { visit(e, heTwin[Int(e)]) }
        }
        var out: [SIMD2<Int16>: [Int32]] = [:]
        for (pair, list) in zip(pairs, lists) { out[pair] = list.sorted() }
        return out
    }

    /// Chains undirected edges into lines of vertex indices: lines run between vertices where the
    /// chain does not simply continue (ends and junctions); closed loops start at their lowest edge.
    func chain(_ edges: [Int32]) -> [[Int32]] {
        var incident: [Int32: [Int32]] = [:]
        for e in edges {
            incident[heFrom[Int(e)], default: []].append(e)
            incident[heTo[Int(e)], default: []].append(e)
        }
        var used = Set<Int32>()
        var lines: [[Int32]] = []
        func walk(from v0: Int32, along e0: Int32) -> [Int32] {
            var line = [v0]
            var v = v0, e = e0
            while true {
                used.insert(e)
                let w = heFrom[Int(e)] == v ? heTo[Int(e)] : heFrom[Int(e)]
                line.append(w)
                v = w
                let next = incident[v]!
                guard next.count == 2, let n = next.first(where: { !used.contains($0) }) else { break }
                e = n
            }
            return line
        }
        // Open chains from their ends and junctions first, in edge order.
        for e in edges where !used.contains(e) {
            for v in [heFrom[Int(e)], heTo[Int(e)]] where incident[v]!.count != 2 {
                for f in incident[v]! where !used.contains(f) { lines.append(walk(from: v, along: f)) }
            }
        }
        for e in edges where !used.contains(e) { lines.append(walk(from: heFrom[Int(e)], along: e)) }
        return lines
    }

    /// The length of a line in metres.
    func length(_ line: [Int32]) -> Double {
        var s = 0.0
        for (a, b) in zip(line, line.dropFirst()) {
            let p = vertices[Int(a)], q = vertices[Int(b)]
            s += ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot()
        }
        return s
    }
}
