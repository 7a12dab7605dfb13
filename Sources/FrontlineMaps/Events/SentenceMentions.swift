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
        /// A bare "the town": it points back only for a change of control ("the town was taken"), never
        /// for an accusation or a strike, where it is too loose to place an event.
        var weakAnaphor = false
        /// A link no gazetteer record matches: a person, a group or an event more often than a place,
        /// so an event there needs the text to say it is a place (a list with known places, "the
        /// village of X").
        var unresolvedLink = false
    }

    var tokens: [Token]
    var verbs: [Verb] = []
    var actors: [Actor] = []
    var places: [Place] = []
    var certainty: [(tokens: Range<Int>, value: Certainty)] = []
    var baselineCues: [Range<Int>] = []
    var holdCues: [Range<Int>] = []
    var repulses: [Range<Int>] = []
    /// "ISIL-held" tokens and the side they name.
    var heldBy: [(token: Int, side: Int)] = []
    /// "in rebel hands", "under ISIL control": the token of "in"/"under", the side, the actor's words.
    var heldBefore: [(token: Int, side: Int, text: String)] = []
    var clauseBreaks: [Int] = []
    /// Per token: a clause break starts here; the index of the actor starting here.
    var isClauseBreak: [Bool]
    /// Per token, the number of its clause: a semicolon, a lexicon clause break, or a comma followed by
    /// "and", "but", "while" or "then" starts the next ("X fell on 28 June, and Y was overrun two days
    /// later": two clauses, each with its own date).
    var clause: [Int] = []
    var actorStartingAt: [Int?]
    /// A cue that lets a doubting sentence reach back to the one before ("not confirmed").
    var reachesBack = false
    /// Token indices covered by a verb, actor or place (a gap containing one is not filler).
    var occupied: [Bool]

    init(tokens: [Token]) {
        self.tokens = tokens
        occupied = Array(repeating: false, count: tokens.count)
        isClauseBreak = Array(repeating: false, count: tokens.count)
        actorStartingAt = Array(repeating: nil, count: tokens.count)
    }

    mutating func numberClauses() {
        clause = [Int](repeating: 0, count: tokens.count)
        var n = 0
        for k in tokens.indices {
            if tokens[k].key == ";" || isClauseBreak[k]
                || (tokens[k].key == "," && k + 1 < tokens.count
                    && ["and", "but", "while", "then", "whereas"].contains(tokens[k + 1].key))
            {
                n += 1
            }
            clause[k] = n
        }
    }

    /// The last verb ending at or before token `k`, by binary search (verbs are in text order).
    func lastVerb(endingBy k: Int, where ok: (Verb) -> Bool = { _ in true }) -> Int? {
        var i = Self.count(verbs.count) { verbs[$0].tokens.upperBound <= k } - 1
        while i >= 0 { if ok(verbs[i]) { return i }; i -= 1 }
        return nil
    }

    /// The first verb starting at or after token `k`.
    func firstVerb(startingFrom k: Int, where ok: (Verb) -> Bool = { _ in true }) -> Int? {
        var i = Self.count(verbs.count) { verbs[$0].tokens.lowerBound < k }
        while i < verbs.count { if ok(verbs[i]) { return i }; i += 1 }
        return nil
    }

    /// The place covering token `k`, by binary search (places are in text order and never overlap): a
    /// rule asking this of every token of a long sentence stays linear.
    func place(covering k: Int) -> Int? {
        let n = Self.count(places.count) { places[$0].tokens.upperBound <= k }
        return n < places.count && places[n].tokens.contains(k) ? n : nil
    }

    /// The first place starting at or after token `k` (binary search).
    func firstPlace(startingFrom k: Int) -> Int? {
        let n = Self.count(places.count) { places[$0].tokens.lowerBound < k }
        return n < places.count ? n : nil
    }

    /// The last place ending at or before token `k` (binary search).
    func lastPlace(endingBy k: Int) -> Int? {
        let n = Self.count(places.count) { places[$0].tokens.upperBound <= k }
        return n > 0 ? n - 1 : nil
    }

    /// How many leading elements of a text-ordered list satisfy `before` (a binary search: `before`
    /// holds for a prefix of the list).
    static func count(_ total: Int, before: (Int) -> Bool) -> Int {
        var lo = 0, hi = total
        while lo < hi {
            let mid = (lo + hi) / 2
            if before(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The verb covering token `k`, by binary search (verbs are in text order and never overlap).
    func verb(covering k: Int) -> Int? {
        let n = Self.count(verbs.count) { verbs[$0].tokens.upperBound <= k }
        return n < verbs.count && verbs[n].tokens.contains(k) ? n : nil
    }

    /// The last actor ending at or before token `k`.
    func lastActor(endingBy k: Int) -> Actor? {
        let n = Self.count(actors.count) { actors[$0].tokens.upperBound <= k }
        return n > 0 ? actors[n - 1] : nil
    }

    /// Tokens overlapping a UTF-8 byte range (binary search: a sentence may be a megabyte long).
    static func tokenRange(of bytes: Range<Int>, in t: [Token]) -> Range<Int>? {
        var lo = 0, hi = t.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if t[mid].range.upperBound <= bytes.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < t.count, t[end].range.lowerBound < bytes.upperBound { end += 1 }
        return end > lo ? lo..<end : nil
    }
}
