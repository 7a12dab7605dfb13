import Geos
import Proj

extension MapContext {
    /// Simplification of the inset's country (metres): an inset a couple of hundred pixels wide shows
    /// Syria at several kilometres a pixel.
    static let insetToleranceMetres = 2_000.0
    /// Gaps narrower than twice this between separately simplified governorates are closed before the
    /// country's outer edge is traced (as the cells' land mask does, `CellMesh.clipToLand`).
    static let sliverMetres = 250.0

    /// The context of a map: the gazetteer's outlines cut to `reach` and simplified in metres of `crs`
    /// (Douglas–Peucker keeping topology, through GEOS), its towns, and the coarse country for the inset.
    /// - Parameters:
    ///   - towns: the records to draw as towns (the resolver's populated places in `reach`).
    ///   - warPlaceIDs: the ids of the places the war's layers draw.
    ///   - tolerance: simplification in metres, about a pixel of the pictures.
    ///   - countryName: the name of the country the governorates make up (the gazetteer's country record).
    /// - Throws: `ProjError` when `crs` cannot hold the outlines, `GeosError` when GEOS fails.
    static func build(view: MapBounds, reach: MapBounds, boundaries: [AdminBoundary], towns: [GazetteerRecord], warPlaceIDs: Set<String>,
                      crs: String, tolerance: Double, countryName: String, attribution: String) throws -> MapContext {
        guard !boundaries.isEmpty || !towns.isEmpty else { return .empty(view: view) }
        let projection = try ContextProjection(crs: crs)
        let rect = try projection.rectangle(reach), inner = try projection.rectangle(view)
        // Labels keep clear of the view's edges by a twentieth of its size.
        let margin = min(inner.xmax - inner.xmin, inner.ymax - inner.ymin) / 20
        let labelRect = (xmin: inner.xmin + margin, ymin: inner.ymin + margin, xmax: inner.xmax - margin, ymax: inner.ymax - margin)
        var labels: [ContextAreaLabel] = []
        var areas: [(boundary: AdminBoundary, level: ContextLevel, shape: Geometry)] = []
        let ordered = boundaries.sorted { ($0.level == .governorate ? 0 : 1, $0.id) < ($1.level == .governorate ? 0 : 1, $1.id) }
        for b in ordered where overlaps(b, reach) {
            guard let area = try projection.polygons(b.polygons)?.clip(xmin: rect.xmin, ymin: rect.ymin, xmax: rect.xmax, ymax: rect.ymax),
                  try !area.polygons().isEmpty else { continue }
            let level: ContextLevel = b.level == .governorate ? .governorate : .district
            // Clipped again after simplifying, so every cut lies exactly on the rectangle (and is left out of the lines).
            areas.append((b, level, try area.simplified(tolerance: tolerance).clip(xmin: rect.xmin, ymin: rect.ymin, xmax: rect.xmax, ymax: rect.ymax)))
            guard level == .governorate else { continue }
            let visible = try areas.last!.shape.clip(xmin: labelRect.xmin, ymin: labelRect.ymin, xmax: labelRect.xmax, ymax: labelRect.ymax)
            if try !visible.polygons().isEmpty, let p = try visible.pointOnSurface().points().first {
                labels.append(ContextAreaLabel(id: b.id, name: b.name, level: level, at: try projection.lonLat(p)))
            }
        }
        // Each stretch of border is drawn once, by the most important outline that has it: the
        // country's outer edge, then governorates, then districts (whose outlines repeat their
        // governorate's), each in id order. Neighbours simplified apart differ by up to the tolerance,
        // so "the same stretch" is whatever lies within `sliverMetres` of a border already drawn.
        var shapes: [(id: String, name: String, level: ContextLevel, outline: Geometry)] = []
        let land = areas.filter { $0.level == .governorate }.map(\.shape)
        if !land.isEmpty {
            let union = try Geometry.collection(.collection, land, context: projection.geos).unaryUnion()
            let closed = try union.buffer(sliverMetres).buffer(-sliverMetres).simplified(tolerance: tolerance)
                .clip(xmin: rect.xmin, ymin: rect.ymin, xmax: rect.xmax, ymax: rect.ymax)
            shapes.append(("country", countryName, .country, try closed.boundary()))
        }
        shapes += try areas.map { ($0.boundary.id, $0.boundary.name, $0.level, try $0.shape.boundary()) }
        var borders: [ContextBorder] = []
        var drawn: Geometry?
        for shape in shapes {
            let own = try drawn.map { try shape.outline.difference($0) } ?? shape.outline
            let lines = try projection.lines(own, inside: rect).filter { $0.count >= 2 }
            if !lines.isEmpty { borders.append(ContextBorder(id: shape.id, name: shape.name, level: shape.level, lines: lines)) }
            let near = try shape.outline.buffer(sliverMetres, quadrantSegments: 2)
            drawn = try drawn.map { try $0.union(near) } ?? near
        }
        let shown = towns.map { r in
            ContextTown(id: r.id, name: r.name, at: LonLat(lon: r.longitude, lat: r.latitude).onOutputGrid, population: r.population,
                        onWarMap: warPlaceIDs.contains(r.id))
        }.sorted { ($1.population, $0.id) < ($0.population, $1.id) }
        return MapContext(view: view, reach: reach, borders: borders, areaLabels: labels, towns: shown,
                          inset: try inset(boundaries, projection: projection), attribution: attribution)
    }

