import Foundation

@testable import FrontlineMaps

/// Paths and loaders shared by the event tests.
enum EventFixtures {
    static let folder = TestPaths.fixtures.appendingPathComponent("events")
    static let ledgers = TestPaths.fixtures.appendingPathComponent("ledgers")
    static let lexicons = TestPaths.repository.appendingPathComponent("gazetteer/lexicons")

    static func lexicon() throws -> Lexicon { try Lexicon.load(directory: lexicons) }
    static func resolver() throws -> TableResolver {
        try TableResolver(file: folder.appendingPathComponent("places.tsv"))
    }

    static func extractor() throws -> EventExtractor {
        EventExtractor(lexicon: try lexicon(), resolver: try resolver())
    }

    /// The real gazetteer (`gazetteer/`), loaded once for all tests.
    static let gazetteer: Result<Gazetteer, Error> = Result { try Gazetteer.load(directory: TestPaths.data) }

    /// The ledger of an article file, with diagnostics, resolved against the real gazetteer.
    static func extract(_ article: URL, extraLexicons: [URL] = []) throws -> (ledger: Ledger, diagnostics: [Diagnostic])
    {
        let lex = try Lexicon.load(directory: lexicons, extra: extraLexicons)
        let extractor = EventExtractor(lexicon: lex, resolver: try gazetteer.get())
        return extractor.extract(try ArticleReader.read(file: article.path))
    }
}
