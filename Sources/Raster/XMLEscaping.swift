/// Text made safe inside XML character data and attribute values.
enum XMLEscaping {
    /// `text` with the five markup characters as entities; line breaks become spaces and characters
    /// XML 1.0 forbids (other control characters, U+FFFE, U+FFFF) are dropped, so any event sentence
    /// yields a well-formed document.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
