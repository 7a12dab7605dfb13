/// Serialization straight into UTF-8 bytes, the one JSON writer (`write(to:)` and `serialized()` go
/// through it): the large layers write hundreds of thousands of property objects without a String each.
extension JSONValue {
    func write(into out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case let .bool(b): out.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
        case let .int(i): out.append(contentsOf: String(i).utf8)
        case let .number(v, digits):
            if digits == 6 {
                Microdegrees.append(Microdegrees.round(v), to: &out)
            } else {
                out.append(contentsOf: JSONValue.format(v, digits: digits).utf8)
            }
        case let .string(s): JSONValue.escape(s, into: &out)
        case let .array(items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .object(members):
            JSONValue.writeObject(members, into: &out)
        }
    }

    static func writeObject(_ members: [(String, JSONValue)], into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, (k, v)) in members.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            escape(k, into: &out)
            out.append(UInt8(ascii: ":"))
            v.write(into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// `s` as a JSON string: quotes, backslash, control characters and U+2028/9 escaped.
    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var utf8 = s.utf8
        let done: Bool =
            utf8.withContiguousStorageIfAvailable { buf in
                appendEscaped(buf, into: &out)
                return true
            } ?? false
        if !done {
            var copy = s
            copy.makeContiguousUTF8()
            utf8 = copy.utf8
            utf8.withContiguousStorageIfAvailable { appendEscaped($0, into: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func appendEscaped(_ buf: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var i = 0
        var runStart = 0
        let n = buf.count
        // Copy runs of bytes that need no escape in one go; escape the rest one by one.
        while i < n {
            let b = buf[i]
            let special =
                b < 0x20 || b == 0x22 || b == 0x5C
                || (b == 0xE2 && i + 2 < n && buf[i + 1] == 0x80 && (buf[i + 2] == 0xA8 || buf[i + 2] == 0xA9))
            if !special { i += 1; continue }
            if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i])) }
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0xE2:
                out.append(contentsOf: Array("\\u202".utf8))
                out.append(buf[i + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                i += 2
            default:
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
            }
            i += 1
            runStart = i
        }
        if runStart < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<n])) }
    }
}
