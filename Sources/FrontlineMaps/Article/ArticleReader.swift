import Foundation
import Yams

/// Reads an article file — YAML front matter between `---` lines, then a Markdown body — into an
/// `Article`, refusing bad input with an error that names the file, line and column.
///
/// The reader only records what the file says. It works on UTF-8 bytes line by line so that a 50 MB
/// article or a 1 MB sentence costs linear time.
public enum ArticleReader {
    /// The most YAML nodes the front matter may expand to. Aliases are shared, not copied, when
    /// composed; walking them is what would explode, so the walk stops here ("billion laughs").
    static let nodeBudget = 100_000

    /// The largest article accepted. Wikipedia's longest articles are about 1 MB; a file far larger
    /// is almost certainly not one article, and refusing it early keeps memory predictable.
    public static let maximumBytes = 32 * 1024 * 1024

    /// Reads and parses the file at `path`.
    /// - Throws: `FrontlineError` for an unreadable, empty, binary or non-UTF-8 file, missing or
    ///   unterminated front matter, invalid YAML, or a front matter without `title`.
    public static func read(file path: String) throws -> Article {
        let at = SourceLocation(file: path, line: 1, column: 1)
        let outcome: InputFile.Outcome
        do {
            // Plain reads: /dev/stdin, a FIFO or `<(…)` are read as streams, not refused.
            outcome = try InputFile.read(path, limit: maximumBytes)
        } catch let error as FrontlineError {
            throw FrontlineError("cannot read the article: \(error.diagnostic.message); check the path", at: at)
        }
        switch outcome {
        case let .tooLarge(size):
            let shown = size.map { "\($0 / (1024 * 1024)) MB" } ?? "more than \(maximumBytes / (1024 * 1024)) MB"
            throw FrontlineError(
                "the article is \(shown), more than the \(maximumBytes / (1024 * 1024)) MB an article may be; split it into several articles",
                at: at)
        case let .data(data):
            return try parse(data: data, file: path)
        }
    }

    /// Parses article bytes; `file` is only used in diagnostics and `Article.file`.
    public static func parse(data: Data, file: String) throws -> Article {
        var bytes = [UInt8](data)
        // A UTF-8 byte order mark (Windows editors add one) is not text: drop it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let start = SourceLocation(file: file, line: 1, column: 1)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw FrontlineError(
                "the article is empty; expected YAML front matter between '---' lines, then a Markdown body", at: start)
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw FrontlineError(
                "this looks like a binary file (NUL byte), not a UTF-8 Markdown article",
                at: location(of: nul, in: bytes, file: file))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8(bytes)
            throw FrontlineError(
                "invalid UTF-8 byte 0x\(String(bytes[bad], radix: 16, uppercase: true)); save the file as UTF-8",
                at: location(of: bad, in: bytes, file: file))
        }
        let lines = splitLines(bytes)
        guard let first = lines.first, trimmed(first.bytes(in: bytes)) == Array("---".utf8) else {
            throw FrontlineError(
                "the article does not start with '---': expected YAML front matter (title, infoboxes) between two '---' lines",
                at: start,
                sourceLine: lines.first.map { String(decoding: $0.bytes(in: bytes), as: UTF8.self) })
        }
        // The closing line starts at column 1: an indented `---` is text of a YAML block scalar.
        guard
            let close = lines.dropFirst().firstIndex(where: {
                let line = $0.bytes(in: bytes)
                return line.starts(with: "---".utf8) && trimmed(line) == Array("---".utf8)
            })
        else {
            throw FrontlineError(
                "the front matter opened here is never closed; add a line '---' after the YAML", at: start,
                sourceLine: "---")
        }
        let yamlBytes = bytes[lines[1].start..<lines[close].start]
        let yaml = String(decoding: yamlBytes, as: UTF8.self)
        let front = try FrontMatter.parse(yaml: yaml, file: file, firstLine: 2)
        let body = BodyParser(bytes: bytes, lines: Array(lines[(close + 1)...]), file: file).parse()
        _ = text
        return Article(
            file: file, title: front.title, description: front.description, infobox: front.fields, sections: body)
    }

    // MARK: - Byte helpers

    struct LineSpan {
        /// 1-based line number.
        var number: Int
        var start: Int
        /// End of the line's content, before "\n" or "\r\n".
        var end: Int
        func bytes(in all: [UInt8]) -> ArraySlice<UInt8> { all[start..<end] }
    }

    static func splitLines(_ bytes: [UInt8]) -> [LineSpan] {
        var lines: [LineSpan] = []
        var start = 0
        var number = 1
        for i in bytes.indices where bytes[i] == 0x0A {
            let end = i > start && bytes[i - 1] == 0x0D ? i - 1 : i
            lines.append(LineSpan(number: number, start: start, end: end))
            start = i + 1
            number += 1
        }
        if start < bytes.count { lines.append(LineSpan(number: number, start: start, end: bytes.count)) }
        return lines
    }

    static func trimmed(_ s: ArraySlice<UInt8>) -> [UInt8] {
        var lo = s.startIndex, hi = s.endIndex
        while lo < hi, s[lo] == 0x20 || s[lo] == 0x09 { lo += 1 }
        while hi > lo, s[hi - 1] == 0x20 || s[hi - 1] == 0x09 { hi -= 1 }
        return Array(s[lo..<hi])
    }

    /// Line and column (in Unicode scalars, 1-based) of a byte offset.
    static func location(of offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1, lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        var column = 1
        for i in lineStart..<min(offset, bytes.count) where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return SourceLocation(file: file, line: line, column: column)
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let need: Int
            switch b {
            case 0x00...0x7F: need = 0
            case 0xC2...0xDF: need = 1
            case 0xE0...0xEF: need = 2
            case 0xF0...0xF4: need = 3
            default: return i
            }
            guard i + need < bytes.count else { return i }
            let prefix = String(validating: bytes[i...(i + need)], as: UTF8.self)
            if prefix == nil { return i }
            i += need + 1
        }
        return max(0, bytes.count - 1)
    }
}

extension Article {
    static let monthNames = Set(Day.monthNames.map { $0.lowercased() })

    /// True when some sentence names a month or a year — the least an event needs to be placed in time.
    public var hasDatedSentence: Bool {
        sentences.contains { sentence in
            var word: [Character] = []
            for c in sentence.text + " " {
                if c.isLetter || c.isNumber {
                    word.append(c)
                    continue
                }
                if !word.isEmpty {
                    let w = String(word)
                    if w.allSatisfy(\.isNumber) {
                        if w.count == 4, let y = Int(w), (1000...2999).contains(y) { return true }
                    } else if Article.monthNames.contains(w.lowercased()), w.first?.isUppercase == true {
                        return true
                    }
                    word.removeAll()
                }
            }
            return false
        }
    }

    /// - Throws: `FrontlineError` pointing at the body when no sentence carries a date, since
    ///   events cannot be placed in time without one.
    public func requireDatedSentence() throws {
        guard !hasDatedSentence else { return }
        let at = sentences.first?.location ?? SourceLocation(file: file, line: 1, column: 1)
        throw FrontlineError.nothingToMap(
            Diagnostic(
                .error,
                "no sentence of the body carries a date (e.g. 'On 16 December 2012, …'); nothing can be placed in time — add dated sentences",
                at: at),
            hint: .giveLedger)
    }
}
