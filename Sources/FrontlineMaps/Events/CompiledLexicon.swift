/// A `Lexicon` turned into phrase tables once, so each sentence costs one look-up per word.
struct CompiledLexicon: Sendable {
    /// Locators are looked up at one position (just before a place), not scanned.
    var locators = PhraseTable<Bool>()
    var filler: Set<String> = []

    /// One lexicon phrase of any kind, for scanning a sentence once for all of them.
    enum Cue: Sendable {
        case verb(VerbEntry), certainty(Certainty), irrealis, locator, anaphor, baseline, clauseBreak, reachesBack,
            holds, repulse

        var kind: Int {
            switch self {
            case .verb: return 0
            case .certainty: return 1
            case .irrealis: return 2
            case .locator: return 3
            case .anaphor: return 4
            case .baseline: return 5
            case .clauseBreak: return 6
            case .reachesBack: return 7
            case .holds: return 8
            case .repulse: return 9
            }
        }
    }

    /// What one scan of a sentence found, each kind non-overlapping and longest-first, as if each
    /// kind had been matched on its own.
    struct Scan {
        var verbs: [(tokens: Range<Int>, entry: VerbEntry)] = []
        var certainty: [(tokens: Range<Int>, value: Certainty)] = []
        var irrealis: [Range<Int>] = []
        var anaphora: [Range<Int>] = []
        var baseline: [Range<Int>] = []
        var holds: [Range<Int>] = []
        var repulses: [Range<Int>] = []
        var clauseBreaks: [Int] = []
        var reachesBack = false

        /// The tokens inside an irrealis scope: from each cue up to the next comma, semicolon or clause
        /// break — the one reading of a scope, for extraction and for the coverage scorer alike.
        func irrealisMask(_ t: [Token]) -> [Bool] {
            var isBreak = [Bool](repeating: false, count: t.count)
            for k in clauseBreaks { isBreak[k] = true }
            var mask = [Bool](repeating: false, count: t.count)
            var covered = 0
            for hit in irrealis {
                var k = max(hit.lowerBound, covered)
                while k < t.count, t[k].key != ",", t[k].key != ";", !(k > hit.upperBound && isBreak[k]) {
                    mask[k] = true
                    k += 1
                }
                covered = max(covered, k)
            }
            return mask
        }
    }

    var cues = PhraseTable<Cue>()
    var captives: Set<String> = []

    /// Words that may stand between a captive and a passive verb of capture ("soldiers who were
    /// later captured", "fighters had been captured").
    static let passiveGap: Set<String> = [
        "who", "that", "which", "were", "was", "had", "have", "has", "been", "being", "be", "later",
        "reportedly", "also", "said", "to", "then", "subsequently",
    ]
    static let beForms: Set<String> = ["were", "was", "been", "being", "be", "is", "are"]

    static let timeUnits: Set<String> = [
        "time", "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years",
        "year",
    ]
    static let timeAdverbs: Set<String> = [
        "later", "earlier", "after", "afterwards", "before", "ago", "into", "of", "in", "on",
    ]

    /// "captured two soldiers", "capturing him", "soldiers who were captured": a verb of capture whose
    /// object is a person or a weapon (the lexicon's `captives`), which changes no place's hands.
    /// - Parameter isPlace: whether a token is part of a place (the object is then ground).
    func takesCaptive(_ verb: Range<Int>, _ t: [Token], isPlace: (Int) -> Bool = { _ in false }) -> Bool {
        guard !captives.isEmpty else { return false }
        // The object: the first noun after the verb, past numbers and adjectives, before any punctuation.
        var k = verb.upperBound
        while k < t.count, k - verb.upperBound < 5, t[k].kind != .punctuation, !isPlace(k) {
            // ("was overrun two days later": a time after the verb, not its object.)
            if captives.contains(t[k].key) {
                // (Only a length of time: "took place in X", "lost its first member in X" have objects.)
                return
                    !(Self.timeUnits.contains(t[k].key) && k + 1 < t.count && Self.timeAdverbs.contains(t[k + 1].key))
            }
            if t[k].key == "of" || t[k].key == "from" || t[k].key == "in" || t[k].key == "near" || t[k].key == "at" {
                break
            }
            k += 1
        }
        // A passive: the captive before it, with only auxiliaries between, one of them a form of "be"
        // ("troops had taken X" is active: the troops took).
        var j = verb.lowerBound - 1
        var gap = 0
        var be = false
        while j >= 0, gap < 5, Self.passiveGap.contains(t[j].key) {
            be = be || Self.beForms.contains(t[j].key)
            j -= 1; gap += 1
        }
        // ("militants captured by the SDF": a participle with its agent is a passive too.)
        let reduced = gap == 0 && verb.upperBound < t.count && t[verb.upperBound].key == "by"
        return (be || reduced) && j >= 0 && captives.contains(t[j].key)
    }

    func scan(_ t: [Token]) -> Scan {
        var scan = Scan()
        var nextFree = [Int](repeating: 0, count: 10)
        var hits: [PhraseTable<Cue>.Match] = []
        let skip = cues.skipMask(t)
        for i in t.indices {
            cues.allMatches(at: i, in: t, skip: skip, into: &hits)
            for h in hits {
                let kind = h.payload.kind
                guard nextFree[kind] <= i else { continue }
                nextFree[kind] = h.tokens.upperBound
                switch h.payload {
                case let .verb(v): scan.verbs.append((h.tokens, v))
                case let .certainty(c): scan.certainty.append((h.tokens, c))
                case .irrealis: scan.irrealis.append(h.tokens)
                case .locator: break
                case .anaphor: scan.anaphora.append(h.tokens)
                case .baseline: scan.baseline.append(h.tokens)
                case .clauseBreak: scan.clauseBreaks.append(i)
                case .reachesBack: scan.reachesBack = true
                case .holds: scan.holds.append(h.tokens)
                case .repulse: scan.repulses.append(h.tokens)
                }
            }
        }
        return scan
    }

    init(_ lexicon: Lexicon) {
        for p in lexicon.locators { locators.add(p, true) }
        func add(_ phrases: [String], _ cue: Cue) {
            for p in phrases { cues.add(p, cue, replacing: { $0.kind == cue.kind }) }
        }
        for v in lexicon.verbs { cues.add(v.phrase, .verb(v), replacing: { $0.kind == 0 }) }
        for c in Certainty.allCases { add(lexicon.certainty[c] ?? [], .certainty(c)) }
        add(lexicon.irrealis, .irrealis)
        add(lexicon.anaphora, .anaphor)
        add(lexicon.baseline, .baseline)
        add(lexicon.holds, .holds)
        add(lexicon.repulses, .repulse)
        add(lexicon.clauseBreaks, .clauseBreak)
        add(lexicon.reachesBack, .reachesBack)
        for w in lexicon.filler { filler.insert(Tokenizer.lower(Array(w.utf8)[...])) }
        cues.skippable = Set(lexicon.modifiers.map { Tokenizer.lower(Array($0.utf8)[...]) })
        captives = Set(lexicon.captives.map { Tokenizer.lower(Array($0.utf8)[...]) })
        for w in lexicon.locators { for t in Tokenizer.tokens(Array(w.utf8)) { filler.insert(t.key) } }
    }

    /// How strong a doubt is: the strongest cue of a sentence wins.
    static func strength(_ c: Certainty) -> Int {
        switch c {
        case .stated: return 0
        case .confirmed: return 1
        case .reported: return 2
        case .claimed: return 3
        case .unconfirmed: return 4
        case .disputed: return 5
        }
    }
}
