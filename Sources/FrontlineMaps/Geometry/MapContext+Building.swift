import Geos
import Proj

extension MapContext {
    /// Simplification of the inset's country (metres): an inset a couple of hundred pixels wide shows
    /// a country the size of the seed's at about four kilometres a pixel.
    static let insetToleranceMetres = 4_000.0
    /// Two outlines nearer than this are one border drawn twice (separately simplified neighbours
    /// differ by up to the simplification and the source's own 50 m).
    static let sliverMetres = 250.0

    /// The context of a map: the gazetteer's outlines cut to `reach` and simplified in metres of `crs`
    /// (Douglas–Peucker through GEOS, then made valid), its towns, and the coarse country for the inset.
    /// - Parameters:
    ///   - towns: the records to draw as towns (the resolver's populated places in `reach`).
    ///   - warPlaceIDs: the ids of the places the war's layers draw.
    ///   - tolerance: simplification in metres, about a pixel of the pictures.
    ///   - countryName: the name of the country the governorates make up (the gazetteer's country record).
    /// - Throws: `ProjError` when `crs` cannot hold the outlines, `GeosError` when GEOS fails.
    static func build(
        view: MapBounds, reach: MapBounds, boundaries: [AdminBoundary], towns: [GazetteerRecord],
        warPlaceIDs: Set<String>,
        crs: String, tolerance: Double, countryName: String, attribution: String
    ) throws -> MapContext {
        guard !boundaries.isEmpty || !towns.isEmpty else { return .empty(view: view) }
        let projection = try ContextProjection(crs: crs)
        let rect = try projection.rectangle(reach), inner = try projection.rectangle(view)
        // Labels keep clear of the view's edges by a twentieth of its size.
        let margin = min(inner.xmax - inner.xmin, inner.ymax - inner.ymin) / 20
        let labelRect = (
            xmin: inner.xmin + margin, ymin: inner.ymin + margin, xmax: inner.xmax - margin, ymax: inner.ymax - margin
        )
        let areas = try cutAreas(boundaries, reach: reach, rect: rect, projection: projection, tolerance: tolerance)
        var labels: [ContextAreaLabel] = []
        for a in areas where a.level == .governorate {
            let visible = try a.shape.clip(
                xmin: labelRect.xmin, ymin: labelRect.ymin, xmax: labelRect.xmax, ymax: labelRect.ymax)
            if try !visible.polygons().isEmpty, let p = try visible.pointOnSurface().points().first {
                labels.append(
                    ContextAreaLabel(
                        id: a.boundary.id, name: a.boundary.name, level: a.level, at: try projection.lonLat(p)))
            }
        }
        var outlines = try areas.map {
            BorderDeduplication.Outline(
                id: $0.boundary.id, name: $0.boundary.name, level: $0.level,
                lines: try projection.cutLines($0.shape, inside: rect))
        }
        // The country's border: the governorates' outer edges (those near no other governorate).
        let country = BorderDeduplication.outerEdges(outlines.filter { $0.level == .governorate }, within: sliverMetres)
        if !country.isEmpty {
            outlines.insert(.init(id: "country", name: countryName, level: .country, lines: country), at: 0)
        }
        var borders: [ContextBorder] = []
        for o in BorderDeduplication.unique(outlines, within: sliverMetres) {
            let lines = try o.lines.map { try projection.lonLat($0) }.filter { $0.count >= 2 }
            if !lines.isEmpty { borders.append(ContextBorder(id: o.id, name: o.name, level: o.level, lines: lines)) }
        }
        let shown = towns.map { r in
            ContextTown(
                id: r.id, name: r.name, at: LonLat(lon: r.longitude, lat: r.latitude).onOutputGrid,
                population: r.population,
                onWarMap: warPlaceIDs.contains(r.id))
        }.sorted { ($1.population, $0.id) < ($0.population, $1.id) }
        return MapContext(
            view: view, reach: reach, borders: borders, areaLabels: labels, towns: shown,
            inset: try inset(boundaries, projection: projection), attribution: attribution)
    }

