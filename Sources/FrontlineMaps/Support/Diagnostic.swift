/// A point in a source file, 1-based, as editors and compilers print it.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// Something a stage noticed and the user should hear about: an unresolved place, an unparsed date,
/// two events that contradict each other. Stages return these; only the executable prints them.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case note, warning, error
        public static func < (a: Severity, b: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// The offending source line, shown under the message with a caret, when known.
    public var sourceLine: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil, sourceLine: String? = nil)
    {
        self.severity = severity
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
    }

    /// `file:line:col: severity: message`, then the line and a caret under the column.
    public var description: String {
        var s = ""
        if let location { s += "\(location): " }
        s += "\(severity.rawValue): \(message)"
        if let sourceLine, let location {
            s += "\n" + sourceLine + "\n" + String(repeating: " ", count: max(0, location.column - 1)) + "^"
        }
        return s
    }
}

extension Diagnostic {
    /// `text` safe to print on a terminal: every control character but newline and tab — ESC of an
    /// escape sequence, BEL, backspace, carriage return, DEL, the C1 controls (CSI U+009B …) — and the
    /// bidirectional overrides become visible escapes (`\u{1B}`), so input text echoed in a warning can
    /// neither recolour, retitle or clear the terminal nor hide or reorder what the message says.
    public static func escapingControls(_ text: String) -> String {
        func unsafe(_ u: Unicode.Scalar) -> Bool {
            switch u.value {
            case 0x0A, 0x09: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
        guard text.unicodeScalars.contains(where: unsafe) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if unsafe(u) {
                out.append(contentsOf: "\\u{\(String(u.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }
}
