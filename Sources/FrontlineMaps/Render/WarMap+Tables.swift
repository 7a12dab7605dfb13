/// One of the four QGIS layers as rows, for writers that are not GeoJSON (GeoPackage, FlatGeobuf,
/// PostGIS): the same features, property names and values as the timeline and events files, so a
/// style or a query written against one works against the other.
public struct MapTable: Sendable {
    /// Which layer: its raw value is the table name, and its QML style is the project's.
    public var layer: QgisLayer
    public var rows: [MapTableRow]
}

/// One feature of a `MapTable`.
public struct MapTableRow: Sendable {
    /// In file order, names from `LayerSchema`.
    public var properties: [(String, JSONValue)]
    /// The geometry as little-endian ISO WKB, at the GeoJSON files' micro-degree precision: each
    /// coordinate is the double nearest the micro-degree value the files print, so a reader of either
    /// gets the same numbers. Binary rather than GeoJSON text because a GIS writer then builds its
    /// geometry without parsing (parsing the text took ~7 s of the 10,000-place war's GeoPackage).
    /// Empty when the rows were asked for without geometry.
    public var geometry: [UInt8]
}

extension WarMap {
    /// The places, territory, fronts and events layers as rows, in `QgisLayer.allCases` order; the rows
    /// of each are the features of its GeoJSON file (`QgisLayer.fileName`), in the same order. Holds
    /// every row at once: for writers that need all layers together (one PostGIS transaction).
    public func tables() -> [MapTable] {
        QgisLayer.allCases.map(table)
    }

    /// One layer as rows.
    public func table(_ layer: QgisLayer) -> MapTable {
        var rows: [MapTableRow] = []
        forEachRow(of: layer) { rows.append($0) }
        return MapTable(layer: layer, rows: rows)
    }

    /// Hands the rows of `layer` to `body` one at a time, in file order, keeping none: a long war's
    /// layers are hundreds of MB each as rows (its events alone ~150 MB), so a writer that can stream
    /// never holds a layer. With `geometry: false` the rows come without geometry (empty WKB), for a
    /// first pass that only looks at the properties.
    public func forEachRow(of layer: QgisLayer, geometry: Bool = true, _ body: (MapTableRow) throws -> Void) rethrows {
        let layers = GeoJSONLayers(self)
        switch layer {
        case .territory:
            for piece in territoryPeriods {
                let t = piece.territory
                var wkb = WKBBytes()
                if geometry { wkb.multiPolygon(grid: t.polygons) }
                try body(
                    MapTableRow(
                        properties: layers.territoryProperties(t)
                            + layers.period(tile: piece.tile, start: piece.start, end: piece.end),
                        geometry: wkb.bytes))
            }
        case .fronts:
            for piece in frontPeriods {
                let f = piece.front
                var wkb = WKBBytes()
                if geometry { wkb.multiLineString(grid: f.lines) }
                try body(
                    MapTableRow(
                        properties: layers.frontProperties(f)
                            + layers.period(tile: piece.tile, start: piece.start, end: piece.end),
                        geometry: wkb.bytes))
            }
        case .places:
            for (i, t) in timeline.places.enumerated() {
                var wkb = WKBBytes()
                if geometry { wkb.point(layers.placeE6[i]) }
                for p in t.periods {
                    try body(MapTableRow(properties: layers.timelinePlaceProperties(i, p), geometry: wkb.bytes))
                }
            }
        case .events:
            for e in events {
                var wkb = WKBBytes()
                if geometry { wkb.point(GeometryBytes.e6(e.position)) }
                try body(MapTableRow(properties: GeoJSONLayers.eventProperties(e.event), geometry: wkb.bytes))
            }
        }
    }
}

/// Little-endian ISO WKB of the shapes the GeoJSON files hold, from the same micro-degree values
/// `GeometryBytes` prints. `Double(n) / 1e6` is the correctly rounded value of n/10⁶, as is a
/// correctly rounding parser's reading of the printed decimal, so both forms give the same doubles.
struct WKBBytes {
    var bytes: [UInt8] = []

    private mutating func word(_ n: Int) {
        withUnsafeBytes(of: UInt32(n).littleEndian) { bytes.append(contentsOf: $0) }
    }

    private mutating func header(_ type: Int) {
        bytes.append(1)  // little-endian
        word(type)
    }

    private mutating func position(_ p: SIMD2<Int64>) {
        withUnsafeBytes(of: (Double(p.x) / 1_000_000).bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: (Double(p.y) / 1_000_000).bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private mutating func positions(_ points: [LonLat]) {
        word(points.count)
        for p in points { position(GeometryBytes.e6(p)) }
    }

    mutating func point(_ p: SIMD2<Int64>) {
        header(1)
        position(p)
    }

    /// A territory's polygons, on the output grid and already cleaned (as `GeometryBytes.multiPolygon(grid:)`).
    mutating func multiPolygon(grid polygons: [[[LonLat]]]) {
        header(6)
        word(polygons.count)
        for polygon in polygons {
            header(3)
            word(polygon.count)
            for ring in polygon { positions(ring) }
        }
    }

    /// A front's lines, on the grid and cleaned (as `GeometryBytes.multiLineString(grid:)`).
    mutating func multiLineString(grid lines: [[LonLat]]) {
        header(5)
        word(lines.count)
        for line in lines {
            header(2)
            positions(line)
        }
    }
}