    /// Every governorate, simplified for a small picture of the whole country.
    static func inset(_ boundaries: [AdminBoundary], projection: ContextProjection) throws -> [ContextArea] {
        try boundaries.filter { $0.level == .governorate }.sorted { $0.id < $1.id }.compactMap { b in
            guard let g = try projection.polygons(b.polygons)?.simplified(tolerance: insetToleranceMetres) else { return nil }
            let polygons = try projection.lonLatPolygons(g)
            return polygons.isEmpty ? nil : ContextArea(id: b.id, name: b.name, polygons: polygons)
        }
    }

    /// Whether an outline's lon/lat box meets `box` (a cheap test before any projection).
    static func overlaps(_ b: AdminBoundary, _ box: MapBounds) -> Bool {
        guard let outline = MapBounds(covering: b.polygons.flatMap { $0.first ?? [] }) else { return false }
        return outline.west <= box.east && box.west <= outline.east && outline.south <= box.north && box.south <= outline.north
    }
}

/// The context's way between lon/lat and the map's metres: PROJ one way and back, GEOS in between,
/// positions back on the output grid with repeats dropped.
struct ContextProjection {
    let geos: GeosContext
    let transformation: Transformation

    init(crs: String) throws {
        geos = try GeosContext()
        transformation = try Transformation(from: "EPSG:4326", to: crs, context: ProjContext())
    }

    /// The projected rectangle holding `box`, its edges sampled (a lon/lat box is curved in metres).
    func rectangle(_ box: MapBounds) throws -> (xmin: Double, ymin: Double, xmax: Double, ymax: Double) {
        var xs: [Double] = [], ys: [Double] = []
        for i in 0...8 {
            let t = Double(i) / 8
            let lon = box.west + (box.east - box.west) * t, lat = box.south + (box.north - box.south) * t
            xs += [lon, lon, box.west, box.east]
            ys += [box.south, box.north, lat, lat]
        }
        try transformation.forward(&xs, &ys)
        return (xs.min()!, ys.min()!, xs.max()!, ys.max()!)
    }

    /// An outline's polygons in metres, each made valid, as one collection; `nil` when none has a ring.
    func polygons(_ polygons: [[[LonLat]]]) throws -> Geometry? {
        var parts: [Geometry] = []
        for polygon in polygons {
            var rings: [[XY]] = []
            for ring in polygon where ring.count >= 4 {
                var xs = ring.map(\.lon), ys = ring.map(\.lat)
                try transformation.forward(&xs, &ys)
                rings.append(zip(xs, ys).map { ($0, $1) })
            }
            guard !rings.isEmpty else { continue }
            parts.append(try Geometry.polygon(rings, context: geos).madeValid())
        }
        return parts.isEmpty ? nil : try Geometry.collection(.collection, parts, context: geos).unaryUnion()
    }

    /// The lines of `outline` strictly inside `rect`: the cut along the rectangle's edges (which is
    /// no border) falls just outside a rectangle shrunk by a few metres, and is left out. (A few, not
    /// one: the country's closing buffers bring the cut back up to a metre and a bit inside, the
    /// error of GEOS's arcs of 8 segments a quadrant at `sliverMetres`.)
    func lines(_ outline: Geometry, inside rect: (xmin: Double, ymin: Double, xmax: Double, ymax: Double)) throws -> [[LonLat]] {
        let m = 5.0
        let cut = try outline.clip(xmin: rect.xmin + m, ymin: rect.ymin + m, xmax: rect.xmax - m, ymax: rect.ymax - m)
        return try cut.lines().compactMap { line in
            let points = try lonLat(line)
            return points.count >= 2 ? points : nil
        }
    }

    /// Polygons in lon/lat on the output grid, shells counter-clockwise and holes clockwise (RFC 7946
    /// §3.1.6); rings that collapse on the grid are dropped.
    func lonLatPolygons(_ g: Geometry) throws -> [[[LonLat]]] {
        try g.polygons().compactMap { polygon -> [[LonLat]]? in
            var rings: [[LonLat]] = []
            for (i, ring) in polygon.enumerated() {
                var r = try lonLat(ring)
                guard r.count >= 4 else { if i == 0 { return nil } else { continue } }
                let open = r.dropLast().map { (x: $0.lon, y: $0.lat) }
                if (Planar.signedArea(Array(open)) < 0) == (i == 0) { r.reverse() }
                rings.append(r)
            }
            return rings.isEmpty ? nil : rings
        }
    }

    /// Metres back to lon/lat on the output grid, repeated positions dropped.
    func lonLat(_ points: [XY]) throws -> [LonLat] {
        var xs = points.map(\.x), ys = points.map(\.y)
        try transformation.inverse(&xs, &ys)
        var out: [LonLat] = []
        out.reserveCapacity(points.count)
        for (x, y) in zip(xs, ys) {
            let p = LonLat(lon: x, lat: y).onOutputGrid
            if p != out.last { out.append(p) }
        }
        return out
    }

    func lonLat(_ p: XY) throws -> LonLat { try lonLat([p])[0] }
}
