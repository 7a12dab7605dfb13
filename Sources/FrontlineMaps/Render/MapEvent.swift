/// An event of one day, drawn as a ring sized by its fatalities.
public struct MapEvent: Hashable, Sendable {
    /// The ledger's event type, e.g. `capture`, `airstrike`.
    public var type: String
    public var at: LonLat
    /// Best estimate of deaths; `nil` when the article gives none.
    public var fatalities: Int?
    /// The ledger's certainty word; `claimed`, `reported`, `unconfirmed` and `disputed` are drawn dashed.
    public var certainty: String?

    public init(type: String, at: LonLat, fatalities: Int? = nil, certainty: String? = nil) {
        self.type = type
        self.at = at
        self.fatalities = fatalities
        self.certainty = certainty
    }

    /// Whether the article states the event as fact (`stated`, `confirmed`, or no word at all), so a
    /// reader can tell reports from facts at a glance.
    public var isFirm: Bool {
        switch certainty {
        case nil, "stated", "confirmed": return true
        default: return false
        }
    }
}
