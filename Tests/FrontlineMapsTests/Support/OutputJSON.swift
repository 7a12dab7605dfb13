import Foundation

@testable import FrontlineMaps

/// The one reader tests use for the JSON Frontline writes: the library's own RFC 8259 parser into
/// typed values, so a changed schema fails the test that reads it (`#require`), never the whole run
/// (as a forced cast would).
enum OutputJSON {
    /// The parsed file.
    /// - Throws: `FrontlineError` when the bytes are not JSON.
    static func parse(_ data: Data) throws -> JSONNode { try JSONReader.parse(data) }

    /// The features of a FeatureCollection, empty when it is not one.
    static func features(_ data: Data) throws -> [JSONNode] { try parse(data)["features"]?.array ?? [] }

    /// A feature's properties as text where they are strings (`nil` for null or absent).
    static func text(_ feature: JSONNode, _ key: String) -> String? { feature["properties"]?[key]?.string }

    /// The features of a written GeoJSON file, typed.
    /// - Throws: `FrontlineError` when the bytes are not JSON.
    static func typedFeatures(_ data: Data) throws -> [Feature] { try features(data).map(Feature.init) }

    /// One feature of a written file, read through accessors that give `nil` (never crash) when the
    /// file holds something else.
    struct Feature {
        let node: JSONNode

        var properties: JSONNode { node["properties"] ?? .null }
        var kind: String? { text(LayerSchema.kind) }
        func text(_ key: String) -> String? { properties[key]?.string }
        func number(_ key: String) -> Double? { properties[key]?.number }
        func isNull(_ key: String) -> Bool { properties[key] == .null }
        func has(_ key: String) -> Bool { properties[key] != nil }
        func strings(_ key: String) -> [String]? { properties[key]?.array?.compactMap(\.string) }

        var geometryType: String? { node["geometry"]?["type"]?.string }
        /// A Point's position as `[lon, lat]`; empty for another geometry.
        var point: [Double] { numbers(node["geometry"]?["coordinates"]) }
        /// A MultiPolygon's polygons → rings → positions → `[lon, lat]`.
        var polygons: [[[[Double]]]] {
            (node["geometry"]?["coordinates"]?.array ?? []).map { polygon in
                (polygon.array ?? []).map { ring in (ring.array ?? []).map(numbers) }
            }
        }

        private func numbers(_ node: JSONNode?) -> [Double] { (node?.array ?? []).compactMap(\.number) }
    }

    /// What a day file shows, read back as a picture's frame: territories, fronts, places and events
    /// by their `kind`, and the file's `bbox`. Unknown kinds and geometry types are skipped.
    /// - Throws: `FrontlineError` when the data is not JSON.
    static func frame(day: Day, dayFile data: Data) throws -> MapFrame {
        let root = try parse(data)
        var frame = MapFrame(day: day, bbox: MapBounds(west: 0, south: 0, east: 0, north: 0))
        var points: [LonLat] = []
        for feature in root["features"]?.array ?? [] {
            let properties = feature["properties"] ?? .null
            let geometry = feature["geometry"] ?? .null
            let type = geometry["type"]?.string ?? ""
            let coordinates = geometry["coordinates"] ?? .null
            func text(_ key: String) -> String? { properties[key]?.string }
            func flag(_ key: String) -> Bool { properties[key]?.bool ?? false }
            switch text(LayerSchema.kind) {
            case LayerSchema.Kind.place:
                guard type == "Point", let at = position(coordinates) else { continue }
                points.append(at)
                frame.places.append(
                    MapPlace(
                        id: text(LayerSchema.placeID) ?? "", name: text(LayerSchema.name) ?? "", at: at,
                        side: text(LayerSchema.side) ?? "unknown", attacked: flag(LayerSchema.attacked),
                        besieged: flag(LayerSchema.besieged), struck: flag(LayerSchema.struck)))
            case LayerSchema.Kind.territory:
                guard type == "MultiPolygon" else { continue }
                let polygons = (coordinates.array ?? []).map(rings)
                points += polygons.flatMap { $0.first ?? [] }
                frame.territories.append(MapTerritory(side: text(LayerSchema.side) ?? "unknown", polygons: polygons))
            case LayerSchema.Kind.front:
                guard type == "MultiLineString" else { continue }
                frame.fronts.append(
                    MapFront(
                        sides: (properties[LayerSchema.sides]?.array ?? []).compactMap(\.string),
                        lines: (coordinates.array ?? []).map(line)))
            case LayerSchema.Kind.event:
                guard type == "Point", let at = position(coordinates) else { continue }
                let deaths = properties[LayerSchema.fatalitiesBest]?.number.map { Int($0) }
                frame.events.append(
                    MapEvent(
                        type: text(LayerSchema.eventType) ?? "event", at: at, fatalities: deaths,
                        certainty: text(LayerSchema.certainty), place: text(LayerSchema.name),
                        sentence: text(LayerSchema.sourceSentence)))
            default:
                continue
            }
        }
        if let bbox = root["bbox"]?.array.flatMap({ MapBounds($0.compactMap(\.number)) }) {
            frame.bbox = bbox
        } else if let covering = MapBounds(covering: points) {
            frame.bbox = covering
        }
        return frame
    }

    static func position(_ node: JSONNode) -> LonLat? {
        guard let pair = node.array, pair.count >= 2, let lon = pair[0].number, let lat = pair[1].number else {
            return nil
        }
        return LonLat(lon: lon, lat: lat)
    }

    static func line(_ node: JSONNode) -> [LonLat] { (node.array ?? []).compactMap(position) }

    static func rings(_ node: JSONNode) -> [[LonLat]] { (node.array ?? []).map(line) }
}
