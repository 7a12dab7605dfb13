import Foundation
import Testing

@testable import FrontlineMaps

/// Assaults on places the gazetteer does not hold, and the weapons they were made with: composed
/// sentences, the war of `EventsGeneralisationTests`.
@Suite("Events: assaults")
struct EventsAssaultTests {
    typealias G = EventsGeneralisationTests

    @Test("an assault's place is its direct object, or the place of the site it hit, known or not")
    func assaultObjects() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 10 June ISIL attacked Dar Zumbul. On 11 June ISIL attacked the SDF-held border post at Tell Zanbar.
            On 12 June ISIL attacked the Kurdish-held ridge.
            """)
        let lines = G.lines(ledger)
        #expect(lines.contains("2016-06-10 attack 1 Dar Zumbul"))
        #expect(lines.contains("2016-06-11 attack 1 Tell Zanbar"))
        #expect(lines.contains("2016-06-11 held 2 Tell Zanbar"))
        // ("the Kurdish-held ridge" names no place.)
        #expect(!lines.contains { $0.hasPrefix("2016-06-12") })
    }

    @Test("'attacked X with a suicide car bomb': the weapon of an assault hit its place")
    func assaultWeapon() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            At dawn on 14 June ISIL attacked the SDF-held border post at Tell Zanbar with a suicide car bomb that had come from the north.
            """)
        let lines = G.lines(ledger)
        #expect(lines.contains("2016-06-14 attack 1 Tell Zanbar"))
        #expect(lines.contains("2016-06-14 car_bomb 1 Tell Zanbar"))
    }

    @Test("'the town' does not point back to a name no gazetteer holds, which may be no town at all")
    func theTownAfterAnUnknownName() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 5 June ISIL attacked Morek. On 7 June ISIL shelled Morek again. On 9 June ISIL besieged Morek.
            On 11 June the SDF entered Kurnaz. On 13 June the SDF held Halfaya.
            On 15 June ISIL attacked the SDF-held border post at Tell Zanbar. Ten people were killed in the fighting that followed across the town.
            """)
        let lines = G.lines(ledger)
        #expect(lines.contains { $0.hasPrefix("2016-06-15") && $0.hasSuffix(" Morek") })
        #expect(!lines.contains { $0.hasPrefix("2016-06-15 clashes") && $0.hasSuffix(" Tell Zanbar") })
    }

    @Test("'broke into X' is an assault too; 'the SDF's only supply line' names no agent")
    func breakInsAndOwners() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            ISIL hit back on 28 June. Assault groups attacked the highway, the SDF's only supply line, and broke into Morek.
            On 29 June the SDF's 5th Brigade captured Halfaya.
            """)
        let lines = G.lines(ledger)
        #expect(lines.contains("2016-06-28 partial_capture 1 Morek"))
        #expect(lines.contains("2016-06-28 attack 1 Morek"))
        #expect(lines.contains("2016-06-29 capture 2 Halfaya"))
    }

    @Test("a strike or an ambush in a sentence naming no place is the fight for the one place just taken")
    func placelessViolence() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 3 July the SDF stormed Morek. Observers counted more than 40 air strikes in support of the assault.
            On 6 July the SDF took Halfaya and Kurnaz. A relief convoy was ambushed the same day.
            On 8 July the SDF took Qamhana. The SDF said it would not withdraw.
            """)
        let lines = G.lines(ledger)
        #expect(lines.contains("2016-07-03 airstrike - Morek"))
        // (Two places taken: the ambush could be at either, and is placed at neither.)
        #expect(!lines.contains { $0.contains(" attack ") && $0.hasPrefix("2016-07-06") })
        // (Never a change of control.)
        #expect(!lines.contains { $0.hasPrefix("2016-07-08 withdrawal") })
    }

    @Test(
        "'pushed into the outskirts' enters the town of the narrative; a strike beside it hits its own clause's place")
    func outskirtsAndStrikes() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 5 June ISIL attacked Morek. On 7 June ISIL shelled Morek again. On 9 June ISIL besieged Morek.
            On 23 June SDF fighters pushed into the outskirts, where two of them were killed by a bomb; the same day coalition aircraft struck the silos on the eastern edge of Halfaya.
            """)
        let lines = G.lines(ledger)
        #expect(lines.contains("2016-06-23 partial_capture 2 Morek"))
        #expect(lines.contains { $0.hasPrefix("2016-06-23 airstrike") && $0.hasSuffix(" Halfaya") })
    }

    @Test(
        "'Four days later they tried once more, and by morning X was theirs': a renewed assault on the one place named")
    func renewedAssault() throws {
        let ledger = try G.extract(
            """
            ## Offensive
            On 20 June ISIL broke into Morek but was thrown back. Four days later they tried once more, and by the morning of 25 June Morek was theirs.
            """)
        let lines = G.lines(ledger)
        #expect(
            lines.contains {
                $0.hasPrefix("2016-06-2") && $0.contains(" attack 1 Morek") && !$0.hasPrefix("2016-06-20")
            })
        #expect(lines.contains("2016-06-25 held 1 Morek"))
    }
}
