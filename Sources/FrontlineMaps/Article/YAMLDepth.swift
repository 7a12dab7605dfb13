/// A nesting-depth guard run on YAML text *before* Yams sees it.
///
/// Yams composes nodes (and decodes them) recursively, one stack frame per level: a 10 KB file of
/// `x: [[[[…` 5,000 levels deep overflows the stack and the process dies with a segmentation fault,
/// which no `catch` can turn into a message. So the text is scanned once, linearly, with a small
/// YAML lexer that only tracks what opens a level — flow brackets, block indentation, compact `- `
/// entries — and skips what cannot (quoted scalars, block scalars, comments). The count is an upper
/// bound on the real depth, so a file under the limit cannot crash the parser; real articles and
/// lexicons nest 4–6 levels, far below it.
enum YAMLDepth {
    /// The deepest nesting accepted. Yams survives a few thousand levels on an 8 MB main stack; 64
    /// leaves a wide margin for smaller thread stacks and is ten times what any infobox needs.
    static let limit = 64

    /// Where the text first nests deeper than `limit`, as a 1-based line and column (in Unicode
    /// scalars) of the text; `nil` when it never does.
    static func firstTooDeep(_ text: String, limit: Int = limit) -> (line: Int, column: Int)? {
        var lexer = Lexer(bytes: Array(text.utf8), limit: limit)
        return lexer.run()
    }

    /// - Throws: `FrontlineError` at `file:line:col` (the YAML's first line is `firstLine` of the
    ///   file) when the text nests deeper than `limit`.
    static func check(_ text: String, file: String, firstLine: Int = 1, what: String) throws {
        guard let at = firstTooDeep(text) else { return }
        let lines = text.split(separator: "\n", maxSplits: at.line, omittingEmptySubsequences: false)
        let line = at.line <= lines.count ? String(lines[at.line - 1].prefix(200)) : nil
        throw FrontlineError(
            "\(what) nests deeper than \(limit) levels of lists and mappings; flatten it",
            at: SourceLocation(file: file, line: at.line + firstLine - 1, column: at.column),
            sourceLine: line.flatMap { $0.count < 200 ? $0 : nil })
    }

    private struct Lexer {
        let bytes: [UInt8]
        let limit: Int
        var i = 0
        var line = 1
        var lineStart = 0
        /// Indentation of the open block levels.
        var indents: [Int] = []
        /// Open `[` / `{` levels.
        var flow = 0

        init(bytes: [UInt8], limit: Int) {
            self.bytes = bytes
            self.limit = limit
        }

        func column(_ at: Int) -> Int {
            var c = 1
            for k in lineStart..<min(at, bytes.count) where bytes[k] & 0xC0 != 0x80 { c += 1 }
            return c
        }

        func byte(_ k: Int) -> UInt8 { k < bytes.count ? bytes[k] : 0x0A }
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

        mutating func newline() {
            i += 1
            line += 1
            lineStart = i
        }

        /// Skips a quoted scalar opened at `i` (which may span lines).
        mutating func skipQuoted() {
            let quote = bytes[i]
            i += 1
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0A { newline(); continue }
                if quote == UInt8(ascii: "\"") && b == UInt8(ascii: "\\") { i += 2; continue }
                if b == quote {
                    if quote == UInt8(ascii: "'") && byte(i + 1) == quote { i += 2; continue }
                    i += 1
                    return
                }
                i += 1
            }
        }

        mutating func skipToEndOfLine() {
            while i < bytes.count && bytes[i] != 0x0A { i += 1 }
        }

        mutating func run() -> (line: Int, column: Int)? {
            /// Indentation of the line that ended with a block scalar indicator (`|`, `>`), whose
            /// more-indented lines are text.
            var blockScalarParent: Int? = nil
            while i < bytes.count {
                // Start of a line (outside any quoted scalar): indentation.
                var indent = 0
                while byte(i + indent) == 0x20 { indent += 1 }
                let first = byte(i + indent)
                let emptyLine =
                    first == 0x0A || (first == 0x0D && byte(i + indent + 1) == 0x0A) || i + indent >= bytes.count
                if let parent = blockScalarParent {
                    if emptyLine || indent > parent { skipToEndOfLine(); if i < bytes.count { newline() }; continue }
                    blockScalarParent = nil
                }
                i += indent
                if emptyLine || first == UInt8(ascii: "#") {
                    skipToEndOfLine(); if i < bytes.count { newline() }; continue
                }
                if flow == 0 {
                    while let last = indents.last, last >= indent { indents.removeLast() }
                    indents.append(indent)
                }
                if let tooDeep = scanLine(lineIndent: indent, blockScalarParent: &blockScalarParent) { return tooDeep }
                if i < bytes.count { newline() }
            }
            return nil
        }

        /// Scans the rest of a line from `i` (after its indentation) up to its newline.
        mutating func scanLine(lineIndent: Int, blockScalarParent: inout Int?) -> (line: Int, column: Int)? {
            var compact = 0  // `- ` / `? ` entries opened on this line (block context)
            var atNodeStart = true  // the next character may begin a node (flow collection, quote)
            while i < bytes.count && bytes[i] != 0x0A {
                let b = bytes[i]
                if b == 0x20 || b == 0x09 || b == 0x0D { i += 1; continue }
                if b == UInt8(ascii: "#"), i == lineStart || isBlank(bytes[i - 1]) { skipToEndOfLine(); break }
                if atNodeStart, b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                    skipQuoted()
                    atNodeStart = false
                    continue
                }
                if b == UInt8(ascii: "[") || b == UInt8(ascii: "{"), flow > 0 || atNodeStart {
                    flow += 1
                    if indents.count + compact + flow > limit { return (line, column(i)) }
                    i += 1
                    atNodeStart = true
                    continue
                }
                if flow > 0 {
                    if b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
                        flow -= 1; atNodeStart = false; i += 1; continue
                    }
                    if b == UInt8(ascii: ",") { atNodeStart = true; i += 1; continue }
                }
                if (b == UInt8(ascii: "-") || b == UInt8(ascii: "?")) && atNodeStart && flow == 0
                    && isBlank(byte(i + 1))
                {
                    compact += 1
                    if indents.count + compact > limit { return (line, column(i)) }
                    i += 1
                    continue
                }
                if b == UInt8(ascii: ":") && isBlank(byte(i + 1)) {
                    if flow == 0 {
                        compact += 1
                        if indents.count + compact > limit { return (line, column(i)) }
                    }
                    atNodeStart = true
                    i += 1
                    continue
                }
                if atNodeStart && flow == 0 && (b == UInt8(ascii: "|") || b == UInt8(ascii: ">")) {
                    blockScalarParent = lineIndent
                    skipToEndOfLine()
                    break
                }
                if atNodeStart && (b == UInt8(ascii: "&") || b == UInt8(ascii: "!")) {
                    // An anchor or tag comes before its node: skip it and stay at the node's start.
                    while i < bytes.count && !isBlank(bytes[i]) { i += 1 }
                    continue
                }
                // A plain scalar (or an alias): up to a separator that can end it.
                atNodeStart = false
                i += 1
            }
            return nil
        }
    }
}
