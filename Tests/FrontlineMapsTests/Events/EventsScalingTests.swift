import Foundation
import Testing

@testable import FrontlineMaps

/// A long sentence full of everything extraction looks at must cost linear time, not quadratic: a
/// megabyte-long sentence is legal Markdown.
@Suite("Events: long sentences")
struct EventsScalingTests {
    static func article(_ body: String) -> String {
        """
        ---
        infoboxes:
          - date:
              text: 1–31 March 2013
            place:
              text: Hama Governorate, Syria
            combatant1:
              text: Syrian opposition
            combatant2:
              text: Syrian Government
        title: Long
        ---
        ## Body
        \(body)

        """
    }

    @Test("a 250 KB sentence of places, verbs, actors, numbers, doubts and clause breaks")
    func longSentence() throws {
        let unit =
            "rebels captured [Kafr Zita](./Kafr_Zita) and the town of Halfaya, killing 5 people, with the aim of retaking Hama while warplanes would shell it, not confirmed, from Morek north of Hama "
        let body = "On 2 March 2013, " + String(repeating: unit, count: 250_000 / unit.utf8.count) + "until dawn."
        let article = try ArticleReader.parse(data: Data(Self.article(body).utf8), file: "long.md")
        let extractor = EventExtractor(lexicon: try EventFixtures.lexicon(), resolver: try EventFixtures.resolver())
        let clock = ContinuousClock()
        var ledger = Ledger(title: "", sides: [], events: [])
        let elapsed = clock.measure { ledger = extractor.extract(article).ledger }
        #expect(ledger.events.contains { $0.type == .capture && $0.placeName == "Kafr Zita" && $0.side == 1 })
        // Linear work is well under a second even in a debug build; quadratic work would take minutes.
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }
}
