extension Day {
    /// The days a ledger can hold: `event_date` is `YYYY-MM-DD` with a four-digit year, so a date the
    /// text rolls past 9999-12-31 ("the next day" after 31 December 9999) has no form the reader takes.
    public static let ledgerRange = Day(year: 0, month: 1, day: 1)!...Day(year: 9999, month: 12, day: 31)!
}

extension Ledger {
    /// Refuses, at the sentence that gave it, an event the ledger CSV cannot hold as `map --ledger`
    /// reads it back: a date outside years 0000–9999, an earliest day after the latest, a side not
    /// numbered from 1, a negative count. What `events` writes, `map --ledger` reads.
    /// - Throws: `FrontlineError` at the event's source location.
    public func checkWritable() throws {
        for e in events {
            func refuse(_ message: String) -> FrontlineError {
                FrontlineError("\(e.id) (\(e.placeName)): \(message)", at: e.sourceLocation)
            }
            for d in [e.date.day, e.date.earliest, e.date.latest] where !Day.ledgerRange.contains(d) {
                throw refuse(
                    "this sentence dates an event to \(d.iso), outside the years 0000–9999 a ledger can hold; check the year in the text (or the sentence's relative date: 'the next day', 'two days later')"
                )
            }
            if e.date.earliest > e.date.latest {
                throw refuse(
                    "the event's earliest day \(e.date.earliest.iso) is after its latest \(e.date.latest.iso); check the dates in the text"
                )
            }
            if let side = e.side, side < 1 {
                throw refuse("side \(side) is not a combatant number; sides are numbered from 1 as in the infobox")
            }
            for count in [e.fatalities.low, e.fatalities.best, e.fatalities.high] {
                if let count, count < 0 { throw refuse("a negative count of deaths (\(count))") }
            }
        }
    }
}
