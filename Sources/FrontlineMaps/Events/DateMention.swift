/// What the date parser found in one sentence.
struct DateMention: Sendable {
    /// The sentence's date, when it states one (absolutely or relative to the previous one).
    var date: EventDate?
    /// "after 16 days of fighting": how long the fighting lasted up to `date`, and those words.
    var duration: (days: Int, phrase: String)?
    /// Tokens that belong to date phrases (their numbers are not casualty figures).
    var tokenRanges: [Range<Int>] = []
    /// The sentence names an impossible day ("31 February"): its events are left out.
    var invalid = false
}
