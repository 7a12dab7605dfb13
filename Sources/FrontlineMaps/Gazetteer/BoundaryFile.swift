import Foundation

/// Reads `boundaries.geojson` (written by gazetteer/build.py) into `AdminBoundary` values.
///
/// Uses the project's own strict reader (`JSONReader`): JSONSerialization boxes every coordinate in
/// an NSNumber and took about a tenth of a second for this file, more than all the map stages.
enum BoundaryFile {
    /// - Throws: `FrontlineError` when the file is not a FeatureCollection of (Multi)Polygons.
    static func read(_ url: URL) throws -> [AdminBoundary] {
        let data = try Data(contentsOf: url)
        let root: JSONNode
        do {
            root = try JSONReader.parse(data)
        } catch {
            throw FrontlineError.data(
                Diagnostic(.error, "\(url.path) is not valid JSON (\(error))"), hint: .rebuildData)
        }
        guard let features = root["features"]?.array else {
            throw FrontlineError.data(
                Diagnostic(.error, "\(url.path) is not a GeoJSON FeatureCollection"), hint: .rebuildData)
        }
        return features.compactMap { feature -> AdminBoundary? in
            guard let properties = feature["properties"], let geometry = feature["geometry"],
                let type = geometry["type"]?.string, let coordinates = geometry["coordinates"]?.array,
                let id = properties["id"]?.string, let name = properties["name"]?.string,
                let level = properties["level"]?.string.flatMap(AdminBoundary.Level.init(rawValue:))
            else { return nil }
            let polygons: [[[LonLat]]]
            switch type {
            case "Polygon": polygons = [rings(coordinates)]
            case "MultiPolygon": polygons = coordinates.map { rings($0.array ?? []) }
            default: return nil
            }
            return AdminBoundary(id: id, name: name, level: level, polygons: polygons)
        }
    }

    private static func rings(_ value: [JSONNode]) -> [[LonLat]] {
        value.map { ring in
            (ring.array ?? []).compactMap { p -> LonLat? in
                guard let pair = p.array, pair.count >= 2, let lon = pair[0].number, let lat = pair[1].number else {
                    return nil
                }
                return LonLat(lon: lon, lat: lat)
            }
        }
    }
}
