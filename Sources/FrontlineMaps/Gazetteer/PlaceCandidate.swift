/// One record a query might mean, with how its name and link matched and, once scored, its score and
/// the reasons behind it.
struct PlaceCandidate {
    var record: Int32
    var nameTier: MatchTier = .none
    /// Edits between the query and the record's nearest name, for fuzzy matches.
    var nameDistance = 0
    var linkTier: MatchTier = .none
    /// Found by an Arabic-script name it shares with a stricter match (see `gatherSameArabicName`).
    var sameArabicName = false
    /// Found because its main name begins with the written word (see `gatherByFirstWord`).
    var firstWordOnly = false
    /// Length of the normalised query the fuzzy match was measured on (longer names allow more edits).
    var keyLength = 0
    var score = 0.0

    init(record: Int32) {
        self.record = record
    }
}
