import Foundation

/// An SVG document split around its root element, with the root's attributes: just enough XML to put
/// the document inside another one.
///
/// Everything before the root (XML declaration, processing instructions, comments, a DOCTYPE with its
/// internal subset) is kept apart because it must stay at the very start of the new document.
struct SVGRoot {
    /// The text before the root element.
    let prolog: Substring
    /// The root element and whatever follows it.
    let element: Substring
    /// The root start tag's attributes, by qualified name, values as written (entities not expanded).
    let attributes: [String: String]

    /// Splits `document`.
    /// - Throws: `RasterError.invalidInput` when there is no root element, it is not `<svg>`, or its
    ///   start tag is malformed.
    init(_ document: String) throws {
        let bytes = document.utf8
        var i = bytes.startIndex
        func hasPrefix(_ prefix: String) -> Bool { bytes[i...].starts(with: prefix.utf8) }
        func skip(past terminator: String, what: String) throws {
            guard let end = SVGRoot.find(terminator, in: bytes, from: i) else {
                throw RasterError.invalidInput("unterminated \(what) before the root element")
            }
            i = end
        }
        // A UTF-8 byte order mark may open the file.
        if hasPrefix("\u{FEFF}") { i = bytes.index(i, offsetBy: 3) }
        while true {
            while i < bytes.endIndex, SVGRoot.isSpace(bytes[i]) { i = bytes.index(after: i) }
            guard i < bytes.endIndex else { throw RasterError.invalidInput("the document has no root element") }
            if hasPrefix("<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if hasPrefix("<!--") {
                try skip(past: "-->", what: "comment")
            } else if hasPrefix("<!DOCTYPE") {
                i = try SVGRoot.endOfDoctype(bytes, from: i)
            } else if bytes[i] == UInt8(ascii: "<") {
                break
            } else {
                throw RasterError.invalidInput("text before the root element")
            }
        }
        let start = i
        i = bytes.index(after: i)
        let nameStart = i
        while i < bytes.endIndex, !SVGRoot.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">"),
            bytes[i] != UInt8(ascii: "/")
        {
            i = bytes.index(after: i)
        }
        let name = String(decoding: bytes[nameStart..<i], as: UTF8.self)
        guard name == "svg" || name.hasSuffix(":svg") else {
            throw RasterError.invalidInput("the root element is <\(name)>, not <svg>")
        }
        var attributes: [String: String] = [:]
        while true {
            while i < bytes.endIndex, SVGRoot.isSpace(bytes[i]) { i = bytes.index(after: i) }
            guard i < bytes.endIndex else { throw RasterError.invalidInput("the <svg> start tag is not closed") }
            if bytes[i] == UInt8(ascii: ">") || bytes[i] == UInt8(ascii: "/") { break }
            let keyStart = i
            while i < bytes.endIndex, !SVGRoot.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="),
                bytes[i] != UInt8(ascii: ">")
            {
                i = bytes.index(after: i)
            }
            let key = String(decoding: bytes[keyStart..<i], as: UTF8.self)
            while i < bytes.endIndex, SVGRoot.isSpace(bytes[i]) { i = bytes.index(after: i) }
            guard i < bytes.endIndex, bytes[i] == UInt8(ascii: "=") else {
                throw RasterError.invalidInput("attribute \(key) of <svg> has no value")
            }
            i = bytes.index(after: i)
            while i < bytes.endIndex, SVGRoot.isSpace(bytes[i]) { i = bytes.index(after: i) }
            guard i < bytes.endIndex, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
                throw RasterError.invalidInput("attribute \(key) of <svg> is not quoted")
            }
            let quote = bytes[i]
            i = bytes.index(after: i)
            guard let close = bytes[i...].firstIndex(of: quote) else {
                throw RasterError.invalidInput("attribute \(key) of <svg> is not closed")
            }
            attributes[key] = String(decoding: bytes[i..<close], as: UTF8.self)
            i = bytes.index(after: close)
        }
        self.prolog = document[..<start]
        self.element = document[start...]
        self.attributes = attributes
    }

    /// The size the document asks for in user units: `width` and `height` when both are plain numbers
    /// or pixels, else the `viewBox`'s; `nil` when neither is given.
    var size: (width: Double, height: Double)? {
        if let w = attributes["width"].flatMap(SVGRoot.pixels), let h = attributes["height"].flatMap(SVGRoot.pixels),
            w > 0, h > 0
        {
            return (w, h)
        }
        let box = (attributes["viewBox"] ?? "").split(whereSeparator: { $0 == " " || $0 == "," || $0.isWhitespace })
            .compactMap { Double($0) }
        guard box.count == 4, box[2] > 0, box[3] > 0 else { return nil }
        return (box[2], box[3])
    }

    /// `120` or `120px` as a number; `nil` for other units and percentages.
    static func pixels(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return Double(trimmed.hasSuffix("px") ? String(trimmed.dropLast(2)) : trimmed)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The index just past the first `needle` at or after `from`.
    static func find(_ needle: String, in bytes: String.UTF8View, from: String.Index) -> String.Index? {
        var i = from
        let pattern = Array(needle.utf8)
        while i < bytes.endIndex {
            if bytes[i...].starts(with: pattern) { return bytes.index(i, offsetBy: pattern.count) }
            i = bytes.index(after: i)
        }
        return nil
    }

    /// The index past a `<!DOCTYPE …>`, skipping quoted strings, comments and the `[…]` internal subset.
    static func endOfDoctype(_ bytes: String.UTF8View, from: String.Index) throws -> String.Index {
        var i = from
        var quote: UInt8?
        var depth = 0
        while i < bytes.endIndex {
            if quote == nil, bytes[i...].starts(with: "<!--".utf8) {
                // A comment in the internal subset may hold any of the characters counted below.
                guard let end = find("-->", in: bytes, from: i) else { break }
                i = end
                continue
            }
            let byte = bytes[i]
            i = bytes.index(after: i)
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                depth -= 1
            } else if byte == UInt8(ascii: ">") && depth <= 0 {
                return i
            }
        }
        throw RasterError.invalidInput("unterminated DOCTYPE before the root element")
    }
}
