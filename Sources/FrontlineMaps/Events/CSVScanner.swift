/// An RFC 4180 record scanner over UTF-8 bytes that keeps each cell's line and offset for errors.
///
/// Cells are byte ranges; only the cells a reader asks for become `String`s, which is what lets a
/// 75,000-row ledger load in a fraction of a second.
struct CSVScanner {
    struct Cell {
        var start: Int
        var end: Int
        /// Quoted with doubled quotes inside: needs unescaping.
        var escaped: Bool
        /// 1-based line where the cell starts.
        var line: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var cells: [Cell] = []

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        // A UTF-8 byte order mark is not part of the first column's name.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3; lineStart = 3 }
    }

    /// The next record's cells, or nil at the end of the input.
    /// - Throws: `FrontlineError` for a quote inside an unquoted cell or text after a closing quote.
    mutating func nextRecord() throws -> [Cell]? {
        let n = bytes.count
        guard i < n else { return nil }
        cells.removeAll(keepingCapacity: true)
        while true {
            if i < n, bytes[i] == 0x22 {
                let cellLine = line
                let start = i + 1
                var j = start
                var escaped = false
                while true {
                    guard j < n else { throw error(at: start - 1, line: cellLine, "this quoted cell is never closed; add the closing \" (and double any \" inside it)") }
                    let c = bytes[j]
                    if c == 0x22 {
                        if j + 1 < n, bytes[j + 1] == 0x22 { escaped = true; j += 2; continue }
                        break
                    }
                    if c == 0x0A { line += 1; lineStart = j + 1 }
                    j += 1
                }
                cells.append(Cell(start: start, end: j, escaped: escaped, line: cellLine))
                i = j + 1
                if i < n, bytes[i] != 0x2C, bytes[i] != 0x0A, bytes[i] != 0x0D {
                    throw error(at: i, line: line, "text after a closing quote; a quoted cell must end at the next comma or line end")
                }
            } else {
                let start = i
                while i < n {
                    let c = bytes[i]
                    if c == 0x2C || c == 0x0A || c == 0x0D { break }
                    if c == 0x22 { throw error(at: i, line: line, "a quote inside an unquoted cell; quote the whole cell and double the quote (\"say \"\"x\"\"\")") }
                    i += 1
                }
                cells.append(Cell(start: start, end: i, escaped: false, line: line))
            }
            if i >= n { return cells }
            let c = bytes[i]
            if c == 0x2C { i += 1; continue }
            if c == 0x0D { i += 1; if i < n, bytes[i] == 0x0A { i += 1 } } else { i += 1 }
            line += 1
            lineStart = i
            return cells
        }
    }

    /// The cell's text, unescaped, with a formula-neutralising `'` removed.
    func string(_ c: Cell) -> String {
        var lo = c.start
        if c.end - lo >= 2, bytes[lo] == 0x27 {
            let f = bytes[lo + 1]
            if f == 0x3D || f == 0x2B || f == 0x2D || f == 0x40 { lo += 1 }
        }
        guard c.escaped else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<c.end]), as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(c.end - lo)
        var k = lo
        while k < c.end {
            out.append(bytes[k])
            k += bytes[k] == 0x22 && k + 1 < c.end && bytes[k + 1] == 0x22 ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the cell's bytes are exactly `text` (for enum columns, without making a String).
    func equals(_ c: Cell, _ text: StaticString) -> Bool {
        guard c.end - c.start == text.utf8CodeUnitCount else { return false }
        let p = text.utf8Start
        for k in 0..<(c.end - c.start) where bytes[c.start + k] != p[k] { return false }
        return true
    }

    /// Whether the cell's bytes are exactly `text`.
    func equals(_ c: Cell, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { t in
            guard c.end - c.start == t.count else { return false }
            for k in 0..<t.count where bytes[c.start + k] != t[k] { return false }
            return true
        }
    }

    /// The case of `E` whose raw value the cell spells, if any.
    func enumValue<E: RawRepresentable & CaseIterable>(_ c: Cell, _: E.Type) -> E? where E.RawValue == String {
        let n = c.end - c.start
        for e in E.allCases {
            var raw = e.rawValue
            let match = raw.withUTF8 { r -> Bool in
                guard r.count == n else { return false }
                for k in 0..<n where bytes[c.start + k] != r[k] { return false }
                return true
            }
            if match { return e }
        }
        return nil
    }

    /// A decimal number ("35.260140", "-1.5"), parsed from the bytes.
    func double(_ c: Cell) -> Double? {
        var k = c.start
        guard k < c.end else { return nil }
        var negative = false
        if bytes[k] == 0x2D { negative = true; k += 1 } else if bytes[k] == 0x2B { k += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var scale = 0
        var seenDot = false
        while k < c.end {
            let b = bytes[k]
            if b >= 48 && b <= 57 {
                // Beyond 15 digits the integer is no longer exact in a Double: take the exact path.
                guard digits < 15 else { return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[c.start..<c.end]), as: UTF8.self)) }
                mantissa = mantissa * 10 + UInt64(b - 48)
                digits += 1
                if seenDot { scale += 1 }
            } else if b == 0x2E && !seenDot {
                seenDot = true
            } else {
                // Anything else (exponents, spaces): the slow, exact path.
                return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[c.start..<c.end]), as: UTF8.self))
            }
            k += 1
        }
        guard digits > 0 else { return nil }
        // Both operands are exact, so the quotient is the correctly rounded decimal (as Double(String) gives).
        var p = 1.0
        for _ in 0..<scale { p *= 10 }
        let v = Double(mantissa) / p
        return negative ? -v : v
    }

    func int(_ c: Cell) -> Int? {
        var v = 0
        var lo = c.start
        var negative = false
        if lo < c.end, bytes[lo] == 0x2D { negative = true; lo += 1 }
        guard lo < c.end, c.end - lo <= 18 else { return nil }
        for k in lo..<c.end {
            let d = bytes[k]
            guard d >= 48, d <= 57 else { return nil }
            v = v * 10 + Int(d - 48)
        }
        return negative ? -v : v
    }

    func day(_ c: Cell) -> Day? {
        guard c.end - c.start == 10 else { return nil }
        let s = c.start
        guard bytes[s + 4] == 0x2D, bytes[s + 7] == 0x2D else { return nil }
        func num(_ a: Int, _ b: Int) -> Int? {
            var v = 0
            for k in (s + a)..<(s + b) {
                let d = bytes[k]
                guard d >= 48, d <= 57 else { return nil }
                v = v * 10 + Int(d - 48)
            }
            return v
        }
        guard let y = num(0, 4), let m = num(5, 7), let d = num(8, 10) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// The text of the line holding byte `offset`, for showing under an error.
    func lineText(of offset: Int) -> String {
        var a = min(offset, bytes.count)
        while a > 0, bytes[a - 1] != 0x0A { a -= 1 }
        var b = a
        while b < bytes.count, bytes[b] != 0x0A, bytes[b] != 0x0D { b += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
    }

    /// An error at byte `offset` (on 1-based `line`), the column counted in characters.
    func error(at offset: Int, line: Int, _ message: String) -> FrontlineError {
        var a = min(offset, bytes.count)
        while a > 0, bytes[a - 1] != 0x0A { a -= 1 }
        var column = 1
        var k = a
        while k < min(offset, bytes.count) {
            if bytes[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return FrontlineError(message,
                              at: SourceLocation(file: file, line: line, column: column), sourceLine: lineText(of: offset))
    }
}
