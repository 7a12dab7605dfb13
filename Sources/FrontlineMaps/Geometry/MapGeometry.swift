import Foundation
import Geos
import Proj

/// Everything geometric the outputs need, computed once per run: the places projected into a metric
/// CRS, their cells, every cell vertex brought back to WGS84, and the tiles that group cells for the
/// timeline layers.
struct MapGeometry {
    /// The metric CRS used ("EPSG:32637").
    var crs: String
    var mesh: CellMesh
    /// WGS84 position of each mesh vertex, projected back once.
    var vertexLonLat: [LonLat]
    /// For each timeline place (by index), its cell.
    var cellOfPlace: [Int]
    /// For each cell, the first place it belongs to.
    var placeOfCell: [Int]
    /// For each cell, its tile; and each tile's cells and name.
    var tileOf: [Int32]
    var tileCells: [[Int32]]
    var tileNames: [String]

    /// Radius, tolerance, areas and lengths are all metres of the CRS, so a CRS in degrees, feet or
    /// without a plane (geocentric, vertical) would silently give a map without fronts.
    /// - Throws: `FrontlineError` naming the CRS's kind or unit and a CRS to use instead.
    static func checkMetric(_ crs: String, context: ProjContext) throws {
        let kind: CRSKind
        do {
            kind = try CRSKind(crs, context: context)
        } catch let ProjError.invalidDefinition(_, _, message) {
            throw FrontlineError.projection(
                Diagnostic(.error, "\(crs) is not a CRS PROJ knows (\(message)); use e.g. EPSG:32637 (UTM zone 37N)"),
                hint: .givenCRS(usesUTM: false))
        }
        guard kind.isProjected else {
            throw FrontlineError.projection(
                Diagnostic(
                    .error,
                    "\(crs) is a \(kind.typeName), not a projected CRS; radius and simplification are metres on a plane — use a projected CRS in metres such as EPSG:32637 (UTM zone 37N)"
                ), hint: .givenCRS(usesUTM: true))
        }
        guard abs(kind.metresPerUnit - 1) < 1e-9 else {
            throw FrontlineError.projection(
                Diagnostic(
                    .error,
                    "\(crs) measures in \(kind.unitName.isEmpty ? "units of \(kind.metresPerUnit) m" : kind.unitName), not metres; use a projected CRS in metres such as EPSG:32637 (UTM zone 37N)"
                ), hint: .givenCRS(usesUTM: false))
        }
    }

    /// Projects the places, builds the cells (radius and tolerance from `options`), clips them to the
    /// governorate outlines of `boundaries` (when any), and tiles them.
    /// - Throws: `ProjError` for a bad CRS or a point PROJ cannot transform, `GeosError` from GEOS.
    static func build(places: [TimelinePlace], boundaries: [AdminBoundary], options: GeometryOptions) throws
        -> MapGeometry
    {
        let lons = places.map(\.position.lon), lats = places.map(\.position.lat)
        let n = Double(max(places.count, 1))
        let crs = options.crs ?? Transformation.utmCRS(lon: lons.reduce(0, +) / n, lat: lats.reduce(0, +) / n)
        let projContext = try ProjContext()
        if let given = options.crs { try checkMetric(given, context: projContext) }
        let transformation = try Transformation(from: "EPSG:4326", to: crs, context: projContext)
        var xs = lons, ys = lats
        do {
            try transformation.forward(&xs, &ys)
        } catch let ProjError.transformFailed(x, y, message) {
            let i = places.indices.first { lons[$0] == x && lats[$0] == y } ?? 0
            throw PlaceError(
                place: i,
                problem: "cannot be projected to \(crs) (PROJ: \(message.isEmpty ? "no reason given" : message))")
        }
        let sites: [XY] = zip(xs, ys).map { ($0, $1) }

        // Every cell lies within `radius` of its site: that box is all the land the cells can touch.
        let margin = options.radiusMetres * 1.01
        let reach = (
            minX: (xs.min() ?? 0) - margin, minY: (ys.min() ?? 0) - margin, maxX: (xs.max() ?? 0) + margin,
            maxY: (ys.max() ?? 0) + margin
        )
        let land = try Self.land(boundaries, reaching: reach, transformation: transformation)
        let context = try GeosContext()
        let mesh = try CellMesh.build(
            sites: sites, radius: options.radiusMetres, tolerance: options.simplifyMetres, land: land, context: context)

        var vx = mesh.vertices.map(\.x), vy = mesh.vertices.map(\.y)
        do {
            try transformation.inverse(&vx, &vy)
        } catch let ProjError.transformFailed(x, y, message) {
            // A cell corner PROJ cannot bring back: name the place whose cell it is (the nearest site).
            let i =
                sites.indices.min { hypot(sites[$0].x - x, sites[$0].y - y) < hypot(sites[$1].x - x, sites[$1].y - y) }
                ?? 0
            throw PlaceError(
                place: i,
                problem:
                    "its \(Int(options.radiusMetres / 1000)) km cell reaches where \(crs) cannot go (PROJ: \(message.isEmpty ? "no reason given" : message))"
            )
        }
        let vertexLonLat = zip(vx, vy).map { LonLat(lon: $0, lat: $1) }

        var placeOfCell = [Int](repeating: -1, count: mesh.cellCount)
        for (p, c) in mesh.cellOfSite.enumerated() where placeOfCell[c] < 0 { placeOfCell[c] = p }

        let (tileOf, tileCells, tileNames) = Self.tiles(
            cellCount: mesh.cellCount, sites: sites, placeOfCell: placeOfCell, cellsPerTile: options.cellsPerTile)
        return MapGeometry(
            crs: crs, mesh: mesh, vertexLonLat: vertexLonLat, cellOfPlace: mesh.cellOfSite,
            placeOfCell: placeOfCell, tileOf: tileOf, tileCells: tileCells, tileNames: tileNames)
    }