    /// Each outline (governorates first, then districts, by id) that reaches `rect`, cut to it and
    /// simplified; cut again after simplifying, so every cut lies exactly on the rectangle (and is
    /// left out of the border lines).
    static func cutAreas(
        _ boundaries: [AdminBoundary], reach: MapBounds, rect: ContextProjection.Rect, projection: ContextProjection,
        tolerance: Double
    ) throws -> [(boundary: AdminBoundary, level: ContextLevel, shape: Geometry)] {
        let ordered = boundaries.sorted {
            ($0.level == .governorate ? 0 : 1, $0.id) < ($1.level == .governorate ? 0 : 1, $1.id)
        }
        var areas: [(boundary: AdminBoundary, level: ContextLevel, shape: Geometry)] = []
        for b in ordered where overlaps(b, reach) {
            // Cut in lon/lat first (to a box a tenth larger, so the cut's own edges fall outside `rect`):
            // only what is near the map is projected.
            let near = reach.padded(by: 0.1, minimumDegrees: 0)
            let parts = try projection.parts(b.polygons.map { $0.map { ContextProjection.cut($0, to: near) } })
                .map { try $0.clip(xmin: rect.xmin, ymin: rect.ymin, xmax: rect.xmax, ymax: rect.ymax) }
            let kept = try parts.filter { try !$0.polygons().isEmpty }.map { try $0.madeValid() }
            guard !kept.isEmpty else { continue }
            let area = try Geometry.collection(.collection, kept, context: projection.geos).unaryUnion()
            // Plain Douglas–Peucker, then made valid: GEOS's topology-preserving kind took ten times as long.
            let shape = try area.simplifiedQuickly(tolerance: tolerance).madeValid().clip(
                xmin: rect.xmin, ymin: rect.ymin, xmax: rect.xmax, ymax: rect.ymax)
            areas.append((b, b.level == .governorate ? .governorate : .district, shape))
        }
        return areas
    }

    /// Every governorate, simplified for a small picture of the whole country (each part simplified
    /// before it is made valid: the full outlines are large, the simplified ones small).
    static func inset(_ boundaries: [AdminBoundary], projection: ContextProjection) throws -> [ContextArea] {
        try boundaries.filter { $0.level == .governorate }.sorted { $0.id < $1.id }.compactMap { b in
            // Vertices closer than a tenth of the tolerance to the last one kept cannot change the result.
            let thinned = b.polygons.map {
                $0.map { ContextProjection.thinned($0, degrees: insetToleranceMetres / 10 / 111_000) }
            }
            let parts = try projection.parts(thinned).map {
                try $0.simplifiedQuickly(tolerance: insetToleranceMetres).madeValid()
            }
            guard !parts.isEmpty else { return nil }
            let polygons = try projection.lonLatPolygons(
                Geometry.collection(.collection, parts, context: projection.geos))
            return polygons.isEmpty ? nil : ContextArea(id: b.id, name: b.name, polygons: polygons)
        }
    }

