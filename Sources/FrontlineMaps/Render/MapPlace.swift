/// A town as drawn on one day: where it is, whose it is, and what happened to it that day.
public struct MapPlace: Hashable, Sendable {
    /// The gazetteer id (`place_id`), used only to keep output order stable.
    public var id: String
    public var name: String
    public var at: LonLat
    /// The side key of the day files: `combatant1`, …, `contested`, `unknown`.
    public var side: String
    public var attacked: Bool
    public var besieged: Bool
    public var struck: Bool

    public init(
        id: String, name: String, at: LonLat, side: String, attacked: Bool = false, besieged: Bool = false,
        struck: Bool = false
    ) {
        self.id = id
        self.name = name
        self.at = at
        self.side = side
        self.attacked = attacked
        self.besieged = besieged
        self.struck = struck
    }
}
