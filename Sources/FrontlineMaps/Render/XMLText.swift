/// Escaping for text placed in SVG, HTML and QGIS XML, shared so every writer escapes the same way.
///
/// Names come from articles: an ampersand or a quote in a town or side name must not break a file.
enum XMLText {
    /// `s` safe inside element text and inside single- or double-quoted attributes; control
    /// characters XML 1.0 forbids are dropped.
    static func escape(_ s: String) -> String {
        // Most names need nothing: return them as they are (a long war escapes millions of them).
        if !s.utf8.contains(where: {
            $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == 0xEF
        }) {
            return s
        }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            case _ where u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF: continue
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// A pixel coordinate with one decimal, trailing zeros trimmed: the same text on every machine,
    /// and the same text as `JSONValue.format(v, digits: 1)`, without its general loop (a long war's
    /// pictures format tens of millions of coordinates).
    static func px(_ v: Double) -> String {
        let scaled = (abs(v) * 10).rounded(.toNearestOrAwayFromZero)
        guard v.isFinite, scaled < 9.0e15 else { return JSONValue.format(v, digits: 1) }
        let n = Int64(scaled)
        if n == 0 { return "0" }
        let whole = String(n / 10), frac = n % 10
        let number = frac == 0 ? whole : whole + "." + String(frac)
        return v < 0 ? "-" + number : number
    }
}
