import Foundation

/// The library's entry point: from an article (and, when a person corrected it, a ledger) to a
/// `WarMap`, in the order the stages need, with every check the command-line tool makes.
///
/// ```swift
/// let article = try ArticleReader.read(file: "articles/2012_Hama_offensive.md")
/// let map = try Frontline.map(article: article)
/// try map.write(toFolder: URL(fileURLWithPath: "out"))
/// ```
///
/// Nothing here prints or exits: diagnostics are in `WarMap.diagnostics` (and handed to `report` as
/// soon as their stage finishes, so a caller can show them even when a later stage throws).
public enum Frontline {
    /// The folders of a run's output that hold files (the output folder itself first), for tools that
    /// tidy an output folder.
    public static let outputFolders = ["", "days/", "svg/", "styles/", "context/", "fgb/"]

    /// Maps an article whose events are extracted from its text.
    /// - Parameters:
    ///   - data: the gazetteer and lexicons; found and loaded with `FrontlineData.load()` when `nil`.
    ///   - options: geometry and output settings; an `articlePlace` or `slug` left `nil` comes from
    ///     the article (its infobox `place`, its file name).
    ///   - report: called with each diagnostic as soon as its stage has found it.
    /// - Throws: `FrontlineError` for bad input (no dated sentence, a date a ledger cannot hold, a span
    ///   longer than `options.maxDays`, a place or CRS PROJ refuses, bad gazetteer data).
    public static func map(
        article: Article, data: FrontlineData? = nil, options: MapOptions = MapOptions(),
        report: (Diagnostic) -> Void = { _ in }
    ) throws -> WarMap {
        let data = try data ?? FrontlineData.load()
        try data.gazetteer.checkBoundaries()
        let (ledger, notes) = try extractedLedger(article, data: data)
        return try map(ledger: ledger, article: article, data: data, options: options, earlier: notes, report: report)
    }

    /// Maps an article from a ledger CSV (as `events` writes it) that a person corrected: the events
    /// come from the CSV; the title and sides, and the article's statements of who held its whole
    /// area before the war, from the article.
    /// - Throws: `FrontlineError` at the CSV's row and column for a bad row, and as `map(article:)`.
    public static func map(
        ledger csv: URL, article: Article, data: FrontlineData? = nil, options: MapOptions = MapOptions(),
        report: (Diagnostic) -> Void = { _ in }
    ) throws -> WarMap {
        let data = try data ?? FrontlineData.load()
        try data.gazetteer.checkBoundaries()
        let ledger = try correctedLedger(csv, article: article, data: data)
        return try map(ledger: ledger, article: article, data: data, options: options, earlier: [], report: report)
    }

    /// The ledger `events` writes: extracted from the article's text and checked to be one
    /// `map(ledger:article:)` can read back.
    /// - Throws: `FrontlineError` when no sentence is dated, or an event cannot be written.
    public static func ledger(article: Article, data: FrontlineData) throws -> (
        ledger: Ledger, diagnostics: [Diagnostic]
    ) {
        try extractedLedger(article, data: data)
    }

    /// The contradictions of the ledger, then the map stages.
    private static func map(
        ledger: Ledger, article: Article, data: FrontlineData, options: MapOptions, earlier: [Diagnostic],
        report: (Diagnostic) -> Void
    ) throws -> WarMap {
        var options = options
        if options.articlePlace == nil { options.articlePlace = article.field("place")?.text }
        if options.slug == nil {
            options.slug = Slug.make(URL(fileURLWithPath: article.file).deletingPathExtension().lastPathComponent)
        }
        let ledgerNotes = earlier + ledger.contradictions()
        ledgerNotes.forEach(report)
        var map = try MapPipeline.model(ledger: ledger, resolver: data.gazetteer, options: options)
        map.diagnostics.forEach(report)
        map.diagnostics = ledgerNotes + map.diagnostics
        return map
    }

    private static func extractedLedger(_ article: Article, data: FrontlineData) throws -> (
        ledger: Ledger, diagnostics: [Diagnostic]
    ) {
        try article.requireDatedSentence()
        let extracted = EventExtractor(lexicon: try data.lexicon(), resolver: data.gazetteer).extract(article)
        // What `events` writes, `map(ledger:…)` must read: an event the CSV cannot hold is refused
        // here, at its sentence, for both.
        try extracted.ledger.checkWritable()
        return extracted
    }

    private static func correctedLedger(_ csv: URL, article: Article, data: FrontlineData) throws -> Ledger {
        var ledger = try LedgerCSV.read(contentsOf: csv, title: article.title, sides: article.sides)
        // The CSV has no row for "the province largely controlled by …": that statement still comes
        // from the article's own words, when it has any to extract.
        if article.hasDatedSentence {
            let extracted = EventExtractor(lexicon: try data.lexicon(), resolver: data.gazetteer).extract(article)
                .ledger
            let areaBaselines = extracted.baseline.filter { $0.scope == .area }
            ledger.baseline += areaBaselines.filter { !ledger.baseline.contains($0) }
        }
        return ledger
    }
}
