/// Turns an article into its event ledger: every dated capture, attack, strike and casualty, one
/// event per place, with side, date precision, certainty and source sentence.
///
/// The rules are about English war reporting, never about one war: which words are actors, verbs and
/// doubts comes from the `Lexicon`, which side an actor is on comes from the infobox, and where a
/// place is comes from the `PlaceResolver`. Extraction is one pass over the sentences in order, so it
/// costs time linear in the article's length.
public struct EventExtractor: Sendable {
    public let lexicon: Lexicon
    public let resolver: any PlaceResolver
    let compiled: CompiledLexicon

    public init(lexicon: Lexicon, resolver: any PlaceResolver) {
        self.lexicon = lexicon
        self.resolver = resolver
        compiled = CompiledLexicon(lexicon)
    }

    /// The ledger of `article`, and what could not be placed or dated.
    public func extract(_ article: Article) -> (ledger: Ledger, diagnostics: [Diagnostic]) {
        var run = ArticleExtraction(article: article, extractor: self)
        run.run()
        return (run.finish(), run.diagnostics)
    }
}

extension EventExtractor {
    /// The ledger, plus the sentences (by offset) that repeated a change of control the ledger already
    /// had from an earlier sentence: for a scorer, those sentences were read, not missed.
    public func extractReportingRepeats(_ article: Article) -> (
        ledger: Ledger, diagnostics: [Diagnostic], repeats: Set<Int>
    ) {
        var run = ArticleExtraction(article: article, extractor: self)
        run.run()
        let ledger = run.finish()
        return (ledger, run.diagnostics, run.repeatedReports)
    }

    /// The ledger, plus where the same run put each of `names`: the answers the map draws from, so a
    /// scorer or a reviewer sees exactly what the pipeline did, not a second opinion.
    public func extract(_ article: Article, placing names: [String]) -> (
        ledger: Ledger, diagnostics: [Diagnostic], places: [String: GazetteerRecord?]
    ) {
        var run = ArticleExtraction(article: article, extractor: self)
        run.run()
        let ledger = run.finish()
        var places: [String: GazetteerRecord?] = [:]
        for name in names { places[name] = run.placeOf(name).record }
        return (ledger, run.diagnostics, places)
    }
}
