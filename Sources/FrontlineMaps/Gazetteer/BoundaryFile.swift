import Foundation

/// Reads `boundaries.geojson` (written by gazetteer/build.py) into `AdminBoundary` values.
enum BoundaryFile {
    /// - Throws: `FrontlineError` when the file is not a FeatureCollection of (Multi)Polygons.
    static func read(_ url: URL) throws -> [AdminBoundary] {
        let data = try Data(contentsOf: url)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let features = root["features"] as? [[String: Any]]
        else {
            throw FrontlineError("\(url.path) is not a GeoJSON FeatureCollection; rebuild it with `make gazetteer`")
        }
        return features.compactMap { feature -> AdminBoundary? in
            guard let properties = feature["properties"] as? [String: Any],
                let geometry = feature["geometry"] as? [String: Any],
                let type = geometry["type"] as? String,
                let coordinates = geometry["coordinates"] as? [Any],
                let id = properties["id"] as? String, let name = properties["name"] as? String,
                let level = (properties["level"] as? String).flatMap(AdminBoundary.Level.init(rawValue:))
            else { return nil }
            let polygons: [[[LonLat]]]
            switch type {
            case "Polygon": polygons = [rings(coordinates)]
            case "MultiPolygon": polygons = coordinates.map { rings($0 as? [Any] ?? []) }
            default: return nil
            }
            return AdminBoundary(id: id, name: name, level: level, polygons: polygons)
        }
    }

    private static func rings(_ value: [Any]) -> [[LonLat]] {
        value.map { ring in
            (ring as? [[Double]] ?? (ring as? [[NSNumber]])?.map { $0.map(\.doubleValue) } ?? [])
                .map { LonLat(lon: $0[0], lat: $0[1]) }
        }
    }
}
