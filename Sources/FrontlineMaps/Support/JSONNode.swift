/// A parsed JSON value, as `JSONReader` returns it: how Frontline reads back GeoJSON (day files for
/// the render stage, the gazetteer's boundaries).
///
/// Objects keep their members in file order as pairs (they are small, so a linear lookup beats
/// hashing), and numbers are `Double`s: everything a day file holds.
enum JSONNode: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([(String, JSONNode)])

    static func == (a: JSONNode, b: JSONNode) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The member `key` of an object (the first, if repeated); `nil` otherwise.
    subscript(key: String) -> JSONNode? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    var string: String? { if case let .string(s) = self { return s } else { return nil } }
    var number: Double? { if case let .number(n) = self { return n } else { return nil } }
    var bool: Bool? { if case let .bool(b) = self { return b } else { return nil } }
    var array: [JSONNode]? { if case let .array(a) = self { return a } else { return nil } }
}
