/// An event of one day, drawn as a ring sized by its fatalities.
public struct MapEvent: Hashable, Sendable {
    /// The ledger's event type, e.g. `capture`, `airstrike`.
    public var type: String
    public var at: LonLat
    /// Best estimate of deaths; `nil` when the article gives none.
    public var fatalities: Int?
    /// The ledger's certainty word; `claimed`, `reported`, `unconfirmed` and `disputed` are drawn dashed.
    public var certainty: String?
    /// The place's name as the article writes it, for the player's list of the day's events.
    public var place: String?
    /// The article's sentence the event comes from, so a reader sees why the map changed.
    public var sentence: String?

    public init(
        type: String, at: LonLat, fatalities: Int? = nil, certainty: String? = nil, place: String? = nil,
        sentence: String? = nil
    ) {
        self.type = type
        self.at = at
        self.fatalities = fatalities
        self.certainty = certainty
        self.place = place
        self.sentence = sentence
    }

    /// One line for a list of the day's events: "capture, Avalon, 12 killed (reported)".
    public var summary: String {
        var parts = [type.replacingOccurrences(of: "_", with: " ")]
        if let place, !place.isEmpty { parts.append(place) }
        if let fatalities { parts.append("\(fatalities) killed") }
        var line = parts.joined(separator: ", ")
        if let certainty, !isFirm { line += " (\(certainty))" }
        return line
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
