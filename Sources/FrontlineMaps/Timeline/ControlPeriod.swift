/// A run of days over which a place's state and flags stay the same.
public struct ControlPeriod: Hashable, Sendable {
    /// Why the state is what it is.
    public enum Basis: String, Hashable, Sendable {
        /// A control event on or before `since` says so.
        case event
        /// The article's own statement of prior control (`Ledger.baseline`).
        case baseline
        /// Implied by the place's first control event (a capture implies the other side held it before;
        /// a withdrawal implies the withdrawer did).
        case impliedByFirstControlEvent = "implied_by_first_control_event"
        /// Implied by other events: an attack by one side implies the other held the target; a side
        /// setting out from a place held it.
        case impliedByOtherEvents = "implied_by_other_events"
        /// Nothing says.
        case none
    }

    public var start: Day
    /// Exclusive.
    public var end: Day
    public var state: ControlState
    /// The first day of the current state (earlier than `start` when only the flags changed).
    public var since: Day
    public var flags: PlaceFlags
    public var basis: Basis
    /// The events this period rests on: those that set the state, then those that raised the flags, in
    /// ledger order.
    public var eventIDs: [String]

    public init(
        start: Day, end: Day, state: ControlState, since: Day, flags: PlaceFlags, basis: Basis, eventIDs: [String]
    ) {
        self.start = start
        self.end = end
        self.state = state
        self.since = since
        self.flags = flags
        self.basis = basis
        self.eventIDs = eventIDs
    }

    public func contains(_ day: Day) -> Bool { start <= day && day < end }
}
