/// What happened at a place on a day without changing who holds it.
public struct PlaceFlags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Attacked, fought at or in (attack, under_attack, clashes, offensive).
    public static let attacked = PlaceFlags(rawValue: 1)
    /// Surrounded or cut off (siege, checkpoints around it).
    public static let besieged = PlaceFlags(rawValue: 2)
    /// Hit from afar or by a bomb (airstrike, shelling, bombardment, bombing, car bomb, massacre).
    public static let struck = PlaceFlags(rawValue: 4)

    /// The flag an event type raises at its target, if any.
    public init(eventType: EventType) {
        switch eventType {
        case .attack, .underAttack, .clashes, .offensive: self = .attacked
        case .siege, .checkpoints: self = .besieged
        case .airstrike, .shelling, .bombardment, .carBomb, .bombing, .massacre: self = .struck
        case .capture, .partialCapture, .recapture, .withdrawal, .enteredRepelled, .held: self = []
        }
    }
}