    /// The land the cells are clipped to, projected: governorate outlines when there are any, else every
    /// outline given; only the polygons whose shell's box meets `reach`.
    private static func land(
        _ boundaries: [AdminBoundary], reaching reach: (minX: Double, minY: Double, maxX: Double, maxY: Double),
        transformation: Transformation
    ) throws -> [[[XY]]] {
        let governorates = boundaries.filter { $0.level == .governorate }
        var land: [[[XY]]] = []
        for b in (governorates.isEmpty ? boundaries : governorates).sorted(by: { $0.id < $1.id }) {
            for polygon in b.polygons {
                var rings: [[XY]] = []
                for ring in polygon where ring.count >= 4 {
                    var rx = ring.map(\.lon), ry = ring.map(\.lat)
                    try transformation.forward(&rx, &ry)
                    rings.append(zip(rx, ry).map { ($0, $1) })
                }
                // Only outlines that reach the cells matter; the rest of the country would only make
                // the land union (and its gap closing) slower.
                guard let shell = rings.first, Self.boxesOverlap(shell, reach) else { continue }
                land.append(rings)
            }
        }
        return land
    }

    /// Tiles: one for a small map (so a timeline feature is a whole side), else blocks of about
    /// `cellsPerTile` cells, cut by alternating median splits (a k-d tree) so dense and sparse land
    /// get tiles of equal weight, and a change redraws only its neighbourhood.
    private static func tiles(cellCount: Int, sites: [XY], placeOfCell: [Int], cellsPerTile: Int)
        -> (tileOf: [Int32], tileCells: [[Int32]], tileNames: [String])
    {
        var tileOf = [Int32](repeating: 0, count: cellCount)
        var tileNames = ["all"]
        var tileCells: [[Int32]] = [(0..<Int32(cellCount)).map { $0 }]
        let target = max(cellsPerTile, 1)
        guard cellCount > 2 * target else { return (tileOf, tileCells, tileNames) }
        tileNames = []
        tileCells = []
        func split(_ cells: [Int32], _ byX: Bool, _ name: String) {
            if cells.count <= target {
                let t = Int32(tileCells.count)
                for c in cells { tileOf[Int(c)] = t }
                tileCells.append(cells.sorted())
                tileNames.append(name)
                return
            }
            let sorted = cells.sorted { a, b in
                let p = sites[placeOfCell[Int(a)]], q = sites[placeOfCell[Int(b)]]
                return byX ? (p.x, p.y, a) < (q.x, q.y, b) : (p.y, p.x, a) < (q.y, q.x, b)
            }
            let mid = sorted.count / 2
            split(Array(sorted[..<mid]), !byX, name + "0")
            split(Array(sorted[mid...]), !byX, name + "1")
        }
        split((0..<Int32(cellCount)).map { $0 }, true, "k")
        return (tileOf, tileCells, tileNames)
    }

    /// Each cell's label for these place states: -1 unclaimed (unknown), 0 contested, n side n.
    func labels(_ states: [ControlState]) -> [Int16] {
        placeOfCell.map { p in p < 0 ? -1 : Self.label(states[p]) }
    }

    static func label(_ s: ControlState) -> Int16 {
        switch s {
        case let .held(n): return Int16(clamping: n)
        case .contested: return 0
        case .unknown: return -1
        }
    }

    static func state(_ label: Int16) -> ControlState {
        label > 0 ? .held(Int(label)) : label == 0 ? .contested : .unknown
    }

    /// The tile that owns a shared edge: the tile of the cell on the left of its lower half-edge.
    func edgeTile(_ e: Int32) -> Int32 {
        let t = mesh.heTwin[Int(e)]
        return tileOf[Int(mesh.heCell[Int(t >= 0 ? min(e, t) : e)])]
    }
}

extension MapGeometry {
    /// PROJ could not handle one place (its position or its cell): `place` indexes the places given to
    /// `build`, so the pipeline can name the place and the ledger row or sentence it came from.
    struct PlaceError: Error {
        var place: Int
        var problem: String
    }

    /// Whether the bounding box of `ring` overlaps `box`.
    static func boxesOverlap(_ ring: [XY], _ box: (minX: Double, minY: Double, maxX: Double, maxY: Double)) -> Bool {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for p in ring {
            minX = min(minX, p.x); maxX = max(maxX, p.x)
            minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        return minX <= box.maxX && maxX >= box.minX && minY <= box.maxY && maxY >= box.minY
    }
}