    /// Whether an outline's lon/lat box meets `box` (a cheap test before any projection).
    static func overlaps(_ b: AdminBoundary, _ box: MapBounds) -> Bool {
        guard let outline = MapBounds(covering: b.polygons.flatMap { $0.first ?? [] }) else { return false }
        return outline.west <= box.east && box.west <= outline.east && outline.south <= box.north
            && box.south <= outline.north
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
    func rectangle(_ box: MapBounds) throws -> Rect {
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

    typealias Rect = (xmin: Double, ymin: Double, xmax: Double, ymax: Double)

    /// An outline's polygons in metres, one GEOS polygon each, as the record has them (not yet
    /// made valid: that is done on the much smaller cut or simplified parts).
    func parts(_ polygons: [[[LonLat]]]) throws -> [Geometry] {
        var parts: [Geometry] = []
        for polygon in polygons {
            // A polygon whose shell was cut away is gone, holes and all.
            guard let shell = polygon.first, shell.count >= 4 else { continue }
            var rings: [[XY]] = []
            for ring in polygon where ring.count >= 4 {
                var xs = ring.map(\.lon), ys = ring.map(\.lat)
                try transformation.forward(&xs, &ys)
                rings.append(zip(xs, ys).map { ($0, $1) })
            }
            if !rings.isEmpty { parts.append(try Geometry.polygon(rings, context: geos)) }
        }
        return parts
    }

    /// The rings of the polygons of `shape` (cut to `rect`) as lines, in metres, without the stretches
    /// that run along the rectangle's edges: the cut is no border.
    func cutLines(_ shape: Geometry, inside rect: Rect) throws -> [[XY]] {
        func onEdge(_ a: XY, _ b: XY) -> Bool {
            let m = 1.0
            return (abs(a.x - rect.xmin) < m && abs(b.x - rect.xmin) < m)
                || (abs(a.x - rect.xmax) < m && abs(b.x - rect.xmax) < m)
                || (abs(a.y - rect.ymin) < m && abs(b.y - rect.ymin) < m)
                || (abs(a.y - rect.ymax) < m && abs(b.y - rect.ymax) < m)
        }
        var lines: [[XY]] = []
        for polygon in try shape.polygons() {
            for ring in polygon {
                var run: [XY] = []
                for (a, b) in zip(ring, ring.dropFirst()) {
                    if onEdge(a, b) {
                        if run.count >= 2 { lines.append(run) }
                        run = []
                    } else {
                        if run.isEmpty { run.append(a) }
                        run.append(b)
                    }
                }
                if run.count >= 2 { lines.append(run) }
            }
        }
        return lines
    }

    /// A closed ring cut to `box` (Sutherland–Hodgman, one box edge at a time), closed again; empty
    /// when nothing is left. Where the ring leaves and re-enters the box the result runs along the
    /// box's edge: the caller cuts to a smaller box after projecting, which removes those runs.
    static func cut(_ ring: [LonLat], to box: MapBounds) -> [LonLat] {
        guard let outline = MapBounds(covering: ring) else { return [] }
        if outline.west >= box.west, outline.east <= box.east, outline.south >= box.south, outline.north <= box.north {
            return ring
        }
        if outline.east < box.west || outline.west > box.east || outline.north < box.south || outline.south > box.north
        {
            return []
        }
        var points = Array(ring.dropLast())
        let edges: [(inside: (LonLat) -> Bool, cross: (LonLat, LonLat) -> LonLat)] = [
            ({ $0.lon >= box.west }, { a, b in at(a, b, lon: box.west) }),
            ({ $0.lon <= box.east }, { a, b in at(a, b, lon: box.east) }),
            ({ $0.lat >= box.south }, { a, b in at(a, b, lat: box.south) }),
            ({ $0.lat <= box.north }, { a, b in at(a, b, lat: box.north) }),
        ]
        for edge in edges {
            guard let last = points.last else { return [] }
            var out: [LonLat] = []
            var previous = last
            for p in points {
                if edge.inside(p) {
                    if !edge.inside(previous) { out.append(edge.cross(previous, p)) }
                    out.append(p)
                } else if edge.inside(previous) {
                    out.append(edge.cross(previous, p))
                }
                previous = p
            }
            points = out
        }
        return points.count >= 3 ? points + [points[0]] : []
    }

    static func at(_ a: LonLat, _ b: LonLat, lon: Double) -> LonLat {
        LonLat(lon: lon, lat: a.lat + (b.lat - a.lat) * (lon - a.lon) / (b.lon - a.lon))
    }

    static func at(_ a: LonLat, _ b: LonLat, lat: Double) -> LonLat {
        LonLat(lon: a.lon + (b.lon - a.lon) * (lat - a.lat) / (b.lat - a.lat), lat: lat)
    }

    /// A closed ring without the vertices nearer than `degrees` (in both directions) to the last one
    /// kept: a subset of its vertices, for a simplification far coarser than that to start from.
    static func thinned(_ ring: [LonLat], degrees: Double) -> [LonLat] {
        guard let first = ring.first else { return [] }
        var out = [first]
        for p in ring.dropFirst().dropLast()
        where abs(p.lon - out.last!.lon) > degrees || abs(p.lat - out.last!.lat) > degrees { out.append(p) }
        out.append(ring.last!)
        return out.count >= 4 ? out : ring
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
