import CGDAL
import Foundation

/// Writes `VectorLayer`s through GDAL/OGR: a GeoPackage, FlatGeobuf files or a PostGIS schema.
///
/// Every destination is all-or-nothing: files are written beside their target and renamed over it,
/// the database is changed in one transaction. Coordinates are EPSG:4326, longitude first. Date fields
/// become real Date columns and every geometry column gets a spatial index. The writer never prints:
/// GDAL's messages are captured on the calling thread and carried by the thrown `GdalError`.
public enum GdalVectorWriter {
    /// Writes `layers` to `destination`, replacing what was there.
    /// - Throws: `GdalError.unavailable` when libgdal cannot be loaded; `GdalError.invalidInput` before anything is written when a layer breaks a rule (names,
    ///   value types, geometry types); `GdalError.connection` for a PostgreSQL server that cannot be
    ///   reached (one line naming what to fix); `GdalError.database`, `.library` or `.io` when writing
    ///   fails, in which case the previous file or schema is left as it was.
    public static func write(_ layers: [VectorLayer], to destination: VectorDestination) throws {
        try GdalRuntime.load()
        try validate(layers)
        try ErrorTrap.run { trap in
            switch destination {
            case let .geoPackage(url):
                try writeGeoPackage(layers, to: url, trap: trap)
            case let .flatGeobuf(directory):
                try writeFlatGeobuf(layers, in: directory, trap: trap)
            case let .postGIS(connection, schema):
                try writePostGIS(layers, connection: connection, schema: schema, trap: trap)
            }
        }
    }

    /// Writes a GeoPackage of `layerCount` layers that `makeLayer` makes one at a time (each is
    /// validated, written and dropped before the next is made), for layers too large to hold together.
    /// Like `write(_:to:)` with `.geoPackage`, all or nothing: any failure leaves the previous file.
    /// - Throws: as `write(_:to:)`, and whatever `makeLayer` throws.
    public static func writeGeoPackage(layerCount: Int, to url: URL, _ makeLayer: (Int) throws -> VectorLayer) throws {
        try writeGeoPackage(layerCount: layerCount, to: url, streaming: { StreamedLayer(try makeLayer($0)) })
    }

    /// Writes a GeoPackage of `layerCount` layers whose features `makeLayer`'s layers make while they
    /// are written (each checked as it comes), so no layer is ever held whole: memory stays that of
    /// one feature plus SQLite's page cache, however long the war. All or nothing, as `write(_:to:)`.
    /// - Throws: as `write(_:to:)`, and whatever `makeLayer` or a layer's feature source throws.
    public static func writeGeoPackage(layerCount: Int, to url: URL, streaming makeLayer: (Int) throws -> StreamedLayer)
        throws
    {
        guard layerCount > 0 else { throw GdalError.invalidInput("no layers to write") }
        try ErrorTrap.run { trap in try writeGeoPackage(layerCount: layerCount, makeLayer, to: url, trap: trap) }
    }

    /// The geometry column every destination uses, named the same everywhere so styles and queries
    /// carry over.
    static let geometryColumn = "geom"
    /// The feature-id column.
    static let fidColumn = "fid"

    /// Creates `layer` in `dataset` with `options` and writes its fields and features.
    static func add(
        _ layer: VectorLayer, to dataset: Dataset, srs: SpatialReference, options: [String], trap: ErrorTrap
    ) throws {
        let ogrLayer = try create(layer, in: dataset, srs: srs, options: options, trap: trap)
        for (n, item) in layer.features.enumerated() {
            try write(item, number: n, of: layer, to: ogrLayer, trap: trap)
        }
    }

    /// Creates `layer` in `dataset` with `options` and its fields, without features.
    static func create(
        _ layer: VectorLayer, in dataset: Dataset, srs: SpatialReference, options: [String], trap: ErrorTrap
    ) throws -> Layer {
        let spatial = layer.geometryType != .none
        let ogrLayer = try dataset.createLayer(
            name: layer.name, srs: spatial ? srs : nil, type: layer.geometryType.ogr, options: options, trap: trap)
        for field in layer.fields {
            try ogrLayer.addField(name: field.name, type: field.kind.ogr, trap: trap)
        }
        return ogrLayer
    }

    /// Writes feature number `n` of `layer` (already validated) into `ogrLayer`. The OGR feature and
    /// geometry are destroyed before this returns: OGR copies both on write, so nothing per feature
    /// outlives it however many are written.
    static func write(_ item: VectorFeature, number n: Int, of layer: VectorLayer, to ogrLayer: Layer, trap: ErrorTrap)
        throws
    {
        let feature = try ogrLayer.makeFeature()
        if let geometry = item.geometry {
            let handle = try ogrGeometry(geometry, trap: trap)
            let wanted = layer.geometryType.ogr
            if handle.flatType != wanted { handle.force(to: wanted) }
            guard handle.flatType == wanted else {
                throw GdalError.invalidInput(
                    "layer \(layer.name), feature \(n): a \(String(cString: OGRGeometryTypeToName(handle.flatType))) "
                        + "does not fit a \(layer.geometryType.rawValue) layer")
            }
            try feature.setGeometry(handle, trap: trap)
        }
        for (i, value) in item.values.enumerated() {
            feature.set(Int32(i), value)
        }
        try ogrLayer.create(feature, trap: trap)
    }

    /// The OGR geometry for any of the accepted forms.
    static func ogrGeometry(_ geometry: FeatureGeometry, trap: ErrorTrap) throws -> OGRGeometryHandle {
        switch geometry {
        case let .wkt(text): return try OGRGeometryHandle.wkt(text, trap: trap)
        case let .geoJSON(text): return try OGRGeometryHandle.geoJSON(text, trap: trap)
        default:
            guard let bytes = try geometry.encodedWKB() else {
                throw GdalError.invalidInput("geometry has no WKB form")
            }
            return try OGRGeometryHandle.wkb(bytes, trap: trap)
        }
    }
}

extension GeometryType {
    /// The OGR geometry type (2D).
    var ogr: OGRwkbGeometryType {
        switch self {
        case .point: return wkbPoint
        case .lineString: return wkbLineString
        case .polygon: return wkbPolygon
        case .multiPoint: return wkbMultiPoint
        case .multiLineString: return wkbMultiLineString
        case .multiPolygon: return wkbMultiPolygon
        case .none: return wkbNone
        }
    }
}

extension Field.Kind {
    /// The OGR field type: 64-bit integers, doubles, and `OFTDate` for days.
    var ogr: OGRFieldType {
        switch self {
        case .string: return OFTString
        case .integer: return OFTInteger64
        case .real: return OFTReal
        case .date: return OFTDate
        }
    }
}
