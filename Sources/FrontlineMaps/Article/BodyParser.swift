import Foundation

/// Turns the Markdown body into sections, paragraphs and sentences, keeping each sentence's file
/// position and each link's text and target page.
///
/// Only what articles of this kind use is understood: `#` headings, blank-line paragraphs, `|` table
/// rows (the rendered infobox, skipped), `[text](target)` links and `**`/`''` emphasis.
struct BodyParser {
    let bytes: [UInt8]
    let lines: [ArticleReader.LineSpan]
    let file: String

    /// A run of plain text and where its first byte came from.
    private struct Anchor {
        var plainOffset: Int
        var line: Int
        var column: Int
    }

    /// One paragraph's plain text (UTF-8), its links (ranges in plain bytes) and source anchors.
    private struct Plain {
        var text: [UInt8] = []
        var links: [(range: Range<Int>, page: String)] = []
        var anchors: [Anchor] = []
    }

    func parse() -> [Section] {
        var sections = [Section(title: "", level: 0, paragraphs: [])]
        var pending: [ArticleReader.LineSpan] = []
        var bodyOffset = 0
        let hidden = Self.hiddenBytes(bytes, lines: lines)
        func flush() {
            guard !pending.isEmpty else { return }
            let plain = plainText(pending, hidden: hidden)
            let index = sections.count - 1
            let sentences = split(
                plain, sectionIndex: index, sectionTitle: sections[index].title, bodyOffset: &bodyOffset)
            if !sentences.isEmpty { sections[index].paragraphs.append(Paragraph(sentences: sentences)) }
            pending.removeAll()
        }
        for line in lines {
            let content = line.bytes(in: bytes)
            let t = ArticleReader.trimmed(content)
            // A line that is all comment or code is a break, like a blank line.
            if t.isEmpty || hidden.isHidden(line: line, in: bytes) { flush(); continue }
            if t.first == UInt8(ascii: "|") { flush(); continue }
            if t.first == UInt8(ascii: "#") {
                flush()
                let level = t.prefix { $0 == UInt8(ascii: "#") }.count
                let title = String(decoding: ArticleReader.trimmed(ArraySlice(t.dropFirst(level))), as: UTF8.self)
                sections.append(Section(title: title, level: level, paragraphs: []))
                continue
            }
            pending.append(line)
        }
        flush()
        return sections.filter { !$0.paragraphs.isEmpty || !$0.title.isEmpty }
    }

    /// The body bytes a reader of the rendered article never sees: HTML comments (`<!-- … -->`, on
    /// one line or many) and fenced code blocks (```` ``` ```` or `~~~`, fences included). Their
    /// text — an editor's note, a quoted source, an example — must not become events.
    struct Hidden {
        /// Per file byte; empty when the body hides nothing (the common case costs no memory).
        var mask: [Bool] = []
        subscript(_ i: Int) -> Bool { !mask.isEmpty && mask[i] }

        /// True when every non-blank byte of the line is hidden.
        func isHidden(line: ArticleReader.LineSpan, in bytes: [UInt8]) -> Bool {
            guard !mask.isEmpty else { return false }
            for i in line.start..<line.end where !mask[i] && bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
            return true
        }
    }

    static func hiddenBytes(_ bytes: [UInt8], lines: [ArticleReader.LineSpan]) -> Hidden {
        var hidden = Hidden()
        func hide(_ r: Range<Int>) {
            guard !r.isEmpty else { return }
            if hidden.mask.isEmpty { hidden.mask = [Bool](repeating: false, count: bytes.count) }
            for i in r { hidden.mask[i] = true }
        }
        var inComment = false
        var fence: (byte: UInt8, length: Int)? = nil
        for line in lines {
            var i = line.start
            if !inComment {
                var indent = 0
                while i + indent < line.end, bytes[i + indent] == 0x20, indent < 4 { indent += 1 }
                let first = i + indent < line.end ? bytes[i + indent] : 0
                var run = 0
                if first == UInt8(ascii: "`") || first == UInt8(ascii: "~") {
                    while i + indent + run < line.end, bytes[i + indent + run] == first { run += 1 }
                }
                if let open = fence {
                    // Inside a fence: a run of the same character, at least as long, closes it.
                    if first == open.byte, run >= open.length,
                        ArticleReader.trimmed(bytes[(i + indent + run)..<line.end]).isEmpty
                    {
                        fence = nil
                    }
                    hide(line.start..<line.end)
                    continue
                }
                if run >= 3 && indent < 4 {
                    fence = (first, run)
                    hide(line.start..<line.end)
                    continue
                }
            }
            while i < line.end {
                if inComment {
                    if bytes[i] == UInt8(ascii: "-"), i + 2 < line.end, bytes[i + 1] == UInt8(ascii: "-"),
                        bytes[i + 2] == UInt8(ascii: ">")
                    {
                        hide(i..<(i + 3))
                        i += 3
                        inComment = false
                        continue
                    }
                    hide(i..<(i + 1))
                } else if bytes[i] == UInt8(ascii: "<"), i + 3 < line.end, bytes[i + 1] == UInt8(ascii: "!"),
                    bytes[i + 2] == UInt8(ascii: "-"), bytes[i + 3] == UInt8(ascii: "-")
                {
                    hide(i..<(i + 4))
                    i += 4
                    inComment = true
                    continue
                }
                i += 1
            }
        }
        return hidden
    }

