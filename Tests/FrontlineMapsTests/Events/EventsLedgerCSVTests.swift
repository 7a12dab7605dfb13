import Foundation
import Testing

@testable import FrontlineMaps

/// The ledger CSV: what `events` writes is what `map --ledger` reads, formulas are defused, and a
/// bad row is reported at its line and column with what to write instead.
@Suite("Events: ledger CSV")
struct EventsLedgerCSVTests {
    static let header = LedgerCSV.columns.joined(separator: ",")

    static func sample() -> Ledger {
        let d = Day(iso: "2012-12-16")!
        let events = [
            Event(
                id: "EV-0001",
                date: EventDate(
                    day: d + 2, precision: .approximate, earliest: d, latest: d + 2, phrase: "Within two days"),
                type: .capture, subType: "territory taken", side: 1, actor: "=HYPERLINK(\"http://x\")",
                placeName: "Kafr Nabudah",
                placeID: "168660", latitude: 35.43175, longitude: 36.49354, geoPrecision: "locality",
                fatalities: Fatalities(low: 90, best: nil, high: 200), certainty: .claimed,
                sourceSentence: "He said, \"they were cleared\",\nthen left.", sourceSection: "The offensive",
                sourceOffset: 1234),
            Event(
                id: "EV-0002", date: EventDate(day: d + 3), type: .offensive, subType: "origin of advance", side: 2,
                actor: "-rebels",
                placeName: "+Hasraya", geoPrecision: "unresolved", placeRole: .origin, certainty: .disputed,
                sourceSentence: "@mention", sourceSection: "", sourceOffset: 0),
        ]
        return Ledger(title: "t", sides: [], events: events)
    }

    @Test("write → read → write is the identity, quotes, commas, line breaks and formulas included")
    func roundTrip() throws {
        let text = LedgerCSV.write(Self.sample())
        let back = try LedgerCSV.read(text, file: "x.csv")
        #expect(LedgerCSV.write(back) == text)
        #expect(back.events[0].actor == "=HYPERLINK(\"http://x\")")
        #expect(back.events[0].sourceSentence == "He said, \"they were cleared\",\nthen left.")
        #expect(back.events[0].date.earliest == Day(iso: "2012-12-16"))
        #expect(back.events[0].fatalities == Fatalities(low: 90, best: nil, high: 200))
        #expect(back.events[1].placeRole == .origin)
        #expect(back.events[1].placeName == "+Hasraya")
        #expect(back.baseline.isEmpty)  // the origin is unresolved: no id to hold
    }

    @Test("cells that begin with = + - @ are neutralised with a leading quote; plain numbers are not")
    func neutralised() throws {
        let text = LedgerCSV.write(Self.sample())
        #expect(text.contains(",\"'=HYPERLINK(\"\"http://x\"\")\","))
        #expect(text.contains(",'-rebels,"))
        #expect(text.contains(",'+Hasraya,"))
        #expect(text.contains(",'@mention,"))
        #expect(LedgerCSV.cell("-12.5") == "-12.5")
        #expect(LedgerCSV.cell("-1+2") == "'-1+2")
    }

    @Test(
        "a malformed row names file:line:col and what to do",
        arguments: [
            ("EV-1,2012-13-01,day,,,capture,,combatant1,a,b,,,,,,,,stated,s,x,0", 2, 6, "event_date '2012-13-01'"),
            ("EV-1,2012-12-01,day,,,captured,,combatant1,a,b,,,,,,,,stated,s,x,0", 2, 23, "unknown event type"),
            ("EV-1,2012-12-01,day,,,capture,,side one,a,b,,,,,,,,stated,s,x,0", 2, 32, "combatant1, combatant2"),
            ("EV-1,2012-12-01,day,,,capture,,combatant1,a,b,,95,36,,,,,stated,s,x,0", 2, 48, "latitude"),
            ("EV-1,2012-12-01,day,,,capture,,combatant1,a,b,,,,,,,,sure,s,x,0", 2, 54, "unknown certainty"),
            ("EV-1,2012-12-01,day,,,capture,,combatant1,a,b,,,,,,,,stated,s,x", 2, 1, "20 cells but the header has 21"),
            ("EV-1,2012-12-01,day,,,capture,,combatant1,a,b,,,,,,,,stated,\"s,x,0", 2, 61, "never closed"),
            (
                "EV-1,2012-12-01,day,,,capture,,combatant1,a \"b\",b,,,,,,,,stated,s,x,0", 2, 45,
                "quote inside an unquoted cell"
            ),
            ("EV-1,2012-12-01,day,,,capture,,combatant1,a,b,,,,,x,,,stated,s,x,0", 2, 51, "fatalities_low 'x'"),
        ])
    func malformed(row: String, line: Int, column: Int, message: String) throws {
        let text = Self.header + "\n" + row + "\n"
        let error = try #require(throws: FrontlineError.self) { try LedgerCSV.read(text, file: "bad.csv") }
        #expect(error.diagnostic.location == SourceLocation(file: "bad.csv", line: line, column: column))
        #expect(error.diagnostic.message.contains(message), "\(error.diagnostic.message)")
        #expect(error.diagnostic.sourceLine != nil)
    }

