import Foundation
import Testing

@testable import FrontlineMaps

/// The one reader of delimited text (ledger CSV, gazetteer TSV, GeoNames dumps): RFC 4180 quoting for
/// CSV, a plain tab split for TSV, numbers parsed in place, errors at `file:line:col`.
@Suite("Delimited text reader")
struct DelimitedTextReaderTests {
    static func rows(_ text: String, _ dialect: DelimitedTextReader.Dialect) throws -> [[String]] {
        try DelimitedTextReader.rows(of: text, dialect: dialect, file: "t")
    }

    /// The first record's cells of `text`, with a reader to ask about them.
    static func firstRecord<T>(
        _ text: String, _ dialect: DelimitedTextReader.Dialect = .csv,
        _ body: (DelimitedTextReader, [DelimitedTextReader.Cell]) throws -> T
    ) throws -> T {
        var text = text
        return try text.withUTF8 { buffer in
            var reader = DelimitedTextReader(bytes: buffer, file: "t", dialect: dialect)
            let cells = try #require(try reader.nextRecord())
            return try body(reader, cells)
        }
    }

    static func csvError(_ text: String) throws -> FrontlineError {
        try #require(throws: FrontlineError.self) { try rows(text, .csv) }
    }

    @Test("CSV: quoted commas, doubled quotes and line ends inside a cell; CR, LF and CRLF end records")
    func csvQuoting() throws {
        #expect(
            try Self.rows("a,\"b, c\",\"say \"\"x\"\"\"\r\n\"two\nlines\",,\rlast", .csv)
                == [["a", "b, c", "say \"x\""], ["two\nlines", "", ""], ["last"]])
    }

    @Test("CSV: a blank line is one empty cell, a byte order mark is not text, a formula guard is removed")
    func csvBlankBOMAndFormulaGuard() throws {
        #expect(try Self.rows("\u{FEFF}h\n\nx\n", .csv) == [["h"], [""], ["x"]])
        #expect(try Self.rows("'=SUM(A1),'+5,'x,'-,'\n", .csv) == [["=SUM(A1)", "+5", "'x", "-", "'"]])
    }

    @Test(
        "CSV: bad quotes are errors at their line and column, with the line shown",
        arguments: [
            ("a,b\nc,\"d\n", 2, 3, "never closed", "c,\"d"),
            ("a,b\nc,d\"e\n", 2, 4, "a quote inside an unquoted cell", "c,d\"e"),
            ("a,b\n\"c\"d,e\n", 2, 4, "text after a closing quote", "\"c\"d,e"),
            ("a\n\"x\ny\"z\n", 3, 3, "text after a closing quote", "y\"z"),
            ("é,ü,\"x\"y\n", 1, 8, "text after a closing quote", "é,ü,\"x\"y"),
        ])
    func csvErrors(text: String, line: Int, column: Int, words: String, shown: String) throws {
        let error = try Self.csvError(text)
        #expect(error.diagnostic.location == SourceLocation(file: "t", line: line, column: column))
        #expect(error.diagnostic.message.contains(words), "\(error.diagnostic.message)")
        #expect(error.diagnostic.sourceLine == shown)
    }

    @Test("TSV: no quoting, empty cells kept, a CR only dropped before the LF, empty lines skipped")
    func tabs() throws {
        #expect(
            try Self.rows("\u{FEFF}id\tname\r\n\n1\t\"Ayn\" al\t\r\n\r\n2\ta\rb\n\t\n", .tabs)
                == [["id", "name"], ["1", "\"Ayn\" al", ""], ["2", "a\rb"], ["", ""]])
    }

    @Test("TSV: skipped empty lines still count for the line numbers of later records")
    func tabLineNumbers() throws {
        var text = "a\n\n\r\nb\tc\n"
        let lines = text.withUTF8 { buffer in
            var reader = DelimitedTextReader(bytes: buffer, file: "t", dialect: .tabs)
            var lines: [[Int]] = []
            // The tab dialect never throws.
            while let cells = try? reader.nextRecord() { lines.append(cells.map(\.line)) }
            return lines
        }
        #expect(lines == [[1], [4, 4]])
    }

    @Test(
        "numbers: the fast path and the exact path agree with Double(String)",
        arguments: [
            "35.260140", "-1.5", "+2", "0", ".5", "5.", "36.6058101234567", "36.60581012345678901", "1e3", "-2.5E-4",
            "179.999999", "0.1", "123456789012345",
        ])
    func doubles(text: String) throws {
        try Self.firstRecord(text) { reader, cells in #expect(reader.double(cells[0]) == Double(text)) }
    }

    @Test(
        "numbers: text, spaces, nan and infinity are not numbers",
        arguments: ["-", "x", " 35.1", "35.1 ", "nan", "inf", "1e999", "1.2.3"])
    func notDoubles(text: String) throws {
        try Self.firstRecord(text) { reader, cells in #expect(reader.double(cells[0]) == nil) }
    }

    @Test("whole numbers: a sign, at most 18 digits, a .0 tail only when asked")
    func ints() throws {
        try Self.firstRecord("42,-7,1200.0,12.5,x,1234567890123456789,") { reader, c in
            #expect(reader.int(c[0]) == 42)
            #expect(reader.int(c[1]) == -7)
            #expect(reader.int(c[2]) == nil)
            #expect(reader.int(c[2], zeroFraction: true) == 1200)
            #expect(reader.int(c[3], zeroFraction: true) == nil)
            #expect(reader.int(c[4]) == nil)
            #expect(reader.int(c[5]) == nil)
            #expect(reader.int(c[6]) == nil)
            #expect(reader.count(c[1]) == nil)
            #expect(reader.count(c[2]) == 1200)
        }
    }

    @Test("days, enum values and byte comparisons read the cell without making a String")
    func cellValues() throws {
        try Self.firstRecord("2012-12-16,stated,locality") { reader, c in
            #expect(reader.day(c[0]) == Day(year: 2012, month: 12, day: 16))
            #expect(reader.enumValue(c[1], Certainty.self) == .stated)
            #expect(reader.equals(c[2], "locality"))
            #expect(!reader.equals(c[2], "local"))
        }
    }

    @Test("a TSV error counts the column in characters and shows the line without its CR")
    func tabError() throws {
        try Self.firstRecord("Ḩamāh\tx\r\n", .tabs) { reader, c in
            let error = reader.error(at: c[1].start, line: c[1].line, "bad")
            #expect(error.diagnostic.location == SourceLocation(file: "t", line: 1, column: 7))
            #expect(error.diagnostic.sourceLine == "Ḩamāh\tx")
        }
    }
}
