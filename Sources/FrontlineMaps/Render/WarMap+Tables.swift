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
    /// The GeoJSON geometry object, as the files serialise it (micro-degree precision).
    public var geometry: String
}

extension WarMap {
    /// The places, territory, fronts and events layers as rows, in `QgisLayer.allCases` order; the rows
    /// of each are the features of its GeoJSON file (`QgisLayer.fileName`), in the same order.
    public func tables() -> [MapTable] {
        QgisLayer.allCases.map(table)
    }

    /// One layer as rows: a long war's layers are hundreds of MB each, so a writer that can takes one
    /// at a time.
    public func table(_ layer: QgisLayer) -> MapTable {
        let layers = GeoJSONLayers(self)
        func text(_ g: GeometryBytes) -> String { String(decoding: g.bytes, as: UTF8.self) }
        switch layer {
        case .territory:
            return MapTable(layer: layer, rows: territoryPeriods.map { piece in
                let (props, bytes, _) = layers.territoryFeature(piece.territory)
                return MapTableRow(properties: props + layers.period(tile: piece.tile, start: piece.start, end: piece.end),
                                   geometry: String(decoding: bytes, as: UTF8.self))
            })
        case .fronts:
            return MapTable(layer: layer, rows: frontPeriods.map { piece in
                let (props, bytes, _) = layers.frontFeature(piece.front)
                return MapTableRow(properties: props + layers.period(tile: piece.tile, start: piece.start, end: piece.end),
                                   geometry: String(decoding: bytes, as: UTF8.self))
            })
        case .places:
            var rows: [MapTableRow] = []
            for (i, t) in timeline.places.enumerated() {
                var g = GeometryBytes()
                g.point(layers.placeE6[i])
                let point = text(g)
                for p in t.periods {
                    rows.append(MapTableRow(properties: layers.timelinePlaceProperties(i, p), geometry: point))
                }
            }
            return MapTable(layer: layer, rows: rows)
        case .events:
            return MapTable(layer: layer, rows: events.map { e in
                var g = GeometryBytes()
                g.point(GeometryBytes.e6(e.position))
                return MapTableRow(properties: GeoJSONLayers.eventProperties(e.event), geometry: text(g))
            })
        }
    }
}
