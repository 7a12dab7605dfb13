/// On articles without gold: how many sentences that say a named place changed hands became a
/// control event with a side and a resolved place. A sentence counts when the lexicon finds a verb of
/// control in it (captured, retook, withdrew from …), in the part of the article events are read from,
/// and it names a place the gazetteer knows (a link or a name it spots): "the SDF captured three
/// villages" names none, and no extraction could place it. A spot inside a feature's name ("X Castle",
/// "Tal X") names the feature, not the town: it counts only if the feature is linked.
public struct ControlCoverage: Sendable {
    public var sentences = 0
    public var covered = 0
    /// The sentences that gave no sided, placed control event, for review, with their offsets in
    /// the body (to list what extraction did draft from each).
    public var missed: [(offset: Int, text: String)] = []

    public init() {}

    public var share: Double { sentences == 0 ? 1 : Double(covered) / Double(sentences) }
}

extension EventExtractor {
    /// The control coverage of `ledger`, extracted from `article` by this extractor. `repeats`: the
    /// sentences whose change of control the ledger keeps from an earlier report of it
    /// (`extractReportingRepeats`), which count as covered.
    public func controlCoverage(of article: Article, ledger: Ledger, repeats: Set<Int> = []) -> ControlCoverage {
        var good = repeats
        // (A capture of ground named only by a place of reference — "seven villages east of X" — is
        // placed at that place, as ACLED places it: a sided, placed event, though no map colours it.)
        for e in ledger.events
        where e.type.changesControl && e.placeRole != .origin && e.side != nil && e.placeID != nil {
            good.insert(e.sourceOffset)
        }
        var c = ControlCoverage()
        for sentence in ArticleExtraction.eventSentences(of: article) {
            let t = Tokenizer.tokens(Array(sentence.text.utf8))
            let scan = compiled.scan(t)
            let irrealis = scan.irrealisMask(t)
            // A verb of control that asserts a change: not inside an intent ("launched an offensive to
            // capture X"), and not a capture of people ("captured two soldiers near X").
            guard
                scan.verbs.contains(where: { v in
                    v.entry.type.changesControl && !irrealis[v.tokens.lowerBound]
                        && !([.capture, .recapture].contains(v.entry.type) && compiled.takesCaptive(v.tokens, t))
                }),
                !sentence.links.isEmpty
                    || resolver.spot(in: sentence.text).contains(where: { !Self.insideFeatureName($0, t) })
            else { continue }
            c.sentences += 1
            if good.contains(sentence.offset) {
                c.covered += 1
            } else {
                c.missed.append((sentence.offset, sentence.text))
            }
        }
        return c
    }

    /// Whether a spot is part of a longer feature name, the way extraction widens it.
    static func insideFeatureName(_ spot: PlaceSpot, _ t: [Token]) -> Bool {
        guard let tr = SentenceMentions.tokenRange(of: spot.range, in: t) else { return false }
        let free = [Bool](repeating: false, count: t.count)
        return ArticleExtraction.widenedName(tr, t, free)?.feature ?? false
    }
}
