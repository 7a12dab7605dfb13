/// Two events that cannot both be true: the same place, the same day, different outcomes for who
/// holds it. The ledger keeps both (it records what sources said); the user hears about it, with the
/// line of each, so they can correct the ledger.
extension Ledger {
    /// What a control event leaves behind: a side number, or 0 for contested; `nil` when unknown.
    private func outcome(_ e: Event) -> Int? {
        switch e.type {
        case .capture, .recapture: return e.side
        case .partialCapture, .enteredRepelled: return 0
        case .withdrawal:
            guard let side = e.side, sides.count == 2 else { return nil }
            return sides.first { $0.number != side }?.number
        default: return nil
        }
    }

    private func describe(_ outcome: Int) -> String { outcome == 0 ? "contested" : Side.key(outcome) }

    /// One warning per pair of same-day control events at one place whose outcomes differ, located
    /// at the later of the two in ledger order.
    public func contradictions() -> [Diagnostic] {
        var firstSeen: [String: (event: Event, outcome: Int)] = [:]
        var diagnostics: [Diagnostic] = []
        for e in events where e.type.changesControl && e.date.precision == .day {
            guard let place = e.placeID, let result = outcome(e) else { continue }
            let key = place + "|" + e.date.day.iso
            if let earlier = firstSeen[key] {
                if earlier.outcome != result {
                    let at = earlier.event.sourceLocation.map { " (\($0))" } ?? ""
                    diagnostics.append(
                        Diagnostic(
                            .warning,
                            "\(e.id) contradicts \(earlier.event.id)\(at): on \(e.date.day.iso) \(e.placeName) is \(describe(result)) by one and \(describe(earlier.outcome)) by the other; the map follows the later row — correct the ledger if that is wrong",
                            at: e.sourceLocation))
                }
            } else {
                firstSeen[key] = (e, result)
            }
        }
        return diagnostics
    }
}
