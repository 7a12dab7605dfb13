import Geos

/// The places' Voronoi cells, each limited to a radius of influence and clipped to the land, held as a
/// half-edge structure: computed once per run, so that a day's territories and fronts are only a
/// matter of which cell carries which label.
///
/// All coordinates are projected metres. Cells that share a boundary share its vertices exactly, so a
/// half-edge's twin (the same edge seen from the neighbouring cell) is found by its two vertex indices.
struct CellMesh {
    /// Vertex positions (metres).
    var vertices: [XY] = []
    /// Half-edges: from, to, the cell on their left, and the twin (-1 on the outer boundary).
    var heFrom: [Int32] = []
    var heTo: [Int32] = []
    var heCell: [Int32] = []
    var heTwin: [Int32] = []
    /// The half-edges of each cell (its rings, counter-clockwise shells and clockwise holes).
    var cellEdges: [[Int32]] = []
    /// Each cell's area in m².
    var cellArea: [Double] = []
    /// For each input site, its cell; sites at the same position as an earlier site share its cell.
    var cellOfSite: [Int] = []

    var cellCount: Int { cellEdges.count }

    /// Builds the mesh.
    /// - Parameters:
    ///   - sites: the places, projected; cells follow their order.
    ///   - radius: how far a place's cell may reach from it.
    ///   - tolerance: the largest distance an arc's chords may stray from the circle, and the
    ///     simplification of the land outline.
    ///   - land: polygons (rings of metres, exterior first) the cells are clipped to; empty: no clipping.
    /// - Throws: `GeosError` when GEOS fails.
    static func build(sites: [XY], radius: Double, tolerance: Double, land: [[[XY]]], context: GeosContext) throws
        -> CellMesh
    {
        var mesh = CellMesh()
        // Distinct sites (bitwise), in order.
        var firstAt: [SIMD2<UInt64>: Int] = [:]
        var unique: [XY] = []
        for s in sites {
            let key = SIMD2(s.x.bitPattern, s.y.bitPattern)
            if let c = firstAt[key] {
                mesh.cellOfSite.append(c)
            } else {
                firstAt[key] = unique.count
                mesh.cellOfSite.append(unique.count)
                unique.append(s)
            }
        }
        guard !unique.isEmpty else { return mesh }
        let margin = 2 * radius + 1000
        let rawCells = try Geometry.voronoiCells(sites: unique, margin: margin, context: context)

        // Counter-clockwise vertex lists without the closing point.
        let cells: [[XY]] = rawCells.map { ring in
            var r = Array(ring.dropLast())
            if Planar.signedArea(r) < 0 { r.reverse() }
            return r
        }
        // Which cell lies across each Voronoi edge: the two cells that list the same two vertices.
        struct EdgeKey: Hashable { var a: SIMD2<UInt64>; var b: SIMD2<UInt64> }
        func key(_ p: XY, _ q: XY) -> EdgeKey {
            let a = SIMD2(p.x.bitPattern, p.y.bitPattern), b = SIMD2(q.x.bitPattern, q.y.bitPattern)
            return (a.x, a.y) < (b.x, b.y) ? EdgeKey(a: a, b: b) : EdgeKey(a: b, b: a)
        }
        var owners: [EdgeKey: (Int32, Int32)] = [:]
        owners.reserveCapacity(unique.count * 4)
        for (c, ring) in cells.enumerated() {
            for k in 0..<ring.count {
                let e = key(ring[k], ring[(k + 1) % ring.count])
                if let o = owners[e] { owners[e] = (o.0, Int32(c)) } else { owners[e] = (Int32(c), -1) }
            }
        }
        let clip = DiscClipper(radius: radius, tolerance: tolerance)
        var polygons: [[[XY]]] = []
        polygons.reserveCapacity(cells.count)
        for (c, ring) in cells.enumerated() {
            var neighbours: [Int] = []
            neighbours.reserveCapacity(ring.count)
            for k in 0..<ring.count {
                let o = owners[key(ring[k], ring[(k + 1) % ring.count])]!
                neighbours.append(Int(o.0 == Int32(c) ? o.1 : o.0))
            }
            polygons.append([clip.clip(cell: ring, site: c, sites: unique, neighbours: neighbours)])
        }
        if !land.isEmpty {
            polygons = try clipToLand(polygons, land: land, tolerance: tolerance, context: context)
        }
        mesh.assemble(polygons)
        return mesh
    }

