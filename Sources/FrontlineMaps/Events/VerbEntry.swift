/// A lexicon verb: a phrase that makes a sentence an event, and the kind of event it makes.
public struct VerbEntry: Hashable, Sendable {
    public var phrase: String
    public var type: EventType
    public var subType: String
    /// The sentence's subject lost the place ("troops were cleared from X"): the event's side is the
    /// other side.
    public var agentLoses: Bool
    /// The event concerns the article's whole area ("launched an offensive").
    public var area: Bool
    /// The verb's subject is the place, never its taker ("X fell on 28 June"): like a passive.
    public var agentless: Bool
    /// Taking the place was a fight ("stormed", "overran"): the ledger also records an attack there.
    public var assault: Bool = false

    public init(
        phrase: String, type: EventType, subType: String, agentLoses: Bool = false, area: Bool = false,
        agentless: Bool = false
    ) {
        self.agentless = agentless
        self.phrase = phrase
        self.type = type
        self.subType = subType
        self.agentLoses = agentLoses
        self.area = area
    }
}
