/// The words event extraction relies on — actors, verbs, certainty cues, filler — as data.
///
/// Nothing about a particular war is in code: a user extends the default lexicon in
/// `gazetteer/lexicons/` with their own YAML files (`--lexicon FILE`) for another war's actors.
/// Roles ("government", "opposition") are bound to the article's numbered sides by `SideMatcher`.
public struct Lexicon: Sendable {
    /// Role name → keywords looked for in each combatant's name, members and link pages.
    public var roles: [String: [String]]
    /// Role name → actor phrases ("rebels", "Syrian Army").
    public var actors: [String: [String]]
    /// Role name → roles whose side it takes when no combatant plays it (in order).
    public var allies: [String: [String]] = [:]
    /// Which role an actor phrase listed under several roles belongs to: the first one played.
    public var roleOrder: [String] = []
    public var verbs: [VerbEntry]
    /// Certainty → cue phrases ("claimed", "not confirmed").
    public var certainty: [Certainty: [String]]
    public var filler: [String]
    public var irrealis: [String]
    public var locators: [String]
    public var anaphora: [String]
    public var baseline: [String]
    /// Verbs of holding with the holder as subject ("Jaysh al-Islam ruled X"): who held X then.
    public var holds: [String] = []
    /// Words saying an entry was thrown back ("but were beaten back"): the sentence's entries are repulsed.
    public var repulses: [String] = []
    public var clauseBreaks: [String]
    /// Certainty cues that, alone in a sentence, doubt the sentence before ("However, this was not confirmed.").
    public var reachesBack: [String]
    /// Words a cue phrase may carry inside it without listing them ("took *complete* control of").
    public var modifiers: [String] = []
    /// What a verb of capture takes when it is not ground ("captured two soldiers", "fighters who were
    /// captured"): people and equipment. A capture of one of them changes no place's hands.
    public var captives: [String] = []

    public init(
        roles: [String: [String]] = [:], actors: [String: [String]] = [:], verbs: [VerbEntry] = [],
        certainty: [Certainty: [String]] = [:], filler: [String] = [], irrealis: [String] = [],
        locators: [String] = [], anaphora: [String] = [], baseline: [String] = [], clauseBreaks: [String] = [],
        reachesBack: [String] = []
    ) {
        self.roles = roles
        self.actors = actors
        self.verbs = verbs
        self.certainty = certainty
        self.filler = filler
        self.irrealis = irrealis
        self.locators = locators
        self.anaphora = anaphora
        self.baseline = baseline
        self.clauseBreaks = clauseBreaks
        self.reachesBack = reachesBack
    }

    /// Adds another lexicon's entries to this one (a user file extends the defaults).
    public mutating func merge(_ other: Lexicon) {
        for (k, v) in other.roles { roles[k, default: []] += v }
        for (k, v) in other.actors { actors[k, default: []] += v }
        for (k, v) in other.allies { allies[k, default: []] += v }
        // A user file's order comes first: it is the one that knows the war.
        roleOrder = other.roleOrder + roleOrder.filter { !other.roleOrder.contains($0) }
        verbs += other.verbs
        for (k, v) in other.certainty { certainty[k, default: []] += v }
        filler += other.filler
        irrealis += other.irrealis
        locators += other.locators
        anaphora += other.anaphora
        baseline += other.baseline
        holds += other.holds
        repulses += other.repulses
        clauseBreaks += other.clauseBreaks
        reachesBack += other.reachesBack
        modifiers += other.modifiers
        captives += other.captives
    }
}
