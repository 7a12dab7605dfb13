import Foundation

/// Where lon/lat positions land on a picture: an equirectangular projection centred on the map's
/// middle latitude, scaled so the (padded) bounding box fills a fixed-width map area.
///
/// Equirectangular with the cosine of the middle latitude is true to within a fraction of a percent
/// across a province-sized area, needs no PROJ call per vertex, and gives the same pixels on every
/// machine; the scale bar is measured along that latitude.
public struct MapCanvas: Hashable, Sendable {
    /// The lon/lat box the map area shows, padded and widened to a sensible aspect ratio.
    public let bounds: MapBounds
    /// Top-left corner of the map area inside the picture, in pixels.
    public let left: Double, top: Double
    /// Size of the map area in pixels.
    public let width: Double, height: Double
    /// Pixels per degree of latitude; a degree of longitude is this times `cosLat`.
    public let pixelsPerDegree: Double
    public let cosLat: Double

    /// Mean Earth radius (IUGG) in metres: a degree of latitude is `πR/180` ≈ 111.2 km.
    static let earthRadius = 6_371_008.8

    /// Lays out `bbox` (padded by 6 %) in a map area `width` pixels wide whose height stays between
    /// `0.45` and `1.4` times the width; a box outside that range is widened, never cropped.
    public init(bbox: MapBounds, width: Double = 800, left: Double = 16, top: Double = 64) {
        var b = bbox.padded(by: 0.06)
        let cosLat = max(0.05, cos((b.south + b.north) / 2 * .pi / 180))
        var aspect = (b.north - b.south) / ((b.east - b.west) * cosLat)
        if aspect > 1.4 {
            let half = (b.north - b.south) / 1.4 / cosLat / 2, cx = (b.west + b.east) / 2
            b = MapBounds(west: cx - half, south: b.south, east: cx + half, north: b.north)
            aspect = 1.4
        } else if aspect < 0.45 {
            let half = (b.east - b.west) * cosLat * 0.45 / 2, cy = (b.south + b.north) / 2
            b = MapBounds(west: b.west, south: cy - half, east: b.east, north: cy + half)
            aspect = 0.45
        }
        self.bounds = b
        self.cosLat = cosLat
        self.left = left
        self.top = top
        self.width = width
        self.height = (width * aspect).rounded()
        self.pixelsPerDegree = width / ((b.east - b.west) * cosLat)
    }

    /// The pixel position of `p`.
    public func point(_ p: LonLat) -> (x: Double, y: Double) {
        (left + (p.lon - bounds.west) * cosLat * pixelsPerDegree, top + (bounds.north - p.lat) * pixelsPerDegree)
    }

    /// Ground metres one pixel covers, along the middle latitude.
    public var metresPerPixel: Double { MapCanvas.earthRadius * .pi / 180 / pixelsPerDegree }
}
