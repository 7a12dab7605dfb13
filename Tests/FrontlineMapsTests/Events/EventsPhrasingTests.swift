import Foundation
import Testing

@testable import FrontlineMaps

/// Other ways of writing the same things, in an article whose infobox lists the government first:
/// each sentence gives exactly the events an event coder would take from it.
@Suite("Events: phrasings")
struct EventsPhrasingTests {
    static func extract(_ sentence: String) throws -> [Event] {
        let text = """
            ---
            infoboxes:
              - date:
                  text: March 2013
                place:
                  text: Hama Governorate, Syria
                combatant1:
                  text: |-
                    Syrian Government
                    * Syrian Armed Forces
                combatant2:
                  text: |-
                    Syrian opposition
                    * Free Syrian Army
            title: Phrasings
            ---
            ## Events
            \(sentence)

            """
        let article = try ArticleReader.parse(data: Data(text.utf8), file: "p.md")
        return EventExtractor(lexicon: try EventFixtures.lexicon(), resolver: try EventFixtures.resolver()).extract(
            article
        ).ledger.events
    }

    /// Sentence → "type side place" for each event, in order (side 1 = government here).
    @Test(
        "phrasings",
        arguments: [
            ("On 2 March 2013, [Kafr Zita](./Kafr_Zita) fell to the rebels.", ["capture 2 Kafr Zita"]),
            ("On 2 March 2013, Halfaya was captured by government forces.", ["capture 1 Halfaya"]),
            ("On 2 March 2013, government forces withdrew from Morek.", ["withdrawal 1 Morek"]),
            ("On 2 March 2013, rebels were driven out of Morek.", ["capture 1 Morek"]),
            ("On 2 March 2013, the army laid siege to Kafr Nabudah.", ["siege 1 Kafr Nabudah"]),
            (
                "On 2 March 2013, the army regained control of Halfaya and Kafr Zita.",
                ["recapture 1 Halfaya", "recapture 1 Kafr Zita"]
            ),
            (
                "On 2 March 2013, rebels took over the villages of Halfaya, Kafr Zita and Morek.",
                ["capture 2 Halfaya", "capture 2 Kafr Zita", "capture 2 Morek"]
            ),
            ("On 2 March 2013, the rebels attempted to capture Halfaya.", []),
            ("On 2 March 2013, the army would retake Halfaya if the rebels left.", []),
            ("On 2 March 2013, rebels were in fear of losing Morek.", []),
            ("On 2 March 2013, FSA fighters stormed the village of Qarqur.", ["capture 2 Qarqur", "attack 2 Qarqur"]),
            (
                "On 2 March 2013, the rebels seized Halfaya before the army recaptured it on 5 March.",
                ["capture 2 Halfaya", "recapture 1 Halfaya"]
            ),
            (
                "On 2 March 2013, clashes between rebels and the army in Kafr Zita killed 10 fighters.",
                ["clashes - Kafr Zita"]
            ),
            ("On 2 March 2013, Morek was retaken by the Syrian Army.", ["recapture 1 Morek"]),
            (
                "On 2 March 2013, rebels entered Halfaya but were repelled from the town of Morek.",
                ["partial_capture 2 Halfaya", "entered_repelled 2 Morek"]
            ),
            (
                "On 2 March 2013, the Free Syrian Army captured Kafr Zita from government forces.",
                ["held 1 Kafr Zita", "capture 2 Kafr Zita"]
            ),
        ] as [(String, [String])])
    func phrasing(sentence: String, expected: [String]) throws {
        let got = try Self.extract(sentence).map {
            "\($0.type.rawValue) \($0.side.map(String.init) ?? "-") \($0.placeName)"
        }
        #expect(got == expected)
    }

    @Test("'recaptured it on 5 March': the pronoun is the place just named, the date the one beside the verb")
    func pronounDate() throws {
        let events = try Self.extract(
            "On 2 March 2013, the rebels seized Halfaya before the army recaptured it on 5 March.")
        #expect(events.map { $0.date.day.iso } == ["2013-03-02", "2013-03-05"])
    }

    @Test("casualties and actors of strikes")
    func strikes() throws {
        let shelling = try #require(
            try Self.extract("On 2 March 2013, rebels shelled Mhardeh, killing three civilians.").first)
        #expect(shelling.type == .shelling && shelling.side == 2)
        #expect(shelling.fatalities == Fatalities(low: 3, best: 3, high: 3, who: "civilians"))
        let strike = try #require(try Self.extract("On 2 March 2013, an air strike on Halfaya killed 12 people.").first)
        #expect(strike.type == .airstrike && strike.side == nil && strike.placeName == "Halfaya")
        #expect(strike.fatalities.best == 12)
    }

    @Test("a name no gazetteer knows, after 'the village of', is kept unresolved")
    func unknownVillage() throws {
        let e = try #require(try Self.extract("On 2 March 2013, FSA fighters stormed the village of Qarqur.").first)
        #expect(e.placeID == nil && e.geoPrecision == "unresolved")
    }
}
