import Foundation

extension MapFrame {
    /// The frame a day file shows (`days/YYYY-MM-DD.geojson` as the geometry stage writes it):
    /// territories, fronts, places and events by their `kind`, and the file's `bbox`.
    ///
    /// Pictures are drawn from the very bytes written beside them, so an SVG can never show a
    /// different war from its GeoJSON, and the render stage needs nothing from the geometry's
    /// internals. Unknown kinds and geometry types are skipped, not guessed at.
    /// - Throws: `FrontlineError` when the data is not a FeatureCollection, or `day` is not a day.
    public init(day: Day, dayFile data: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any], root["type"] as? String == "FeatureCollection",
              let features = root["features"] as? [[String: Any]] else {
            throw FrontlineError("the day file of \(day.iso) is not a GeoJSON FeatureCollection")
        }
        var frame = MapFrame(day: day, bbox: MapBounds(west: 0, south: 0, east: 0, north: 0))
        var points: [LonLat] = []
        for feature in features {
            let properties = feature["properties"] as? [String: Any] ?? [:]
            let geometry = feature["geometry"] as? [String: Any] ?? [:]
            let type = geometry["type"] as? String ?? ""
            let coordinates = geometry["coordinates"]
            switch properties["kind"] as? String {
            case "place":
                guard type == "Point", let at = Self.position(coordinates) else { continue }
                points.append(at)
                frame.places.append(MapPlace(
                    id: properties["place_id"] as? String ?? "", name: properties["name"] as? String ?? "", at: at,
                    side: properties["side"] as? String ?? "unknown", attacked: properties["attacked"] as? Bool ?? false,
                    besieged: properties["besieged"] as? Bool ?? false, struck: properties["struck"] as? Bool ?? false))
            case "territory":
                let polygons: [[[LonLat]]]
                switch type {
                case "MultiPolygon": polygons = (coordinates as? [Any] ?? []).map(Self.rings)
                case "Polygon": polygons = [Self.rings(coordinates as Any)]
                default: continue
                }
                points += polygons.flatMap { $0.first ?? [] }
                frame.territories.append(MapTerritory(side: properties["side"] as? String ?? "unknown", polygons: polygons))
            case "front":
                let lines: [[LonLat]]
                switch type {
                case "MultiLineString": lines = (coordinates as? [Any] ?? []).map(Self.line)
                case "LineString": lines = [Self.line(coordinates as Any)]
                default: continue
                }
                frame.fronts.append(MapFront(sides: properties["sides"] as? [String] ?? [], lines: lines))
            case "event":
                guard type == "Point", let at = Self.position(coordinates) else { continue }
                frame.events.append(MapEvent(type: properties["event_type"] as? String ?? "event", at: at,
                                             fatalities: (properties["fatalities_best"] as? NSNumber)?.intValue,
                                             certainty: properties["certainty"] as? String))
            default:
                continue
            }
        }
        if let bbox = (root["bbox"] as? [NSNumber]).flatMap({ MapBounds($0.map(\.doubleValue)) }) {
            frame.bbox = bbox
        } else if let covering = MapBounds(covering: points) {
            frame.bbox = covering
        }
        self = frame
    }

    static func position(_ value: Any?) -> LonLat? {
        guard let pair = value as? [NSNumber], pair.count >= 2 else { return nil }
        return LonLat(lon: pair[0].doubleValue, lat: pair[1].doubleValue)
    }

    static func line(_ value: Any) -> [LonLat] {
        (value as? [Any] ?? []).compactMap(position)
    }

    static func rings(_ value: Any) -> [[LonLat]] {
        (value as? [Any] ?? []).map(line)
    }
}
