import Foundation

/// A guard on how many days a map covers. One typo in a date (2102 for 2012, or 9999-12-31) made a
/// 17-day war 65,759 files and 1.27 GB — or filled the disk — with exit 0 and no word. Real wars
/// in articles last days to a decade or two, so a longer span is almost always a wrong date, and
/// the message names the event whose date stretched it.
extension MapPipeline {
    /// Above this many days (about 10 years) the run warns and goes on.
    public static let spanWarningDays = 3_653
    /// Above this many days (about 20 years) the run stops unless `MapOptions.maxDays` allows more.
    public static let defaultMaxDays = 7_305

    /// - Returns: a warning when the span is long but allowed.
    /// - Throws: `FrontlineError.spanTooLong` at the outlying event's source when the span exceeds
    ///   `maxDays` (`defaultMaxDays` when `nil`).
    static func checkSpan(ledger: Ledger, maxDays: Int?) throws -> [Diagnostic] {
        let starts = ledger.events.map {
            $0.type == .enteredRepelled ? min($0.date.earliest, $0.date.day) : $0.date.day
        }
        guard let firstIndex = starts.indices.min(by: { starts[$0] < starts[$1] }),
            let lastIndex = ledger.events.indices.max(by: { ledger.events[$0].date.day < ledger.events[$1].date.day })
        else { return [] }
        let first = starts[firstIndex], last = ledger.events[lastIndex].date.day
        let span = last.ordinal - first.ordinal + 1
        let limit = maxDays ?? defaultMaxDays
        guard span > spanWarningDays || span > limit else { return [] }
        // The event that stretched the span: the end farther from the middle (median) date.
        let middle = ledger.events.map(\.date.day).sorted()[ledger.events.count / 2]
        let early = middle.ordinal - first.ordinal > last.ordinal - middle.ordinal
        let outlier = ledger.events[early ? firstIndex : lastIndex]
        let outlierDay = early ? first : last
        let years = Double(span) / 365.2425
        let what =
            "the events span \(span) days (\(first.iso) to \(last.iso), \(String(format: "%.0f", years)) years), stretched by \(outlier.id) on \(outlierDay.iso)"
        if span > limit {
            throw FrontlineError.spanTooLong(
                Diagnostic(
                    .error,
                    "\(what): more than the \(limit) days a map may cover; check that date (a typo like 2102 for 2012?)",
                    at: outlier.sourceLocation), hint: .allowDays(span))
        }
        return [Diagnostic(.warning, "\(what); check that date if the war was shorter", at: outlier.sourceLocation)]
    }
}
