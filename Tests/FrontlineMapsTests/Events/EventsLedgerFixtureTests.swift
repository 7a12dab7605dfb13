import Foundation
import Testing

@testable import FrontlineMaps

/// The seed's ledger, written by hand from its text, is what the extractor must produce.
@Suite("Events: hand-written ledgers")
struct EventsLedgerFixtureTests {
    /// The columns compared: everything but ids (an ordering detail), coordinates and place ids
    /// (the gazetteer's business) and the source sentence (checked through the offset).
    static let compared = [
        "event_date", "date_precision", "date_earliest", "date_latest", "event_type", "sub_event_type", "side",
        "actor", "place_name", "place_id", "geo_precision", "fatalities_low", "fatalities_best", "fatalities_high",
        "certainty", "source_section", "source_sentence",
    ]

    static func rows(_ csv: String) throws -> [[String: String]] {
        let table = try LedgerCSV.readTable(csv, file: "fixture")
        return table.rows.map { row in Dictionary(uniqueKeysWithValues: zip(table.header, row)) }
    }

    static func key(_ r: [String: String]) -> String { compared.map { r[$0] ?? "" }.joined(separator: " | ") }

    /// Article, expected ledger, extra lexicon (a user's `--lexicon` file) if any.
    @Test(
        "articles match their hand-written ledgers",
        arguments: [
            ("2012_Hama_offensive.md", "2012_Hama_offensive.csv", nil),
            ("2014_Idlib_countryside_offensive.md", "2014_Idlib_countryside_offensive.csv", nil),
            ("2015_Tell_Abyad_offensive.md", "2015_Tell_Abyad_offensive.csv", "lexicon-jihadist-war.yaml"),
        ] as [(String, String, String?)])
    func matchesFixture(article: String, ledger: String, lexicon: String?) throws {
        let url = article.hasPrefix("2012_Hama") ? TestPaths.seed : EventFixtures.folder.appendingPathComponent(article)
        let extra = lexicon.map { [EventFixtures.folder.appendingPathComponent($0)] } ?? []
        let (actual, _) = try EventFixtures.extract(url, extraLexicons: extra)
        let written = LedgerCSV.write(actual)
        let expected = try String(contentsOf: EventFixtures.ledgers.appendingPathComponent(ledger), encoding: .utf8)
        let want = try Self.rows(expected).map(Self.key)
        let got = try Self.rows(written).map(Self.key)
        let missing = want.filter { !got.contains($0) }
        let unexpected = got.filter { !want.contains($0) }
        if !missing.isEmpty || !unexpected.isEmpty {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("actual-" + ledger)
            try? written.write(to: out, atomically: true, encoding: .utf8)
            Issue.record(
                "ledger differs from \(ledger) (actual written to \(out.path))\nmissing:\n\(missing.joined(separator: "\n"))\nunexpected:\n\(unexpected.joined(separator: "\n"))"
            )
        }
        #expect(got.count == want.count)
    }
}