    @Test("a header without a required column is refused at line 1")
    func missingColumn() throws {
        let text = Self.header.replacingOccurrences(of: ",certainty", with: "") + "\n"
        let error = try #require(throws: FrontlineError.self) { try LedgerCSV.read(text, file: "bad.csv") }
        #expect(error.diagnostic.location?.line == 1)
        #expect(error.diagnostic.message.contains("certainty"))
    }

    @Test("columns in another order, CRLF line ends and a byte order mark are accepted")
    func lenient() throws {
        let cols = LedgerCSV.columns.reversed()
        var values = Dictionary(uniqueKeysWithValues: LedgerCSV.columns.map { ($0, "") })
        values["event_id"] = "E1"; values["event_date"] = "2013-02-07"; values["event_type"] = "recapture";
        values["place_name"] = "Kernaz"; values["side"] = "combatant2"
        let text =
            "\u{FEFF}" + cols.joined(separator: ",") + "\r\n" + cols.map { values[$0]! }.joined(separator: ",") + "\r\n"
        let ledger = try LedgerCSV.read(text, file: "x.csv")
        #expect(ledger.events.count == 1)
        #expect(ledger.events[0].type == .recapture)
        #expect(ledger.events[0].side == 2)
        #expect(ledger.events[0].date.precision == .day)
        #expect(ledger.events[0].certainty == .stated)
        #expect(ledger.events[0].geoPrecision == "unresolved")
    }

    @Test("the synthetic war's ledger (its first 200 rows, committed) reads: bombing, clashes, confirmed")
    func syntheticSample() throws {
        let ledger = try LedgerCSV.read(
            contentsOf: EventFixtures.ledgers.appendingPathComponent("synthetic_war_sample.csv"))
        #expect(ledger.events.count == 200)
        #expect(Set(ledger.events.map(\.certainty)).isSuperset(of: [.confirmed, .claimed]))
        #expect(ledger.events.contains { $0.type == .clashes })
        #expect(ledger.events.allSatisfy { $0.latitude != nil && $0.side != nil })
        #expect(ledger.events[0].id == "SW-000001")
    }

    /// A whole generated war (a smaller one than the benchmark's 75,000 rows, to keep the suite quick),
    /// when the shared generator is on this machine.
    @Test(
        "a generated synthetic ledger reads whole",
        .enabled(if: FileManager.default.fileExists(atPath: EventsLedgerCSVTests.generator)))
    func syntheticFull() throws {
        let out = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [
            "python3", Self.generator, "--places", "2000", "--days", "730", "--changes", "5000", "--out", out.path,
        ]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        let ledger = try LedgerCSV.read(contentsOf: out.appendingPathComponent("ledger.csv"))
        #expect(ledger.events.count > 5_000)
        #expect(ledger.events.filter { $0.type.changesControl }.count == 5_000)
        #expect(
            Set(ledger.events.map(\.type)).isSuperset(of: [
                .bombing, .clashes, .airstrike, .partialCapture, .withdrawal,
            ]))
    }

    static let generator = "/work/shared/bench/synthetic_war.py"
}

extension EventsLedgerCSVTests {
    @Test(
        "coordinates read back exactly as Double parses them",
        arguments: ["35.260140", "-0.000001", "36.6", "89.999999", "12", "1e1", "35.2601401234567891"])
    func coordinates(text: String) throws {
        let row = "EV-1,2012-12-01,day,,,capture,,combatant1,a,b,1,\(text),\(text),,,,,stated,s,x,0"
        let ledger = try LedgerCSV.read(Self.header + "\n" + row + "\n", file: "c.csv")
        #expect(ledger.events[0].latitude == Double(text))
        #expect(ledger.events[0].longitude == Double(text))
    }
}
