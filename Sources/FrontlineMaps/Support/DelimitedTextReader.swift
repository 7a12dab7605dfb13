/// The one reader of the project's delimited text: the ledger's CSV (RFC 4180 quoting), the gazetteer's
/// `places.tsv` and `spellings.tsv`, GeoNames dumps, and the tables the bench and the tests read.
///
/// It works on bytes: a cell is a byte range, numbers are parsed in place, and only the cells a caller
/// keeps become `String`s. That is what lets a 75,000-row ledger load in a fraction of a second and the
/// gazetteer in a few milliseconds. Errors name `file:line:col` (the column counted in characters, as the
/// caret under the printed line needs) and show the line.
public struct DelimitedTextReader {
    public enum Dialect: Sendable {
        /// RFC 4180: cells separated by commas, a cell in `"` may hold commas, line ends and doubled
        /// quotes; CR, LF or CRLF end a record, and a blank line is a record of one empty cell.
        case csv
        /// Cells separated by tabs, without quoting (a GeoNames name may hold a bare `"`); a record per
        /// LF-ended line, a CR before the LF dropped, empty lines skipped.
        case tabs
    }

    /// One cell: a byte range of the input.
    struct Cell {
        var start: Int
        var end: Int
        /// Quoted with doubled quotes inside (CSV only): `string` unescapes it.
        var escaped = false
        /// 1-based line where the cell starts.
        var line: Int

        var isEmpty: Bool { start == end }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let dialect: Dialect
    /// Where the text starts: after a UTF-8 byte order mark, which is not part of the first cell.
    private let origin: Int
    private var i: Int
    private var line = 1
    private var cells: [Cell] = []

    /// A reader over `bytes`, which must outlive it; `file` is only used in error messages.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String, dialect: Dialect) {
        self.bytes = bytes
        self.file = file
        self.dialect = dialect
        origin = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        i = origin
        cells.reserveCapacity(32)
    }

    /// Every record of `text` as strings, for tools and tests that want a table rather than speed.
    /// - Throws: `FrontlineError` at `file:line:col` for a bad quote (CSV).
    public static func rows(of text: String, dialect: Dialect, file: String) throws -> [[String]] {
        var text = text
        return try text.withUTF8 { buffer in
            var reader = DelimitedTextReader(bytes: buffer, file: file, dialect: dialect)
            var rows: [[String]] = []
            while let cells = try reader.nextRecord() { rows.append(cells.map(reader.string)) }
            return rows
        }
    }

    // MARK: - Records

    /// The next record's cells (never empty), or nil at the end of the input.
    /// - Throws: `FrontlineError` for a quote inside an unquoted CSV cell, text after a closing quote or a
    ///   quoted cell that is never closed.
    mutating func nextRecord() throws -> [Cell]? {
        cells.removeAll(keepingCapacity: true)
        switch dialect {
        case .csv: return try nextCSVRecord() ? cells : nil
        case .tabs: return nextTabRecord() ? cells : nil
        }
    }

    /// Calls `body` with every record's cells, from where this reader stands (which it does not move, so
    /// `body` may use the reader for the cells' values and errors).
    func forEachRecord(_ body: ([Cell]) throws -> Void) throws {
        var reader = self
        while let cells = try reader.nextRecord() { try body(cells) }
    }

    private mutating func nextTabRecord() -> Bool {
        let n = bytes.count
        while i < n {
            let start = i
            var fieldStart = start
            var stop = start
            while stop < n && bytes[stop] != 0x0A {
                if bytes[stop] == 0x09 {
                    cells.append(Cell(start: fieldStart, end: stop, line: line))
                    fieldStart = stop + 1
                }
                stop += 1
            }
            var lineEnd = stop
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            cells.append(Cell(start: fieldStart, end: max(fieldStart, lineEnd), line: line))
            i = stop + 1
            line += 1
            if lineEnd > start { return true }
            cells.removeAll(keepingCapacity: true)
        }
        return false
    }

    private mutating func nextCSVRecord() throws -> Bool {
        let n = bytes.count
        guard i < n else { return false }
        while true {
            if i < n, bytes[i] == 0x22 {
                let cellLine = line
                let start = i + 1
                var j = start
                var escaped = false
                while true {
                    guard j < n else {
                        throw error(
                            at: start - 1, line: cellLine,
                            "this quoted cell is never closed; add the closing \" (and double any \" inside it)")
                    }
                    let c = bytes[j]
                    if c == 0x22 {
                        if j + 1 < n, bytes[j + 1] == 0x22 { escaped = true; j += 2; continue }
                        break
                    }
                    if c == 0x0A { line += 1 }
                    j += 1
                }
                cells.append(Cell(start: start, end: j, escaped: escaped, line: cellLine))
                i = j + 1
                if i < n, bytes[i] != 0x2C, bytes[i] != 0x0A, bytes[i] != 0x0D {
                    throw error(
                        at: i, line: line,
                        "text after a closing quote; a quoted cell must end at the next comma or line end")
                }
            } else {
                let start = i
                while i < n {
                    let c = bytes[i]
                    if c == 0x2C || c == 0x0A || c == 0x0D { break }
                    if c == 0x22 {
                        throw error(
                            at: i, line: line,
                            "a quote inside an unquoted cell; quote the whole cell and double the quote (\"say \"\"x\"\"\")"
                        )
                    }
                    i += 1
                }
                cells.append(Cell(start: start, end: i, line: line))
            }
            if i >= n { return true }
            let c = bytes[i]
            if c == 0x2C { i += 1; continue }
            if c == 0x0D { i += 1; if i < n, bytes[i] == 0x0A { i += 1 } } else { i += 1 }
            line += 1
            return true
        }
    }