    /// Joins a paragraph's lines with spaces, replacing links by their text and dropping emphasis.
    private func plainText(_ spans: [ArticleReader.LineSpan], hidden: Hidden) -> Plain {
        var p = Plain()
        for (n, span) in spans.enumerated() {
            if n > 0 { p.text.append(0x20) }
            var i = span.start
            var column = 1
            func anchor() { p.anchors.append(Anchor(plainOffset: p.text.count, line: span.number, column: column)) }
            anchor()
            while i < span.end {
                let b = bytes[i]
                if hidden[i] {
                    // Skip the comment; "a <!-- x --> b" reads "a b", not "a  b".
                    while i < span.end, hidden[i] {
                        if bytes[i] & 0xC0 != 0x80 { column += 1 }
                        i += 1
                    }
                    if p.text.last == 0x20, i < span.end, bytes[i] == 0x20 { i += 1; column += 1 }
                    anchor()
                    continue
                }
                if b == UInt8(ascii: "["), let link = parseLink(at: i, end: span.end) {
                    let start = p.text.count
                    p.text.append(contentsOf: link.text)
                    p.links.append((start..<p.text.count, link.page))
                    column += scalarCount(i..<link.next)
                    i = link.next
                    anchor()
                    continue
                }
                if (b == UInt8(ascii: "*") || b == UInt8(ascii: "'")) && i + 1 < span.end && bytes[i + 1] == b {
                    i += 2
                    column += 2
                    anchor()
                    continue
                }
                p.text.append(b)
                if b & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
        }
        return p
    }

    private func scalarCount(_ r: Range<Int>) -> Int {
        var n = 0
        for i in r where bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// `[text](target)` starting at `i`: the text bytes, the page, and where parsing resumes.
    private func parseLink(at i: Int, end: Int) -> (text: [UInt8], page: String, next: Int)? {
        var j = i + 1
        var depth = 1
        while j < end {
            if bytes[j] == UInt8(ascii: "[") { depth += 1 }
            if bytes[j] == UInt8(ascii: "]") { depth -= 1; if depth == 0 { break } }
            j += 1
        }
        guard j + 1 < end, bytes[j + 1] == UInt8(ascii: "(") else { return nil }
        var k = j + 2
        var parens = 1
        while k < end {
            if bytes[k] == UInt8(ascii: "(") { parens += 1 }
            if bytes[k] == UInt8(ascii: ")") { parens -= 1; if parens == 0 { break } }
            k += 1
        }
        guard k < end else { return nil }
        let text = Array(bytes[(i + 1)..<j])
        return (text, Self.page(fromTarget: String(decoding: bytes[(j + 2)..<k], as: UTF8.self)), k + 1)
    }

    /// `./Murak,_Hama` → "Murak, Hama"; external targets are kept as they are.
    static func page(fromTarget target: String) -> String {
        var t = Substring(target)
        if t.hasPrefix("./") { t = t.dropFirst(2) }
        if let hash = t.firstIndex(of: "#") { t = t[..<hash] }
        let decoded = String(t).removingPercentEncodingIfPossible
        return decoded.replacingUnderscores()
    }

    /// Splits a paragraph into sentences at `.`, `!`, `?` followed by a space and an upper-case
    /// letter, digit or quote — but not after a known abbreviation or a single initial.
    private func split(_ p: Plain, sectionIndex: Int, sectionTitle: String, bodyOffset: inout Int) -> [Sentence] {
        var result: [Sentence] = []
        var start = 0
        let t = p.text
        // Sentences, link checks and locations all move forward through the paragraph, so each keeps a
        // cursor instead of rescanning from the start: a 2 MB paragraph costs linear time, not quadratic.
        var firstLink = 0  // first link not wholly before the current sentence
        var linkAtCandidate = 0  // first link not wholly before the candidate sentence end
        var cursor = LocationCursor()
        func emit(_ end: Int) {
            var lo = start, hi = end
            while lo < hi, t[lo] == 0x20 { lo += 1 }
            while hi > lo, t[hi - 1] == 0x20 { hi -= 1 }
            guard lo < hi else { return }
            let text = String(decoding: t[lo..<hi], as: UTF8.self)
            while firstLink < p.links.count, p.links[firstLink].range.lowerBound < lo { firstLink += 1 }
            var links: [Link] = []
            var k = firstLink
            while k < p.links.count, p.links[k].range.lowerBound < hi {
                let r = p.links[k].range
                if r.upperBound <= hi {
                    links.append(
                        Link(
                            text: String(decoding: t[r], as: UTF8.self), page: p.links[k].page,
                            range: (r.lowerBound - lo)..<(r.upperBound - lo)))
                }
                k += 1
            }
            let location = cursor.location(ofPlain: lo, in: p, file: file)
            result.append(
                Sentence(
                    text: text, links: links, location: location, sectionIndex: sectionIndex,
                    sectionTitle: sectionTitle, offset: bodyOffset))
            bodyOffset += text.unicodeScalars.count + 1
        }
        /// Whether plain offset `i` is inside a link's text (not on its last byte).
        func insideLink(_ i: Int) -> Bool {
            while linkAtCandidate < p.links.count, p.links[linkAtCandidate].range.upperBound <= i {
                linkAtCandidate += 1
            }
            guard linkAtCandidate < p.links.count else { return false }
            let r = p.links[linkAtCandidate].range
            return r.contains(i) && r.upperBound - 1 != i
        }
        var i = 0
        while i < t.count {
            let b = t[i]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?"), i + 2 < t.count,
                t[i + 1] == 0x20,
                startsSentence(t[i + 2]), !isAbbreviation(t, before: i), !insideLink(i)
            {
                emit(i + 1)
                start = i + 2
                i += 2
                continue
            }
            i += 1
        }
        emit(t.count)
        return result
    }

    private func startsSentence(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
            || b == UInt8(ascii: "\"") || b >= 0xC0
    }

    /// Abbreviations that end in a dot without ending a sentence: "Mr.", "St.", "Gen.", "e.g.", single initials.
    private func isAbbreviation(_ t: [UInt8], before dot: Int) -> Bool {
        var j = dot
        while j > 0, t[j - 1] != 0x20, t[j - 1] != UInt8(ascii: "(") { j -= 1 }
        let word = String(decoding: t[j..<dot], as: UTF8.self)
        if word.count == 1, let c = word.first, c.isUppercase { return true }
        return Self.abbreviations.contains(word.lowercased())
    }

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "maj", "capt", "sgt", "brig", "cpl", "pvt", "adm", "cmdr",
        "e.g", "i.e", "etc", "vs", "approx", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "u.s", "u.n", "a.m", "p.m", "c", "ca", "km", "mt", "ft", "al", "jr", "sr",
    ]

    /// Plain-text offsets → file line and column, for offsets asked in increasing order: each call
    /// continues from the last one's anchor and column instead of the start of the paragraph.
    private struct LocationCursor {
        var anchor = 0
        var offset = 0
        var column = 1
        var started = false

        mutating func location(ofPlain target: Int, in p: Plain, file: String) -> SourceLocation {
            if !started || (anchor + 1 < p.anchors.count && p.anchors[anchor + 1].plainOffset <= target) {
                while anchor + 1 < p.anchors.count, p.anchors[anchor + 1].plainOffset <= target { anchor += 1 }
                offset = p.anchors[anchor].plainOffset
                column = p.anchors[anchor].column
                started = true
            }
            while offset < target {
                if p.text[offset] & 0xC0 != 0x80 { column += 1 }
                offset += 1
            }
            return SourceLocation(file: file, line: p.anchors[anchor].line, column: column)
        }
    }
}

extension String {
    /// Percent escapes decoded (Foundation's `removingPercentEncoding`); the text as it is when it
    /// holds an escape that is not one (a bare `%`, or bytes that are not UTF-8).
    var removingPercentEncodingIfPossible: String {
        guard contains("%") else { return self }
        return removingPercentEncoding ?? self
    }

    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
