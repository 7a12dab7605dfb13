import Foundation
import Testing

@testable import FrontlineMaps

/// Statements of who held what, and how the timeline orders them beside the day's changes: composed
/// sentences, the war of `EventsGeneralisationTests`.
@Suite("Events: holding")
struct EventsHoldingTests {
    typealias G = EventsGeneralisationTests

    @Test("'they were in full control of both X and Y': a pronoun holds for the sentence's last actor")
    func pronounHolds() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 3 June the SDF took Morek; troops had entered Dar Zumbul the same day, and by nightfall they were in full control of both Morek and Dar Zumbul.
            """)
        let lines = G.lines(ledger)
        #expect(lines.contains("2016-06-03 held 2 Morek"))
        // (A name no gazetteer holds, after a verb of holding, is a place too.)
        #expect(lines.contains("2016-06-03 held 2 Dar Zumbul"))
    }

    @Test("a statement by the side that changed a place's hands that day is the outcome, not the state before")
    func statementAfterItsChange() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 5 June ISIL attacked Halfaya. On 8 June the SDF took Morek, and by nightfall they were in full control of Morek.
            """)
        let places = [TimelinePlace(id: "166640", name: "Murak", position: LonLat(lon: 36.69, lat: 35.38))]
        let timeline = try #require(ControlTimeline.build(ledger: ledger, places: places).0)
        // Taken by the SDF on 8 June: so not the SDF's before.
        #expect(timeline.places[0].state(on: Day(iso: "2016-06-07")!) != .held(2))
        #expect(timeline.places[0].state(on: Day(iso: "2016-06-08")!) == .held(2))
    }

    @Test("'the SDF kept the whole M5 with X, Y and Z': what was held may be listed after 'with'")
    func heldListAfterWith() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 6 July the ceasefire froze the front: the SDF kept the whole M5 with Morek, Halfaya and Kurnaz.
            """)
        let lines = G.lines(ledger)
        #expect(lines.contains("2016-07-06 held 2 Morek"))
        #expect(lines.contains("2016-07-06 held 2 Halfaya"))
        #expect(lines.contains("2016-07-06 held 2 Kurnaz"))
    }

    @Test("'SDF aircraft began flying combat missions from X': a side flying from or based at a place held it")
    func basedAt() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 30 June SDF aircraft began flying combat missions from Morek, while ISIL troops based at Halfaya waited.
            """)
        let lines = G.lines(ledger)
        #expect(lines.contains("2016-06-30 held 2 Morek"))
        #expect(lines.contains("2016-06-30 held 1 Halfaya"))
    }

    @Test("'ISIL's main road between its capital, X, and the border': the possessive's side held X")
    func itsCapital() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 31 May the SDF cut ISIL's main road between its capital, Morek, and the border.
            On 1 June the SDF cut the group's road to its stronghold of Halfaya.
            """)
        let lines = G.lines(ledger)
        #expect(lines.contains("2016-05-31 held 1 Morek"))
        // (Whose "its" is, when no possessive actor stands before it, is not guessed.)
        #expect(!lines.contains { $0.hasPrefix("2016-06-01 held") })
    }

    @Test("'the ISIL-held southern quarters of X': part of X held, so X is contested")
    func heldQuarters() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 5 July bombing of the ISIL-held southern quarters of Morek resumed.
            """)
        #expect(G.lines(ledger).contains("2016-07-05 partial_capture - Morek"))
    }
}
