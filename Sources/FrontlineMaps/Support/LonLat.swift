/// A WGS84 position in GeoJSON order: the one type for geographic coordinates, from the gazetteer
/// to the pictures. (Projected metres are `XY`, inside the geometry stage only.)
public struct LonLat: Hashable, Sendable {
    public var lon: Double
    public var lat: Double
    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }

    /// The position on the output grid: each coordinate rounded to 6 decimals (≈ 0.1 m), as every
    /// written file holds it, so a picture drawn from the model shows what the GeoJSON says.
    public var onOutputGrid: LonLat {
        LonLat(lon: Double(Microdegrees.round(lon)) / 1_000_000, lat: Double(Microdegrees.round(lat)) / 1_000_000)
    }
}
