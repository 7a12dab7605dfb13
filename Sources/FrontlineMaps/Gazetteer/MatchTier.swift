/// How closely a written name matched one of a record's names, strongest last.
enum MatchTier: Int, Comparable, Sendable {
    case none = 0
    /// Within one or two edits of a name: a misspelling (see `FuzzyIndex`).
    case fuzzy
    /// Same consonants (vowels may differ): "Mhardeh" ~ "Muhradah".
    case skeleton
    /// Same after transliteration rules: "Kafr Naboudeh" ~ "Kafr Nabudah".
    case variant
    /// Same letters, ignoring case, diacritics, ayn/hamza marks and separators: "Ma'an" ~ "Ma‘ān".
    case exact

    static func < (a: MatchTier, b: MatchTier) -> Bool { a.rawValue < b.rawValue }

    /// The tier's share of a score; fuzzy loses a tenth per edit.
    func weight(distance: Int = 1) -> Double {
        switch self {
        case .none: 0
        case .fuzzy: 0.55 - 0.1 * Double(distance)
        case .skeleton: 0.55
        case .variant: 0.8
        case .exact: 1.0
        }
    }

    var label: String {
        switch self {
        case .none: "no match"
        case .fuzzy: "misspelling of"
        case .skeleton: "same consonants as"
        case .variant: "transliteration variant of"
        case .exact: "exact name"
        }
    }
}
