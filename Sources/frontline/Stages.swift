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
            return (try LedgerCSV.read(contentsOf: URL(fileURLWithPath: csv), title: article.title, sides: article.sides), [])
        }
        try article.requireDatedSentence()
        let lexicon = try Lexicon.load(directory: dataDirectory.appendingPathComponent("lexicons"),
                                       extra: options.lexicon.map { URL(fileURLWithPath: $0) })
        let (ledger, diagnostics) = EventExtractor(lexicon: lexicon, resolver: gazetteer).extract(article)
        return (ledger, diagnostics)
    }
}
