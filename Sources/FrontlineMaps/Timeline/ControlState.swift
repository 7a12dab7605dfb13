/// Who holds a place on a day.
public enum ControlState: Hashable, Sendable, Comparable {
    /// Held by the side with this number (1 for `combatant1`).
    case held(Int)
    /// Fought over: neither side holds it.
    case contested
    /// Nothing in the ledger says.
    case unknown

    /// The `side` value every output uses: "combatant1", "contested", "unknown".
    public var sideKey: String {
        switch self {
        case let .held(n): return Side.key(n)
        case .contested: return "contested"
        case .unknown: return "unknown"
        }
    }

    /// The `state` value: "held", "contested", "unknown".
    public var stateKey: String {
        switch self {
        case .held: return "held"
        case .contested: return "contested"
        case .unknown: return "unknown"
        }
    }

    /// The side number when held.
    public var holder: Int? {
        if case let .held(n) = self { return n }
        return nil
    }

    /// Whether the place's cell counts as territory (held or contested); unknown land stays unclaimed.
    public var isTerritory: Bool { self != .unknown }
}
