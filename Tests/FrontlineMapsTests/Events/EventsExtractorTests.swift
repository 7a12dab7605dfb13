import Foundation
import Testing

@testable import FrontlineMaps

/// What the "Done when" asks of the seed, checked one by one against the real gazetteer,
/// and the rules that keep extraction general (sides by the infobox, not by position).
@Suite("Events: extractor on the seed")
struct EventsExtractorTests {
    static let seed: Result<(ledger: Ledger, diagnostics: [Diagnostic]), Error> = Result {
        try EventFixtures.extract(TestPaths.seed)
    }

    static func events(_ type: EventType, at place: String) throws -> [Event] {
        try seed.get().ledger.events.filter { $0.type == type && $0.placeName == place }
    }

    @Test("seven towns cleared within two days of 16 December: approximate 18 December, claimed, by the opposition")
    func sevenTowns() throws {
        let captures = try Self.seed.get().ledger.events.filter { $0.type == .capture }
        #expect(
            captures.map(\.placeName) == [
                "Halfaya", "Kafr Nabudah", "Hayalin", "Hasraya", "al-Lataminah", "Taybat al-Imam", "Kafr Zita",
            ])
        for e in captures {
            #expect(e.date.day == Day(iso: "2012-12-18"))
            #expect(e.date.precision == .approximate)
            #expect(e.date.earliest == Day(iso: "2012-12-16"))
            #expect(e.date.phrase == "Within two days")
            #expect(e.certainty == .claimed)
            #expect(e.side == 1)
        }
    }

    @Test("Hasraya is not in the gazetteer: its event stays, without coordinates, with a warning")
    func unresolved() throws {
        let e = try #require(try Self.events(.capture, at: "Hasraya").first)
        #expect(e.placeID == nil && e.latitude == nil && e.longitude == nil)
        #expect(e.geoPrecision == "unresolved")
        #expect(
            try Self.seed.get().diagnostics.contains {
                $0.message.contains("'Hasraya'") && $0.location?.file == TestPaths.seed.path
            })
        #expect(LedgerCSV.write(try Self.seed.get().ledger).contains(",Hasraya,,,,unresolved,"))
    }

    @Test("the checkpoints outside Hayalin on 19 December cast doubt")
    func checkpoints() throws {
        let e = try #require(try Self.events(.checkpoints, at: "Hayalin").first)
        #expect(e.date.day == Day(iso: "2012-12-19"))
        #expect(e.side == 2)
        #expect(e.certainty == .disputed)
    }

    @Test("Morek partly captured on 20 December, retaken on 30 December; Ma'an surrounded, then retaken on 26 December")
    func morekAndMaan() throws {
        #expect(try Self.events(.partialCapture, at: "Morek").map(\.date.day) == [Day(iso: "2012-12-20")!])
        #expect(try Self.events(.recapture, at: "Morek").map(\.date.day) == [Day(iso: "2012-12-30")!])
        #expect(try Self.events(.siege, at: "Ma'an").map(\.side) == [1])
        #expect(try Self.events(.siege, at: "al-Tleisa").count == 1)
        #expect(try Self.events(.recapture, at: "Ma'an").map(\.side) == [2])
    }

    @Test("the air strike on Halfaya's bakery queue: up to 300, attribution disputed")
    func bakery() throws {
        let e = try #require(try Self.events(.airstrike, at: "Halfaya").first)
        #expect(e.date.day == Day(iso: "2012-12-23"))
        #expect(e.fatalities == Fatalities(low: nil, best: nil, high: 300, who: "civilians"))
        #expect(e.certainty == .disputed)
        #expect(e.side == 2)
    }

    @Test("bombardments on 29 December: Kafr Nabudah (6) and Taybat al-Imam (1); a week later, the attack from Qamhana")
    func bombardments() throws {
        #expect(try Self.events(.bombardment, at: "Kafr Nabudah").first?.fatalities.best == 6)
        #expect(try Self.events(.bombardment, at: "Taybat al-Imam").first?.fatalities.best == 1)
        let attack = try #require(try Self.events(.attack, at: "Taybat al-Imam").first)
        #expect(attack.date.precision == .approximate)
        #expect(attack.date.day == Day(iso: "2013-01-05"))
        let origin = try #require(try Self.events(.attack, at: "Qamhana").first)
        #expect(origin.placeRole == .origin)
        #expect(
            try Self.seed.get().ledger.baseline.contains(
                Baseline(side: 2, scope: .places([origin.placeID!]), sourceSentence: origin.sourceSentence)))
    }

    @Test(
        "the 2013 events: car bomb in Hama (50), minibus bomb in al-Buraq (54), Mughir two days before Kernaz after 16 days"
    )
    func aftermath() throws {
        #expect(try Self.events(.carBomb, at: "Hama").first?.fatalities.best == 50)
        #expect(try Self.events(.carBomb, at: "Hama").first?.date.day == Day(iso: "2013-01-21"))
        #expect(try Self.events(.carBomb, at: "al-Buraq").first?.fatalities.best == 54)
        #expect(try Self.events(.recapture, at: "Mughir").first?.date.day == Day(iso: "2013-02-05"))
        #expect(try Self.events(.recapture, at: "Kernaz").first?.date.day == Day(iso: "2013-02-07"))
        let fighting = try #require(try Self.events(.clashes, at: "Kernaz").first)
        #expect(fighting.date.precision == .range)
        #expect(fighting.date.earliest == Day(iso: "2013-01-22"))
        #expect(fighting.date.phrase == "after 16 days of fighting")
    }

    @Test("the background sentence gives the baseline: the province held by the government's side")
    func baseline() throws {
        #expect(try Self.seed.get().ledger.baseline.contains { $0.side == 2 && $0.scope == .area })
    }

    @Test("the lead (a summary of the body) gives no events of its own")
    func leadSkipped() throws {
        let lead = try ArticleReader.read(file: TestPaths.seed.path).sections[0].paragraphs.flatMap(\.sentences).map(
            \.text)
        #expect(try Self.seed.get().ledger.events.allSatisfy { !lead.contains($0.sourceSentence) })
    }

    @Test("sides follow the infobox: with the combatants swapped, every side number swaps")
    func swappedSides() throws {
        var article = try ArticleReader.read(file: TestPaths.seed.path)
        article.infobox = article.infobox.map { f in
            var f = f
            if f.key == "combatant1" { f.key = "combatant2" } else if f.key == "combatant2" { f.key = "combatant1" }
            return f
        }
        let swapped = EventExtractor(lexicon: try EventFixtures.lexicon(), resolver: try EventFixtures.gazetteer.get())
            .extract(article).ledger
        let original = try Self.seed.get().ledger
        #expect(swapped.events.count == original.events.count)
        for (a, b) in zip(original.events, swapped.events) {
            #expect(a.side.map { 3 - $0 } == b.side, "\(a.placeName) \(a.type)")
        }
    }

    @Test("extraction is deterministic")
    func deterministic() throws {
        let a = LedgerCSV.write(try EventFixtures.extract(TestPaths.seed).ledger)
        let b = LedgerCSV.write(try EventFixtures.extract(TestPaths.seed).ledger)
        #expect(a == b)
    }

    @Test("an impossible date drops its sentence's events with a warning at the sentence")
    func impossibleDate() throws {
        let (ledger, diagnostics) = try EventFixtures.extract(
            EventFixtures.folder.appendingPathComponent("2014_Idlib_countryside_offensive.md"))
        #expect(!ledger.events.contains { $0.sourceSentence.contains("31 February") })
        #expect(diagnostics.contains { $0.message.contains("31 February") && $0.location?.line != nil })
    }
}
