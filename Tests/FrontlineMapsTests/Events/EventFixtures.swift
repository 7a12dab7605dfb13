import Foundation
@testable import FrontlineMaps

/// Paths and loaders shared by the event tests.
enum EventFixtures {
    static let folder = TestPaths.fixtures.appendingPathComponent("events")
    static let ledgers = TestPaths.fixtures.appendingPathComponent("ledgers")
    static let lexicons = TestPaths.repository.appendingPathComponent("gazetteer/lexicons")

    static func lexicon() throws -> Lexicon { try Lexicon.load(directory: lexicons) }
    static func resolver() throws -> TableResolver { try TableResolver(file: folder.appendingPathComponent("places.tsv")) }

    static func extractor() throws -> EventExtractor { EventExtractor(lexicon: try lexicon(), resolver: try resolver()) }

    /// The ledger of an article file, with diagnostics.
    static func extract(_ article: URL, extraLexicons: [URL] = []) throws -> (ledger: Ledger, diagnostics: [Diagnostic]) {
        let lex = try Lexicon.load(directory: lexicons, extra: extraLexicons)
        let extractor = EventExtractor(lexicon: lex, resolver: try resolver())
        return extractor.extract(try ArticleReader.read(file: article.path))
    }
}
