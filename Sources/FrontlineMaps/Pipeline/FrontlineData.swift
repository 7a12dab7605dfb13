import Foundation

/// The data a run reads besides the article: the gazetteer (places, spellings, boundaries) and the
/// actor/verb lexicons, loaded once so several articles (or `events` and `map`) can share them.
///
/// The lexicons are read only when events are extracted from text: a run from a corrected ledger of
/// an article with no dated sentence never needs them, and a broken extra lexicon must not stop it.
public struct FrontlineData: Sendable {
    /// The data folder (`gazetteer/`), see `DataDirectory.locate`.
    public let directory: URL
    public let gazetteer: Gazetteer
    /// Extra lexicon files read after the folder's own `lexicons/*.yaml`.
    public let extraLexicons: [URL]

    /// Loads the gazetteer of `directory` (found by `DataDirectory.locate` when `nil`) and the extra
    /// gazetteers; the lexicons are loaded when first needed.
    /// - Throws: `FrontlineError` naming the missing folder or the bad row (`file:line:col`).
    public static func load(directory: URL? = nil, gazetteers: [URL] = [], lexicons: [URL] = []) throws -> FrontlineData
    {
        let directory = try directory ?? DataDirectory.locate()
        return FrontlineData(
            directory: directory, gazetteer: try Gazetteer.load(directory: directory, extra: gazetteers),
            extraLexicons: lexicons)
    }

    public init(directory: URL, gazetteer: Gazetteer, extraLexicons: [URL] = []) {
        self.directory = directory
        self.gazetteer = gazetteer
        self.extraLexicons = extraLexicons
    }

    /// The folder's lexicons and the extra ones.
    /// - Throws: `FrontlineError` naming the file (and line) of a bad lexicon.
    public func lexicon() throws -> Lexicon {
        try Lexicon.load(directory: directory.appendingPathComponent("lexicons"), extra: extraLexicons)
    }
}
