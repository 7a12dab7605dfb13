/// A lon/lat rectangle (RFC 7946 §5 `bbox` order: west, south, east, north).
///
/// Its own type rather than `[Double]` so a writer cannot mix up the order, and so an empty or
/// degenerate box (one town) can be widened before anything is scaled by its size.
public struct MapBounds: Hashable, Sendable {
    public var west: Double
    public var south: Double
    public var east: Double
    public var north: Double

    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    /// From a GeoJSON `bbox` array `[west, south, east, north]`; `nil` for any other length.
    public init?(_ bbox: [Double]) {
        guard bbox.count == 4 else { return nil }
        self.init(west: bbox[0], south: bbox[1], east: bbox[2], north: bbox[3])
    }

    /// The smallest box holding every point; `nil` when there is none.
    public init?(covering points: [LonLat]) {
        guard let first = points.first else { return nil }
        var b = MapBounds(west: first.lon, south: first.lat, east: first.lon, north: first.lat)
        for p in points.dropFirst() {
            b.west = min(b.west, p.lon)
            b.east = max(b.east, p.lon)
            b.south = min(b.south, p.lat)
            b.north = max(b.north, p.lat)
        }
        self = b
    }

    /// The box grown by `fraction` of its size on every side, and to at least `minimumDegrees` across,
    /// so a single town or a row of towns still gets a map around it.
    public func padded(by fraction: Double, minimumDegrees: Double = 0.05) -> MapBounds {
        let width = max(east - west, minimumDegrees), height = max(north - south, minimumDegrees)
        let cx = (west + east) / 2, cy = (south + north) / 2
        let hw = width * (0.5 + fraction), hh = height * (0.5 + fraction)
        return MapBounds(west: cx - hw, south: cy - hh, east: cx + hw, north: cy + hh)
    }

    /// The box holding both.
    public func union(_ other: MapBounds) -> MapBounds {
        MapBounds(
            west: min(west, other.west), south: min(south, other.south), east: max(east, other.east),
            north: max(north, other.north))
    }
}
