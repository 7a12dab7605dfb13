import Foundation

/// Where `GdalVectorWriter` writes a set of layers.
public enum VectorDestination: Hashable, Sendable {
    /// One GeoPackage file holding every layer, their spatial indexes and their QGIS styles. Written to a
    /// temporary file beside it and renamed over it, so readers see the old file or the new one.
    case geoPackage(URL)
    /// One FlatGeobuf file per layer, `<directory>/<layer>.fgb`, each with its packed R-tree index and
    /// each replaced atomically (the set as a whole is not: FlatGeobuf has one layer per file).
    case flatGeobuf(directory: URL)
    /// One PostgreSQL schema holding every layer, replaced in one transaction: a failure anywhere leaves
    /// the database as it was, and no other schema is touched. `connection` is a libpq connection string
    /// (`postgresql://user@host/db` or `host=… dbname=…`); `schema` follows the layer-name rule.
    case postGIS(connection: String, schema: String)
}