    /// Intersects each cell with the land (cell by cell; cells wholly inside are kept as they are).
    private static func clipToLand(_ cells: [[[XY]]], land: [[[XY]]], tolerance: Double, context: GeosContext) throws
        -> [[[XY]]]
    {
        // Each outline made valid on its own, then all unioned as a plain collection: neighbouring outlines
        // simplified apart overlap a little, which a multipolygon may not (MakeValid would turn the
        // overlaps into holes).
        let parts = try land.filter { ($0.first?.count ?? 0) >= 4 }.map {
            try Geometry.polygon($0, context: context).madeValid()
        }
        var mask = try Geometry.collection(.collection, parts, context: context).unaryUnion()
        // Separately simplified neighbours also leave thin gaps along shared borders; closing the
        // mask (grow, then shrink by the same distance) fills gaps narrower than twice `sliver`
        // without moving the coast or outer border by more than rounding.
        let sliver = 250.0
        mask = try mask.buffer(sliver).buffer(-sliver)
        if tolerance > 0 { mask = try mask.simplified(tolerance: tolerance) }
        let prepared = try PreparedGeometry(mask)
        var out: [[[XY]]] = []
        out.reserveCapacity(cells.count)
        for cell in cells {
            guard let shell = cell.first, shell.count >= 3 else { out.append([]); continue }
            let geometry = try Geometry.polygon(cell.map { $0 + [$0[0]] }, context: context)
            if try prepared.contains(geometry) {
                out.append(cell)
            } else if try !prepared.intersects(geometry) {
                out.append([])
            } else {
                var rings: [[XY]] = []
                for polygon in try geometry.intersection(mask).polygons() {
                    for (i, ring) in polygon.enumerated() {
                        var r = Array(ring.dropLast())
                        // Shells counter-clockwise, holes clockwise.
                        if (Planar.signedArea(r) < 0) == (i == 0) { r.reverse() }
                        rings.append(r)
                    }
                }
                out.append(rings)
            }
        }
        return out
    }

    /// Builds vertices and half-edges from each cell's rings (closing point omitted). Vertices closer
    /// than a millimetre are one vertex.
    private mutating func assemble(_ cells: [[[XY]]]) {
        var index: [SIMD2<Int64>: Int32] = [:]
        index.reserveCapacity(cells.count * 8)
        func vertex(_ p: XY) -> Int32 {
            let k = SIMD2(Int64((p.x * 1000).rounded()), Int64((p.y * 1000).rounded()))
            if let i = index[k] { return i }
            let i = Int32(vertices.count)
            vertices.append(p)
            index[k] = i
            return i
        }
        var byEnds: [SIMD2<Int32>: Int32] = [:]
        for (c, rings) in cells.enumerated() {
            var edges: [Int32] = []
            var area = 0.0
            for ring in rings {
                var ids: [Int32] = []
                ids.reserveCapacity(ring.count)
                for p in ring {
                    let v = vertex(p)
                    if ids.last != v { ids.append(v) }
                }
                while ids.count > 1 && ids.first == ids.last { ids.removeLast() }
                guard ids.count >= 3 else { continue }
                area += Planar.signedArea(ids.map { vertices[Int($0)] })
                for k in 0..<ids.count {
                    let e = Int32(heFrom.count)
                    heFrom.append(ids[k])
                    heTo.append(ids[(k + 1) % ids.count])
                    heCell.append(Int32(c))
                    heTwin.append(-1)
                    edges.append(e)
                    byEnds[SIMD2(ids[k], ids[(k + 1) % ids.count])] = e
                }
            }
            cellEdges.append(edges)
            cellArea.append(area)
        }
        for e in 0..<heFrom.count {
            if let t = byEnds[SIMD2(heTo[e], heFrom[e])] { heTwin[e] = t }
        }
    }
}
