/// A longitude/latitude pair in degrees (EPSG:4326, longitude first).
public struct Coordinate: Hashable, Sendable {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// A feature's geometry, in whichever form the caller already has it. All are EPSG:4326, longitude
/// first; the writer converts each to the layer's geometry type (a Polygon into a MultiPolygon layer
/// becomes a one-part MultiPolygon) and refuses what does not fit.
public enum FeatureGeometry: Hashable, Sendable {
    /// ISO or OGC well-known binary.
    case wkb([UInt8])
    /// Well-known text.
    case wkt(String)
    /// A GeoJSON geometry object (RFC 7946 section 3.1), as the GeoJSON writers already serialise it.
    case geoJSON(String)
    case point(Coordinate)
    case lineString([Coordinate])
    case multiLineString([[Coordinate]])
    /// Rings, the outer first; each ring closed (first coordinate repeated last).
    case polygon([[Coordinate]])
    case multiPolygon([[[Coordinate]]])
}

/// The geometry type of a layer; `none` for a table without geometry.
public enum GeometryType: String, Hashable, Sendable {
    case point, lineString, polygon, multiPoint, multiLineString, multiPolygon, none
}
