/// A place the map shows: where it is and what the ledger calls it.
public struct TimelinePlace: Hashable, Sendable {
    public var id: String
    public var name: String
    public var position: LonLat
    /// Whether the article's area (its infobox `place`) covers it, so an `area` baseline applies.
    public var inArticleArea: Bool

    public init(id: String, name: String, position: LonLat, inArticleArea: Bool = true) {
        self.id = id
        self.name = name
        self.position = position
        self.inArticleArea = inArticleArea
    }
}

/// One place's periods, contiguous and covering the timeline's whole range.
public struct PlaceTimeline: Hashable, Sendable {
    public var place: TimelinePlace
    public var periods: [ControlPeriod]

    /// The period holding `day`, `nil` outside the timeline's range.
    public func period(on day: Day) -> ControlPeriod? {
        var lo = 0, hi = periods.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if periods[mid].end <= day { lo = mid + 1 } else { hi = mid }
        }
        guard lo < periods.count, periods[lo].contains(day) else { return nil }
        return periods[lo]
    }

    public func state(on day: Day) -> ControlState { period(on: day)?.state ?? .unknown }
}
