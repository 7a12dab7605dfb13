/// Binds the lexicon's roles to the article's numbered sides, and turns actor phrases into sides.
///
/// Articles number their combatants in their own order, so "rebels → combatant1" cannot be data.
/// Instead each role's keywords are counted in every combatant's name, members and link pages
/// (whole words, case-insensitive); the side with the most matches, if unique, plays the role.
struct SideMatcher {
    /// Role → side number, for the roles that matched one side.
    private(set) var sideOfRole: [String: Int] = [:]
    /// Actor phrases (lexicon phrases and the sides' own names) → side number.
    private(set) var actors = PhraseTable<Int>()
    let sideNumbers: [Int]
    private let names: [Int: String]

    init(sides: [Side], lexicon: Lexicon, diagnostics: inout [Diagnostic], file: String) {
        sideNumbers = sides.map(\.number)
        names = Dictionary(sides.map { ($0.number, $0.name) }, uniquingKeysWith: { a, _ in a })
        for role in lexicon.roles.keys.sorted() {
            let keywords = lexicon.roles[role] ?? []
            var scores: [(side: Int, score: Int)] = []
            for side in sides {
                let texts = [side.name] + side.members + side.links.flatMap { [$0.text, $0.page] }
                let tokens = texts.map { Tokenizer.tokens(Array($0.utf8)) }
                var table = PhraseTable<Bool>()
                for k in keywords { table.add(k, true) }
                let score = tokens.reduce(0) { $0 + table.matches(in: $1).count }
                scores.append((side.number, score))
            }
            let best = scores.max { $0.score < $1.score }
            if let best, best.score > 0 {
                if scores.filter({ $0.score == best.score }).count == 1 {
                    sideOfRole[role] = best.side
                } else {
                    diagnostics.append(Diagnostic(.note, "actor role '\(role)' matches several combatants equally; its actors are left without a side",
                                                  at: SourceLocation(file: file, line: 1, column: 1)))
                }
            }
        }
        for role in lexicon.actors.keys.sorted() {
            guard let side = sideOfRole[role] else { continue }
            for phrase in lexicon.actors[role] ?? [] { actors.add(phrase, side) }
        }
        // The combatants' own words are the surest actors and override the lexicon.
        for side in sides {
            for text in [side.name] + side.members + side.links.map(\.text) {
                let clean = SideMatcher.stripFileNames(text)
                if !clean.isEmpty { actors.add(clean, side.number) }
            }
        }
    }

    /// The side's infobox name ("Syrian National Coalition").
    func name(of side: Int) -> String? { names[side] }

    /// The other side of a two-sided war; `nil` when there are more sides (who gained is then unknown).
    func opponent(of side: Int) -> Int? {
        guard sideNumbers.count == 2 else { return nil }
        return sideNumbers.first { $0 != side }
    }

    /// Drops image names that infoboxes put before a member ("Syria Armed Forces Emblem.svg Syrian Armed Forces").
    static func stripFileNames(_ text: String) -> String {
        let words = text.split(separator: " ")
        if let last = words.lastIndex(where: { $0.hasSuffix(".svg") || $0.hasSuffix(".png") || $0.hasSuffix(".jpg") }) {
            return words[(last + 1)...].joined(separator: " ")
        }
        return text
    }
}