    // MARK: - Cells

    /// The cell's text; in CSV unescaped, and without the `'` that spreadsheet-safe writers put before
    /// a leading `=`, `+`, `-` or `@` (see `LedgerCSV.cell`). A tab-separated cell is taken as it is.
    func string(_ c: Cell) -> String {
        var lo = c.start
        if dialect == .csv, c.end - lo >= 2, bytes[lo] == 0x27 {
            let f = bytes[lo + 1]
            if f == 0x3D || f == 0x2B || f == 0x2D || f == 0x40 { lo += 1 }
        }
        guard c.escaped else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<c.end]), as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(c.end - lo)
        var k = lo
        while k < c.end {
            out.append(bytes[k])
            k += bytes[k] == 0x22 && k + 1 < c.end && bytes[k + 1] == 0x22 ? 2 : 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The cell's raw bytes, for the name index.
    func withBytes<T>(_ c: Cell, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        body(UnsafeBufferPointer(rebasing: bytes[c.start..<c.end]))
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
        for e in E.allCases where equals(c, e.rawValue) { return e }
        return nil
    }

    /// A finite decimal number filling the whole cell ("35.260140", "-1.5", "1e3"), or nil (empty, text,
    /// spaces, "nan", "inf").
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
                guard digits < 15 else { return exactDouble(c) }
                mantissa = mantissa * 10 + UInt64(b - 48)
                digits += 1
                if seenDot { scale += 1 }
            } else if b == 0x2E && !seenDot {
                seenDot = true
            } else {
                // Anything else (exponents, spaces): the slow, exact path.
                return exactDouble(c)
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

    private func exactDouble(_ c: Cell) -> Double? {
        guard let v = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[c.start..<c.end]), as: UTF8.self)),
            v.isFinite
        else { return nil }
        return v
    }

    /// A decimal integer filling the whole cell (an optional `-`, at most 18 digits), or nil. With
    /// `zeroFraction`, a ".0" tail is accepted too, as spreadsheets and pandas write whole numbers.
    func int(_ c: Cell, zeroFraction: Bool = false) -> Int? {
        var v = 0
        var lo = c.start
        var hi = c.end
        var negative = false
        if lo < hi, bytes[lo] == 0x2D { negative = true; lo += 1 }
        if zeroFraction, let dot = (lo..<hi).first(where: { bytes[$0] == 0x2E }) {
            for k in (dot + 1)..<hi where bytes[k] != 0x30 { return nil }
            hi = dot
        }
        guard lo < hi, hi - lo <= 18 else { return nil }
        for k in lo..<hi {
            let d = bytes[k]
            guard d >= 48, d <= 57 else { return nil }
            v = v * 10 + Int(d - 48)
        }
        return negative ? -v : v
    }

    /// A calendar day written `YYYY-MM-DD`, or nil.
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

    // MARK: - Errors

    /// Where the line holding byte `offset` starts.
    private func lineStart(of offset: Int) -> Int {
        var a = min(offset, bytes.count)
        while a > origin, bytes[a - 1] != 0x0A { a -= 1 }
        return max(a, origin)
    }

    /// The text of the line holding byte `offset`, without its line end, for showing under an error.
    func lineText(of offset: Int) -> String {
        let a = lineStart(of: offset)
        var b = a
        switch dialect {
        case .csv:
            while b < bytes.count, bytes[b] != 0x0A, bytes[b] != 0x0D { b += 1 }
        case .tabs:
            // Only LF ends a tab-separated line; a CR before it is the line end's, one elsewhere is text.
            while b < bytes.count, bytes[b] != 0x0A { b += 1 }
            if b > a, bytes[b - 1] == 0x0D { b -= 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
    }

    /// An error at byte `offset` (on 1-based `line`), the column counted in characters.
    func error(at offset: Int, line: Int, _ message: String) -> FrontlineError {
        let a = lineStart(of: offset)
        let before = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[a..<max(a, min(offset, bytes.count))]), as: UTF8.self)
        return FrontlineError(
            message, at: SourceLocation(file: file, line: line, column: before.count + 1),
            sourceLine: lineText(of: offset))
    }
}
