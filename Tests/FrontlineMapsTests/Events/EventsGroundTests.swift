import Foundation
import Testing

@testable import FrontlineMaps

/// Ground the text takes without naming it ("three more villages", "several hills"), placed at the
/// nearest place the sentence gives, as ACLED codes such an event: composed sentences, the war of
/// `EventsGeneralisationTests`.
@Suite("Events: unnamed ground")
struct EventsGroundTests {
    typealias G = EventsGeneralisationTests

    @Test("counted ground with no word locating it goes near the sentence's own place")
    func nearestPlaceOfTheSentence() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 20 June the SDF captured three more villages, with Morek almost surrounded.
            On 21 June, advancing on Kurnaz, the SDF overran several hills and a quarry.
            """)
        let lines = G.roles(ledger)
        #expect(lines.contains("2016-06-20 capture 2 Morek vicinity"))
        #expect(lines.contains("2016-06-21 capture 2 Kurnaz vicinity"))
        // No map colours ground near a place: neither town becomes the SDF's.
        #expect(!lines.contains { $0.hasSuffix(" target") && $0.contains(" capture ") })
    }

    @Test("ground named after its place, or next to a place taken, is no unnamed ground")
    func namedGroundIsNotNearAnything() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 21 June the SDF captured parts of the town of Halfaya in Hama's countryside.
            On 22 June the SDF took Kurnaz, then captured two more villages.
            On 23 June the SDF captured 14 villages, as Turkey shelled the border.
            """)
        let lines = G.roles(ledger)
        #expect(lines.contains("2016-06-21 partial_capture 2 Halfaya target"))
        #expect(lines.contains("2016-06-22 capture 2 Kurnaz target"))
        // (Not near Hama, the possessive's region, nor near Kurnaz, which itself changed hands, nor near
        // a whole country.)
        #expect(!lines.contains { $0.hasSuffix(" vicinity") })
    }

    @Test("a place no gazetteer holds keeps its row, and the ground is also placed near the sentence's place")
    func unresolvedNearAPlace() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 24 June the SDF captured the village of Dar Zumbul, south of Morek.
            On 25 June ISIL stormed SDF positions in Halfaya.
            """)
        let lines = G.roles(ledger)
        #expect(lines.contains("2016-06-24 capture 2 Dar Zumbul target"))
        #expect(lines.contains("2016-06-24 capture 2 Morek vicinity"))
        #expect(ledger.events.first { $0.placeName == "Dar Zumbul" }?.placeID == nil)
        // (An attack on positions in a town is the attack on it: no ground is also taken near it.)
        #expect(lines.filter { $0.hasPrefix("2016-06-25") } == ["2016-06-25 attack 1 Halfaya target"])
    }

    @Test("'took place in X', 'lost its first member in X', 'the goal was the retaking of X' change no hands")
    func objectsThatAreNoGround() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 26 June heavy clashes took place in Morek. On 27 June the SDF lost its first member in Halfaya.
            On 28 June the SDF's next goal was thought to be the retaking of Kurnaz.
            On 29 June the SDF took two days to reach Qamhana, and captured Qamhana.
            """)
        let lines = G.lines(ledger)
        #expect(!lines.contains { $0.contains("capture") && !$0.hasSuffix(" Qamhana") })
        // (A length of time before "to" is no object: the verb still takes the place after it.)
        #expect(lines.contains("2016-06-29 capture 2 Qamhana"))
    }

    @Test("a name resolved once as a place is found again bare, though the spotter reads exact spellings only")
    func resolvedNamesAreLearnt() throws {
        let text = G.article(
            """
            ## Offensive
            Mourek, further east, remained in ISIL hands. On 18 June the SDF took several positions near Mourek.
            """)
        let article = try ArticleReader.parse(data: Data(text.utf8), file: "g.md")
        let lexicon = try Lexicon.load(directory: EventFixtures.lexicons)
        let ledger = EventExtractor(lexicon: lexicon, resolver: try EventFixtures.gazetteer.get()).extract(article)
            .ledger
        let lines = G.roles(ledger)
        #expect(lines.contains("2016-06-18 attack 2 Mourek target"))
        #expect(lines.contains("2016-06-18 capture 2 Mourek vicinity"))
    }

    @Test("'reached X and took a fuel station': an active verb after 'and' has an object of its own")
    func activeVerbAfterAnd() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 2 July the SDF reached Morek and took a fuel station. On 3 July Halfaya and Kurnaz were taken by the SDF.
            """)
        let lines = G.roles(ledger)
        #expect(!lines.contains("2016-07-02 capture 2 Morek target"))
        #expect(lines.contains("2016-07-03 capture 2 Halfaya target"))
        #expect(lines.contains("2016-07-03 capture 2 Kurnaz target"))
    }

    @Test("'After X the SDF turned on Y … the town': the town is the place the narrative turned on")
    func turnedOn() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 5 June ISIL attacked Morek. On 7 June ISIL shelled Morek again. On 9 June ISIL besieged Morek.
            After Morek the SDF turned on Halfaya, which it had been encircling for several days. On 12 June the SDF restored security to the town.
            """)
        let turned = try #require(ledger.events.first { $0.placeName == "Halfaya" && $0.type == .offensive })
        #expect(turned.actor == "SDF")
        #expect(G.lines(ledger).contains("2016-06-12 capture 2 Halfaya"))
    }

    @Test("quotation marks and the marks of a range are no words between a verb and its place")
    func marksAreNoWords() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 27 June the SDF announced that Morek had been "completely liberated".
            On 28 June the SDF took 15–20% of the ISIL-held part of Halfaya.
            """)
        let lines = G.lines(ledger)
        #expect(lines.contains("2016-06-27 capture 2 Morek"))
        #expect(lines.contains("2016-06-28 partial_capture 2 Halfaya"))
    }

    @Test("'captured the ISIL stronghold of X', 'an ISIL radio station': whose ground it was, and what it was")
    func describedGround() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 4 July the SDF captured the ISIL stronghold of Morek.
            On 5 July the SDF advanced in Halfaya, also capturing an ISIL radio station.
            On 6 July the SDF refused withdrawing from the area between Kurnaz and Qamhana.
            """)
        let lines = G.roles(ledger)
        #expect(lines.contains("2016-07-04 capture 2 Morek target"))
        #expect(lines.contains("2016-07-05 capture 2 Halfaya vicinity"))
        // (A refusal is no event.)
        #expect(!lines.contains { $0.hasPrefix("2016-07-06 withdrawal") })
    }

    @Test("'captured X, one of the first towns to revolt, together with Y': the list goes on after an apposition")
    func listAfterApposition() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 7 July the SDF captured Morek, one of the first towns to revolt in 2011, together with Halfaya and several other villages.
            """)
        let lines = G.lines(ledger)
        #expect(lines.contains("2016-07-07 capture 2 Morek"))
        #expect(lines.contains("2016-07-07 capture 2 Halfaya"))
    }

    @Test("'most of northern X was subsequently occupied by the SDF': a share of a place, narrowed by a direction")
    func mostOfAPlace() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 8 July most of northern Morek was subsequently occupied by the SDF. On 9 July the SDF took parts of eastern Halfaya.
            """)
        let lines = G.lines(ledger)
        #expect(lines.contains("2016-07-08 partial_capture 2 Morek"))
        #expect(lines.contains("2016-07-09 partial_capture 2 Halfaya"))
    }
}
