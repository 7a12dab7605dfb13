/// Escaping for text placed in SVG, HTML and QGIS XML, shared so every writer escapes the same way.
///
/// Names come from articles: an ampersand or a quote in a town or side name must not break a file.
enum XMLText {
    /// `s` safe inside element text and inside single- or double-quoted attributes; control
    /// characters XML 1.0 forbids are dropped.
    static func escape(_ s: String) -> String {
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

    /// A pixel coordinate with one decimal, trailing zeros trimmed: the same text on every machine.
    static func px(_ v: Double) -> String { JSONValue.format(v, digits: 1) }
}
