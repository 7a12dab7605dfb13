/// RFC 7946 building blocks over `JSONValue`: positions are lon/lat, 6 decimals, no `crs` member.
public enum GeoJSON {
    /// A position, RFC 7946 §3.1.1.
    public static func position(_ p: LonLat) -> JSONValue { .array([.coordinate(p.lon), .coordinate(p.lat)]) }

    /// A Point geometry, RFC 7946 §3.1.2.
    public static func point(_ p: LonLat) -> JSONValue {
        .object([("type", "Point"), ("coordinates", position(p))])
    }

    /// A Feature, RFC 7946 §3.2. `geometry` may be `.null` (an unlocated feature).
    public static func feature(geometry: JSONValue, properties: [(String, JSONValue)]) -> JSONValue {
        .object([("type", "Feature"), ("properties", .object(properties)), ("geometry", geometry)])
    }

    /// A FeatureCollection, RFC 7946 §3.3, with an optional `bbox` (§5) and extra foreign members
    /// (e.g. `frontline` metadata: date, attribution, unresolved places).
    public static func collection(_ features: [JSONValue], bbox: [Double]? = nil, foreign: [(String, JSONValue)] = [])
        -> JSONValue
    {
        var members: [(String, JSONValue)] = [("type", "FeatureCollection")]
        if let bbox { members.append(("bbox", .array(bbox.map(JSONValue.coordinate)))) }
        members += foreign
        members.append(("features", .array(features)))
        return .object(members)
    }

    /// Serialized file content: one feature per line so diffs of committed maps stay readable.
    public static func fileText(_ collection: JSONValue) -> String {
        guard case let .object(members) = collection else { return collection.serialized() + "\n" }
        var out = "{"
        for (i, (k, v)) in members.enumerated() {
            if i > 0 { out += "," }
            out += "\n"
            JSONValue.escape(k, into: &out)
            out += ":"
            if k == "features", case let .array(features) = v {
                out += "["
                for (j, f) in features.enumerated() {
                    out += j == 0 ? "\n" : ",\n"
                    f.write(to: &out)
                }
                out += "\n]"
            } else {
                v.write(to: &out)
            }
        }
        out += "\n}\n"
        return out
    }
}
