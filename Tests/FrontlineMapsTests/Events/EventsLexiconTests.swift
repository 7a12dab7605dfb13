import Foundation
import Testing

@testable import FrontlineMaps

/// The lexicon is data: the defaults load, a user's file extends them, and a bad entry is named.
@Suite("Events: lexicon")
struct EventsLexiconTests {
    @Test("the default lexicon holds both roles, the actors of the issue and the verbs of every event type")
    func defaults() throws {
        let lex = try EventFixtures.lexicon()
        #expect(Set(lex.roles.keys).isSuperset(of: ["government", "opposition"]))
        for phrase in ["rebels", "fsa", "free syrian army", "opposition", "rebel military council"] {
            #expect(lex.actors["opposition"]?.contains(phrase) == true, "\(phrase)")
        }
        for phrase in [
            "syrian army", "the military", "army forces", "government troops", "security forces", "assad forces",
            "air force", "warplanes",
        ] {
            #expect(lex.actors["government"]?.contains(phrase) == true, "\(phrase)")
        }
        let types = Set(lex.verbs.map(\.type))
        #expect(
            types.isSuperset(of: [
                .capture, .partialCapture, .recapture, .withdrawal, .attack, .underAttack, .siege, .checkpoints,
                .clashes,
                .offensive, .airstrike, .shelling, .bombardment, .carBomb, .bombing, .massacre,
            ]))
    }

    @Test("an unknown event type is refused with the file, the line and the valid types")
    func badType() throws {
        let yaml = "verbs:\n  - {phrase: overwhelmed, type: overwhelm}\n"
        let error = try #require(throws: FrontlineError.self) { try Lexicon.parse(yaml: yaml, file: "mine.yaml") }
        #expect(error.diagnostic.location == SourceLocation(file: "mine.yaml", line: 2, column: 1))
        #expect(error.diagnostic.message.contains("capture, partial_capture"))
    }

    @Test("invalid YAML and wrong shapes are refused, naming the file")
    func badShape() throws {
        for yaml in ["actors: [unclosed", "actors:\n  government: 3\n", "certainty:\n  sure: [yes]\n"] {
            let error = try #require(throws: FrontlineError.self) { try Lexicon.parse(yaml: yaml, file: "mine.yaml") }
            #expect(error.diagnostic.location?.file == "mine.yaml")
        }
    }

    @Test("a user's file adds actors for a war the defaults do not know")
    func extension_() throws {
        let url = EventFixtures.folder.appendingPathComponent("lexicon-jihadist-war.yaml")
        let lex = try Lexicon.load(directory: EventFixtures.lexicons, extra: [url])
        #expect(lex.actors["jihadist"]?.contains("isil") == true)
        #expect(lex.actors["government"]?.contains("warplanes") == true)
        let article = EventFixtures.folder.appendingPathComponent("2015_Tell_Abyad_offensive.md")
        let (without, _) = try EventFixtures.extract(article)
        let (with, _) = try EventFixtures.extract(article, extraLexicons: [url])
        // The defaults know this war's camps now; the user's file must keep every event sided, and never
        // leave one the defaults sided without a side.
        #expect(with.events.allSatisfy { $0.side != nil })
        #expect(with.events.filter { $0.side != nil }.count >= without.events.filter { $0.side != nil }.count)
        // A word the defaults do not know is nobody's until a user's file names it.
        let user = try Lexicon.parse(yaml: "actors:\n  islamic_state: [black banner column]\n", file: "mine.yaml")
        var extended = try EventFixtures.lexicon()
        extended.merge(user)
        var notes: [Diagnostic] = []
        let sides = [
            Side(number: 1, name: "Syrian Democratic Forces"),
            Side(number: 2, name: "Islamic State of Iraq and the Levant"),
        ]
        #expect(
            SideMatcher(sides: sides, lexicon: try EventFixtures.lexicon(), diagnostics: &notes, file: "a.md").side(
                of: "black banner column") == nil)
        #expect(
            SideMatcher(sides: sides, lexicon: extended, diagnostics: &notes, file: "a.md").side(
                of: "black banner column") == 2)
    }
}
