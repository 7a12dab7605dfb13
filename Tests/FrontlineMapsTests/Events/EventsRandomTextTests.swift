import Foundation
import Testing

@testable import FrontlineMaps

/// Word salad made of the lexicon's own words, numbers, dates, links and odd characters: extraction
/// must never trap (an index out of range or an overflow would kill the test process), and every
/// event it does find must carry a real date and a place name.
@Suite("Events: random text")
struct EventsRandomTextTests {
    /// A small deterministic generator (SplitMix64), so a failure is reproducible from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let words: [String] = {
        var w = [
            "On", "on", "16", "31", "February", "December", "2013", "within", "two", "days", "later", "before", "a",
            "week", "by",
            "early", "mid-March", "the", "town", "of", "Halfaya", "Morek", "Hama", "[Kafr Zita](./Kafr_Zita)",
            "[X](./)", "rebels",
            "Syrian", "Army", "warplanes", "killed", "up", "to", "300", "90–200", "1,500", ",", ".", ";", "'s", "’",
            "—", "\"",
            "this", "same", "from", "north", "after", "16", "of", "fighting", "not", "confirmed", "blamed",
            "99999999999999999999",
            "al-", "-", "Ma'an", "é", "🙂", "(", ")", "between", "and", "would", "with", "aim", "controlled",
        ]
        w += [
            "captured", "recaptured", "retook control of", "attacked", "shelled", "air strike", "car bomb",
            "surrounding", "under attack",
            "launched an offensive", "advanced", "withdrew from", "cleared from", "set up checkpoints",
        ]
        return w
    }()

    static func article(seed: UInt64) -> String {
        var rng = SplitMix(state: seed)
        var body = "## Section\n"
        for _ in 0..<6 {
            var sentence: [String] = []
            for _ in 0..<Int.random(in: 1...40, using: &rng) { sentence.append(words.randomElement(using: &rng)!) }
            body += sentence.joined(separator: Bool.random(using: &rng) ? " " : "") + ". "
            if Int.random(in: 0..<3, using: &rng) == 0 { body += "\n\n" }
        }
        return
            "---\ninfoboxes:\n  - date:\n      text: 16–31 December 2012\n    combatant1:\n      text: Syrian opposition\n    combatant2:\n      text: Syrian Government\ntitle: Random\n---\n"
            + body + "\n"
    }

    @Test("500 random articles")
    func random() throws {
        let extractor = EventExtractor(lexicon: try EventFixtures.lexicon(), resolver: try EventFixtures.resolver())
        for seed in UInt64(1)...500 {
            let text = Self.article(seed: seed)
            let article = try ArticleReader.parse(data: Data(text.utf8), file: "random-\(seed).md")
            let ledger = extractor.extract(article).ledger
            for e in ledger.events {
                #expect(e.date.earliest <= e.date.latest, "seed \(seed)")
                #expect(!e.placeName.isEmpty, "seed \(seed)")
            }
            // And the CSV of whatever came out reads back.
            #expect(
                try LedgerCSV.read(LedgerCSV.write(ledger), file: "r.csv").events.count == ledger.events.count,
                "seed \(seed)")
        }
    }
}
