/// A `Lexicon` turned into phrase tables once, so each sentence costs one look-up per word.
struct CompiledLexicon: Sendable {
    var verbs = PhraseTable<VerbEntry>()
    var certainty = PhraseTable<Certainty>()
    var irrealis = PhraseTable<Bool>()
    var locators = PhraseTable<Bool>()
    var anaphora = PhraseTable<Bool>()
    var baseline = PhraseTable<Bool>()
    var clauseBreaks = PhraseTable<Bool>()
    var reachesBack = PhraseTable<Bool>()
    var filler: Set<String> = []

    init(_ lexicon: Lexicon) {
        for v in lexicon.verbs { verbs.add(v.phrase, v) }
        for c in Certainty.allCases { for cue in lexicon.certainty[c] ?? [] { certainty.add(cue, c) } }
        for p in lexicon.irrealis { irrealis.add(p, true) }
        for p in lexicon.locators { locators.add(p, true) }
        for p in lexicon.anaphora { anaphora.add(p, true) }
        for p in lexicon.baseline { baseline.add(p, true) }
        for p in lexicon.clauseBreaks { clauseBreaks.add(p, true) }
        for p in lexicon.reachesBack { reachesBack.add(p, true) }
        for w in lexicon.filler { filler.insert(Tokenizer.lower(Array(w.utf8)[...])) }
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
