import Foundation
import Testing

@testable import FrontlineMaps

/// The JSON reader every read-back uses (the gazetteer's boundaries, the tests' `OutputJSON`): RFC 8259
/// exactly, numbers as `strtod` reads them.
@Suite("JSON reader")
struct JSONReaderTests {
    static func parse(_ text: String) throws -> JSONNode { try JSONReader.parse(Data(text.utf8)) }

    @Test(
        "numbers read as strtod reads them",
        arguments: [
            "0", "-0", "1", "-17", "35.1318", "36.605810", "0.000001", "-179.999999", "123456789012345",
            "1234567890123456789",
            "12345678901234567890123", "1e3", "2.5E-4", "-1.7976931348623157e308", "4.9e-324", "0.1",
            "0.30000000000000004",
        ])
    func numbers(text: String) throws {
        #expect(try Self.parse(text) == .number(strtod(text, nil)))
    }

    @Test("strings with every escape, and UTF-8 passed through")
    func strings() throws {
        #expect(
            try Self.parse(#""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00 Ma'arrat ÷""#)
                == .string("a\"b\\c/d\u{8}\u{c}\n\r\té😀 Ma'arrat ÷"))
    }

    @Test("structure and order kept")
    func structure() throws {
        let node = try Self.parse(#" {"b":[1,true,null,{"c":"d"}],"a":false} "#)
        guard case let .object(members) = node else { Issue.record("not an object"); return }
        #expect(members.map(\.0) == ["b", "a"])
        #expect(node["b"] == .array([.number(1), .bool(true), .null, .object([("c", .string("d"))])]))
    }

    @Test(
        "what RFC 8259 forbids is refused",
        arguments: [
            "", "NaN", "Infinity", "-Infinity", "[1,]", "{\"a\":1,}", "01", "1.", ".5", "-", "\"a", "\"\u{1}\"",
            "[1] 2", "{a:1}", "'a'",
            "[\"\\x\"]", "\"\\ud800x\"", String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
        ])
    func refused(text: String) {
        #expect(throws: FrontlineError.self) { try Self.parse(text) }
    }

    @Test("the fixture's day files read back the frames they were written from", arguments: 0..<RenderFixture.dayCount)
    func fixtureFrames(day: Int) throws {
        let frame = try OutputJSON.frame(day: RenderFixture.first + day, dayFile: Data(RenderFixture.dayFile(day).utf8))
        let expected = RenderFixture.frame(day)
        #expect(frame.places == expected.places)
        #expect(frame.territories == expected.territories)
        #expect(frame.fronts == expected.fronts)
        #expect(frame.events == expected.events)
        #expect(frame.bbox == expected.bbox)
    }

    @Test("every file the geometry stage writes for the seed's story parses, equal to JSONSerialization's reading")
    func seedFiles() throws {
        for (path, data) in try SeedLedgerFixture.build() where path.hasSuffix(".geojson") {
            let ours = try JSONReader.parse(data)
            let theirs = try JSONSerialization.jsonObject(with: data)
            #expect(Self.same(ours, theirs), "\(path)")
        }
    }

    static func same(_ node: JSONNode, _ any: Any) -> Bool {
        switch node {
        case .null: return any is NSNull
        case let .bool(b): return (any as? Bool) == b && !(any is Int && !(any is Bool))
        case let .number(n): return (any as? NSNumber)?.doubleValue == n
        case let .string(s): return (any as? String) == s
        case let .array(items):
            guard let other = any as? [Any], other.count == items.count else { return false }
            return zip(items, other).allSatisfy { same($0, $1) }
        case let .object(members):
            guard let other = any as? [String: Any], other.count == members.count else { return false }
            return members.allSatisfy { key, value in other[key].map { same(value, $0) } ?? false }
        }
    }
}
