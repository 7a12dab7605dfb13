/// Everything one sentence mentions — verbs, actors, places, cues — as token ranges.
///
/// Finding mentions is kept apart from deciding events so each can be tested and read on its own.
struct SentenceMentions {
    struct Verb {
        var tokens: Range<Int>
        var entry: VerbEntry
        /// Inside an irrealis scope ("with the aim of recapturing"): not an event.
        var irrealis: Bool
    }

    struct Actor {
        var tokens: Range<Int>
        var side: Int
        var text: String
    }

    struct Place {
        var tokens: Range<Int>
        var info: PlaceInfo
        /// Preceded by "north of", "outside", "near" …: a point of reference.
        var locator: Bool
        /// Followed by "'s" ("Hama's countryside"): it names a region, not where the event was.
        var possessive: Bool
        /// Preceded by "from" outside a verb phrase: where an advance started.
        var origin: Bool
        /// Stands for an earlier place ("this same town").
        var anaphor: Bool
    }

    var tokens: [Token]
    var verbs: [Verb] = []
    var actors: [Actor] = []
    var places: [Place] = []
    var certainty: [(tokens: Range<Int>, value: Certainty)] = []
    var baselineCues: [Range<Int>] = []
    var clauseBreaks: [Int] = []
    /// A cue that lets a doubting sentence reach back to the one before ("not confirmed").
    var reachesBack = false
    /// Token indices covered by a verb, actor or place (a gap containing one is not filler).
    var occupied: [Bool]

    init(tokens: [Token]) {
        self.tokens = tokens
        occupied = Array(repeating: false, count: tokens.count)
    }

    /// Tokens overlapping a UTF-8 byte range.
    static func tokenRange(of bytes: Range<Int>, in t: [Token]) -> Range<Int>? {
        var lo = -1, hi = -1
        for (i, tok) in t.enumerated() {
            if tok.range.upperBound > bytes.lowerBound && tok.range.lowerBound < bytes.upperBound {
                if lo < 0 { lo = i }
                hi = i + 1
            } else if lo >= 0 { break }
        }
        return lo >= 0 ? lo..<hi : nil
    }
}
