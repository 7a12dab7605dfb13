/// Multi-word phrases keyed by their first word, matched against a token list longest-first.
///
/// Lexicons hold hundreds of phrases; looking each one up by its first word makes matching one hash
/// look-up per token instead of one comparison per phrase and position.
struct PhraseTable<Payload: Sendable>: Sendable {
    struct Entry {
        var words: [String]
        var payload: Payload
    }

    /// A phrase found in a sentence: its payload and the tokens it covers.
    struct Match {
        var payload: Payload
        var tokens: Range<Int>
    }

    private var byFirst: [String: [Entry]] = [:]

    init() {}

    var isEmpty: Bool { byFirst.isEmpty }

    /// Adds a phrase; later phrases with the same words replace earlier ones (a user lexicon overrides).
    mutating func add(_ phrase: String, _ payload: Payload) {
        add(phrase, payload, replacing: { _ in true })
    }

    /// Adds a phrase, replacing the entries with the same words for which `replacing` is true.
    mutating func add(_ phrase: String, _ payload: Payload, replacing: (Payload) -> Bool) {
        let words = Tokenizer.tokens(Array(phrase.utf8)).map(\.key)
        guard let first = words.first else { return }
        var list = byFirst[first, default: []]
        list.removeAll { $0.words == words && replacing($0.payload) }
        list.append(Entry(words: words, payload: payload))
        list.sort { $0.words.count > $1.words.count }
        byFirst[first] = list
    }

    /// Words a phrase may have inside it that it does not list ("took *complete* control of", "seized
    /// *total* control of"): skipped between a phrase's words, never before its first or after its last.
    var skippable: Set<String> = []

    /// Which tokens of a sentence are `skippable`: computed once per sentence, so that matching a
    /// phrase costs no hash look-up per word that differs.
    func skipMask(_ tokens: [Token]) -> [Bool]? {
        skippable.isEmpty ? nil : tokens.map { skippable.contains($0.key) }
    }

    /// Where the phrase `words` ends when it starts at token `i`, `nil` when it does not match there.
    @inline(__always) private func end(of words: [String], at i: Int, in tokens: [Token], skip: [Bool]?) -> Int? {
        var j = i + 1
        var k = 1
        while k < words.count {
            guard j < tokens.count else { return nil }
            if tokens[j].key == words[k] {
                k += 1
            } else if let skip, skip[j] {
                // (Only between words: a modifier never ends a phrase.)
            } else {
                return nil
            }
            j += 1
        }
        return j
    }

    /// The longest phrase starting at token `i`, if any.
    func match(at i: Int, in tokens: [Token], skip: [Bool]? = nil) -> Match? {
        guard let list = byFirst[tokens[i].key] else { return nil }
        for e in list {
            if let j = end(of: e.words, at: i, in: tokens, skip: skip) {
                return Match(payload: e.payload, tokens: i..<j)
            }
        }
        return nil
    }

    /// Every phrase starting at token `i`, longest first (one look-up for all of them).
    /// - Parameter skip: `skipMask(tokens)`, when the table has `skippable` words.
    func allMatches(at i: Int, in tokens: [Token], skip: [Bool]? = nil, into out: inout [Match]) {
        out.removeAll(keepingCapacity: true)
        guard let list = byFirst[tokens[i].key] else { return }
        for e in list {
            if let j = end(of: e.words, at: i, in: tokens, skip: skip) {
                out.append(Match(payload: e.payload, tokens: i..<j))
            }
        }
    }

    /// Every non-overlapping longest match, left to right.
    func matches(in tokens: [Token]) -> [Match] {
        var out: [Match] = []
        let skip = skipMask(tokens)
        var i = 0
        while i < tokens.count {
            if let m = match(at: i, in: tokens, skip: skip) {
                out.append(m)
                i = m.tokens.upperBound
            } else {
                i += 1
            }
        }
        return out
    }
}
