/// One word, number or punctuation mark of a sentence, located by UTF-8 offsets.
///
/// Events are found by comparing words, not characters: a phrase table keyed by lower-cased words
/// matches whole words only ("pro-government" is not "government") and costs one dictionary look-up per
/// word, which keeps extraction linear in the length of the article.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case word, number, punctuation }

    /// Lower-cased ASCII letters, other bytes as written; en and em dashes become "-".
    var key: String
    var kind: Kind
    /// UTF-8 offsets in the sentence text.
    var range: Range<Int>
    /// The first byte is an upper-case ASCII letter ("Alawite", "Army").
    var isCapitalised: Bool
    /// The numeric value of a number token ("1,500" → 1500).
    var value: Int?
}
