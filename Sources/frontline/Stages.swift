import Foundation
import FrontlineMaps

/// Loads the data once and runs the stages that come before the map: the gazetteer, then either
/// event extraction from the article or a ledger a person corrected (`--ledger`).
struct Stages {
    let dataDirectory: URL
    let gazetteer: Gazetteer
    let options: DataOptions

    init(_ options: DataOptions) throws {
        self.options = options
        dataDirectory = try DataDirectory.locate(explicit: options.data)
        gazetteer = try Gazetteer.load(directory: dataDirectory, extra: options.gazetteer.map { URL(fileURLWithPath: $0) })
    }

    /// The ledger to map: read from `csv` when given (sides and title still come from the article),
    /// else extracted from the article's text.
    func ledger(for article: Article, csv: String?) throws -> (Ledger, [Diagnostic]) {
        if let csv {
            var ledger = try LedgerCSV.read(contentsOf: URL(fileURLWithPath: csv), title: article.title, sides: article.sides)
            // The CSV has no row for "the province largely controlled by …": that statement still
            // comes from the article's own words, when it has any to extract.
            if article.hasDatedSentence {
                let areaBaselines = try extract(article).ledger.baseline.filter { $0.scope == .area }
                ledger.baseline += areaBaselines.filter { !ledger.baseline.contains($0) }
            }
            return (ledger, [])
        }
        try article.requireDatedSentence()
        let extracted = try extract(article)
        // What `events` writes, `map --ledger` must read: an event the CSV cannot hold is refused here,
        // at its sentence, for both commands.
        try extracted.ledger.checkWritable()
        return extracted
    }

    private func extract(_ article: Article) throws -> (ledger: Ledger, diagnostics: [Diagnostic]) {
        let lexicon = try Lexicon.load(directory: dataDirectory.appendingPathComponent("lexicons"),
                                       extra: options.lexicon.map { URL(fileURLWithPath: $0) })
        return EventExtractor(lexicon: lexicon, resolver: gazetteer).extract(article)
    }
}
