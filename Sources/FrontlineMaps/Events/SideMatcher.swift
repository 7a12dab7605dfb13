/// Binds the lexicon's roles to the article's numbered sides, and turns actor phrases into sides.
///
/// Articles number their combatants in their own order, so "rebels → combatant1" cannot be data.
/// Instead each role's keywords are counted in every combatant's name, members and link pages
/// (whole words, case-insensitive); the side with the most matches plays the role (on a tie, the
/// first of them in the infobox's order, with a note). A role no side plays takes the side of its
/// first ally that one does.
struct SideMatcher {
    /// Role → side number, for the roles that matched one side.
    private(set) var sideOfRole: [String: Int] = [:]
    /// Actor phrases (lexicon phrases and the sides' own names) → side number.
    private(set) var actors = PhraseTable<Int>()
    /// Acronyms ("SDF", "ISIL"): actors only when written in capitals, so that "IS" or "TIP" in running
    /// lower-case text stays a word.
    private(set) var acronyms = Set<String>()
    let sideNumbers: [Int]
    private let names: [Int: String]

    init(sides: [Side], lexicon: Lexicon, diagnostics: inout [Diagnostic], file: String) {
        sideNumbers = sides.map(\.number)
        names = Dictionary(sides.map { ($0.number, $0.name) }, uniquingKeysWith: { a, _ in a })
        for role in lexicon.roles.keys.sorted() {
            let keywords = lexicon.roles[role] ?? []
            var table = PhraseTable<Bool>()
            for k in keywords { table.add(k, true) }
            var scores: [(side: Int, score: Int)] = []
            for side in sides {
                let texts = [side.name] + side.members + side.links.flatMap { [$0.text, $0.page] }
                let score = texts.reduce(0) { $0 + table.matches(in: Tokenizer.tokens(Array($1.utf8))).count }
                scores.append((side.number, score))
            }
            guard let best = scores.map(\.score).max(), best > 0 else { continue }
            let tied = scores.filter { $0.score == best }
            sideOfRole[role] = tied[0].side
            if tied.count > 1 {
                diagnostics.append(
                    Diagnostic(
                        .note,
                        "actor role '\(role)' matches combatants \(tied.map { String($0.side) }.joined(separator: ", ")) equally; its actors go to combatant\(tied[0].side)",
                        at: SourceLocation(file: file, line: 1, column: 1)))
            }
        }
        for role in lexicon.allies.keys.sorted() where sideOfRole[role] == nil {
            if let ally = lexicon.allies[role]?.first(where: { sideOfRole[$0] != nil }) {
                sideOfRole[role] = sideOfRole[ally]
            }
        }
        // A phrase under several roles goes to the first role of the order that a side plays.
        let order = lexicon.roleOrder + lexicon.actors.keys.sorted().filter { !lexicon.roleOrder.contains($0) }
        var taken = Set<String>()
        for role in order {
            guard let side = sideOfRole[role] else { continue }
            for phrase in lexicon.actors[role] ?? [] where taken.insert(Self.key(phrase)).inserted {
                actors.add(phrase, side)
            }
        }
        // The combatants' own words are the surest actors and override the lexicon.
        var own: [(String, Int)] = []
        for side in sides {
            for text in [side.name] + side.members + side.links.flatMap({ [$0.text, $0.page] }) {
                let clean = SideMatcher.stripFileNames(text)
                if !clean.isEmpty { own.append((clean, side.number)) }
            }
        }
        for (text, side) in own { actors.add(text, side) }
        // Their acronyms, when no other side's name gives the same one.
        var acronymSides: [String: Set<Int>] = [:]
        for (text, side) in own { if let a = Self.acronym(of: text) { acronymSides[a, default: []].insert(side) } }
        for (a, owners) in acronymSides.sorted(by: { $0.key < $1.key }) where owners.count == 1 {
            define(acronym: a, side: owners.first!)
        }
    }

    /// Adds an acronym of a side ("Syrian Democratic Forces (SDF)").
    mutating func define(acronym: String, side: Int) {
        let key = Self.key(acronym)
        acronyms.insert(key)
        actors.add(acronym, side)
    }

    /// The side an actor phrase names, when it is one.
    func side(of phrase: String) -> Int? {
        let t = Tokenizer.tokens(Array(phrase.utf8))
        guard !t.isEmpty, let m = actors.match(at: 0, in: t), m.tokens.upperBound == t.count else { return nil }
        return m.payload
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

    static func key(_ phrase: String) -> String {
        Tokenizer.tokens(Array(phrase.utf8)).map(\.key).joined(separator: " ")
    }

    /// Small words an acronym skips ("Islamic State of Iraq and the Levant" → ISIL).
    static let acronymSkips: Set<String> = [
        "of", "the", "and", "for", "in", "al", "el", "ad", "ar", "as", "ash", "at", "az", "an",
    ]

    /// The initials of a name of three or more capitalised words ("Syrian Democratic Forces" → "SDF");
    /// "al-Sham" gives its S. `nil` for shorter names, whose initials would be ordinary words.
    static func acronym(of name: String) -> String? {
        var letters = ""
        var words = 0
        for raw in name.split(whereSeparator: { $0 == " " || $0 == "_" }) {
            var word = Substring(raw)
            for prefix in ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-"]
            where word.lowercased().hasPrefix(prefix) {
                word = word.dropFirst(prefix.count)
            }
            guard let first = word.first else { continue }
            if acronymSkips.contains(word.lowercased()) { continue }
            guard first.isUppercase, first.isLetter, first.isASCII else { return nil }
            letters.append(first)
            words += 1
        }
        return words >= 3 && words <= 6 ? letters : nil
    }
}
