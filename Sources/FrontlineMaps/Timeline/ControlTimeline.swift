/// Every mapped place's state on every day from the first to the last event, as periods.
public struct ControlTimeline: Sendable {
    /// The first day any event (or an entry before a repulse) concerns.
    public var first: Day
    /// The last event's day, inclusive.
    public var last: Day
    /// One per place, sorted by place id.
    public var places: [PlaceTimeline]

    public init(first: Day, last: Day, places: [PlaceTimeline]) {
        self.first = first
        self.last = last
        self.places = places
    }

    /// The day after the last: periods that reach it are open-ended.
    public var end: Day { last + 1 }

    /// All days of the timeline, in order.
    public var days: [Day] { (first.ordinal...last.ordinal).map(Day.init(ordinal:)) }

    /// The index of the place with this id.
    public func index(of placeID: String) -> Int? {
        var lo = 0, hi = places.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if places[mid].place.id < placeID { lo = mid + 1 } else { hi = mid }
        }
        return lo < places.count && places[lo].place.id == placeID ? lo : nil
    }

    /// Every place's state on `day`, indexed like `places`.
    public func states(on day: Day) -> [ControlState] { places.map { $0.state(on: day) } }

    /// For each day, the places whose period starts that day (beyond the first day), with the new
    /// period's index: what a day-by-day sweep must update, and nothing else.
    public func periodStarts() -> [Day: [(place: Int, period: Int)]] {
        var out: [Day: [(place: Int, period: Int)]] = [:]
        for (i, p) in places.enumerated() {
            for (k, period) in p.periods.enumerated() where k > 0 {
                out[period.start, default: []].append((i, k))
            }
        }
        return out
    }
}
