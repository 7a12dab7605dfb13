/// What the date parser found in one sentence.
struct DateMention: Sendable {
    /// The sentence's date, when it states one (absolutely or relative to the previous one).
    var date: EventDate?
    /// "after 16 days of fighting": how long the fighting lasted up to `date`, and those words.
    var duration: (days: Int, phrase: String)?
    /// Tokens that belong to date phrases (their numbers are not casualty figures).
    var tokenRanges: [Range<Int>] = []
    /// Every absolute date of the sentence with its tokens, in order (the first is `date` when it is
    /// absolute): an event takes the one nearest to it ("launched an assault on 8 December and, after
    /// four days of fighting, took the town on 11 December").
    var dated: [(date: EventDate, tokens: Range<Int>)] = []
    /// The sentence names an impossible day ("31 February"): its events are left out.
    var invalid = false
}
