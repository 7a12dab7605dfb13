import Foundation

extension MapFrame {
    /// The frame a day file shows (`days/YYYY-MM-DD.geojson` as the geometry stage writes it):
    /// territories, fronts, places and events by their `kind`, and the file's `bbox`.
    ///
    /// Pictures are drawn from the very bytes written beside them, so an SVG can never show a
    /// different war from its GeoJSON, and the render stage needs nothing from the geometry's
    /// internals. Unknown kinds and geometry types are skipped, not guessed at.
    /// - Throws: `FrontlineError` when the data is not JSON or not a FeatureCollection.
    public init(day: Day, dayFile data: Data) throws {
        let root = try JSONReader.parse(data)
        guard root["type"]?.string == "FeatureCollection", let features = root["features"]?.array else {
            throw FrontlineError("the day file of \(day.iso) is not a GeoJSON FeatureCollection")
        }
        var frame = MapFrame(day: day, bbox: MapBounds(west: 0, south: 0, east: 0, north: 0))
        var points: [LonLat] = []
        for feature in features {
            let properties = feature["properties"] ?? .null
            let geometry = feature["geometry"] ?? .null
            let type = geometry["type"]?.string ?? ""
            let coordinates = geometry["coordinates"] ?? .null
            func text(_ key: String) -> String? { properties[key]?.string }
            func flag(_ key: String) -> Bool { properties[key]?.bool ?? false }
            switch text("kind") {
            case "place":
                guard type == "Point", let at = Self.position(coordinates) else { continue }
                points.append(at)
                frame.places.append(MapPlace(id: text("place_id") ?? "", name: text("name") ?? "", at: at, side: text("side") ?? "unknown",
                                             attacked: flag("attacked"), besieged: flag("besieged"), struck: flag("struck")))
            case "territory":
                let polygons: [[[LonLat]]]
                switch type {
                case "MultiPolygon": polygons = (coordinates.array ?? []).map(Self.rings)
                case "Polygon": polygons = [Self.rings(coordinates)]
                default: continue
                }
                points += polygons.flatMap { $0.first ?? [] }
                frame.territories.append(MapTerritory(side: text("side") ?? "unknown", polygons: polygons))
            case "front":
                let lines: [[LonLat]]
                switch type {
                case "MultiLineString": lines = (coordinates.array ?? []).map(Self.line)
                case "LineString": lines = [Self.line(coordinates)]
                default: continue
                }
                frame.fronts.append(MapFront(sides: (properties["sides"]?.array ?? []).compactMap(\.string), lines: lines))
            case "event":
                guard type == "Point", let at = Self.position(coordinates) else { continue }
                let deaths = properties["fatalities_best"]?.number.flatMap { $0.isFinite && abs($0) < 1e15 ? Int($0) : nil }
                frame.events.append(MapEvent(type: text("event_type") ?? "event", at: at, fatalities: deaths, certainty: text("certainty"),
                                             place: text("name"), sentence: text("source_sentence")))
            default:
                continue
            }
        }
        if let bbox = root["bbox"]?.array.flatMap({ MapBounds($0.compactMap(\.number)) }) {
            frame.bbox = bbox
        } else if let covering = MapBounds(covering: points) {
            frame.bbox = covering
        }
        self = frame
    }

    static func position(_ node: JSONNode) -> LonLat? {
        guard let pair = node.array, pair.count >= 2, let lon = pair[0].number, let lat = pair[1].number else { return nil }
        return LonLat(lon: lon, lat: lat)
    }

    static func line(_ node: JSONNode) -> [LonLat] {
        (node.array ?? []).compactMap(position)
    }

    static func rings(_ node: JSONNode) -> [[LonLat]] {
        (node.array ?? []).map(line)
    }
}
