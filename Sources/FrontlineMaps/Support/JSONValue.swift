/// A JSON value with ordered object members, so every file Frontline writes is byte-for-byte
/// reproducible (Foundation's `JSONSerialization` neither keeps order nor controls number format).
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number written with at most `digits` decimals, trailing zeros trimmed. Never NaN or infinity:
    /// those are written as `null`, since RFC 8259 has no spelling for them.
    case number(Double, digits: Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A coordinate-precision number: 6 decimals is about 0.1 m, RFC 7946 §11.2's advice.
    public static func coordinate(_ v: Double) -> JSONValue { .number(v, digits: 6) }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
    public func hash(into h: inout Hasher) { h.combine(serialized()) }

    /// Compact serialization.
    public func serialized() -> String {
        var out = ""
        write(to: &out)
        return out
    }

    /// Appends the compact text to `out`: the bytes of `write(into:)`, the one JSON writer.
    public func write(to out: inout String) {
        var bytes: [UInt8] = []
        write(into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Fixed-point formatting without Foundation: rounds half away from zero at `digits` decimals
    /// and trims trailing zeros, so 35.131800 prints as 35.1318 and -0.0000001 as 0.
    public static func format(_ v: Double, digits: Int) -> String {
        guard v.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(v) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return String(v) }
        let n = Int64(scaled)
        if n == 0 { return "0" }
        let p = Int64(scale)
        let whole = n / p
        var frac = n % p
        var s = (v < 0 ? "-" : "") + String(whole)
        if frac != 0 {
            var width = digits
            while frac % 10 == 0 { frac /= 10; width -= 1 }
            let f = String(frac)
            s += "." + String(repeating: "0", count: width - f.count) + f
        }
        return s
    }

    /// Appends `s` as a JSON string: the bytes of `escape(_:into:)` for bytes.
    static func escape(_ s: String, into out: inout String) {
        var bytes: [UInt8] = []
        escape(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue {
    /// `.string` or `.null` for an optional.
    public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    public static func int(_ i: Int?) -> JSONValue { i.map { .int($0) } ?? .null }
}
