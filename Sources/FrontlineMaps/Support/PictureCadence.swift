/// Which written days get an SVG picture: every one (the default for an article-sized war), or fewer
/// for a long war (weekly by default beyond `longWarDays`), where a picture per day means thousands of
/// files nobody opens one by one. The day files, the player and the video still cover every day.
public enum PictureCadence: String, Hashable, Sendable, CaseIterable {
    /// Every written day.
    case daily
    /// The first written day, then one every 7 days after it.
    case weekly
    /// The first written day and the first written day of each calendar month.
    case monthly
    /// The first written day and each day on which some place's state or flags changed.
    case changes

    /// A war longer than this many written days is drawn weekly unless a cadence is asked for: a
    /// picture a day would be thousands of files nobody opens one by one, and most of the run's time.
    public static let longWarDays = 400

    /// The cadence when none is asked for: daily up to `longWarDays` written days, weekly beyond.
    public static func automatic(days: Int) -> PictureCadence { days > longWarDays ? .weekly : .daily }

    /// The days of `days` (the written days, in order) to draw; `changeDays` are the days on which a
    /// period starts.
    public func select(_ days: [Day], changeDays: Set<Day>) -> [Day] {
        guard let first = days.first else { return [] }
        switch self {
        case .daily:
            return days
        case .weekly:
            return days.filter { ($0 - first) % 7 == 0 }
        case .monthly:
            var lastMonth: (Int, Int)?
            return days.filter { day in
                let c = day.components
                defer { lastMonth = (c.year, c.month) }
                return lastMonth.map { $0 != (c.year, c.month) } ?? true
            }
        case .changes:
            return days.filter { $0 == first || changeDays.contains($0) }
        }
    }
}
