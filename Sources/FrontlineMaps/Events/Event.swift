/// When an event happened, as precisely as the text allows (UCDP GED's date_start/date_end idea).
public struct EventDate: Hashable, Sendable {
    public enum Precision: String, Sendable, CaseIterable {
        /// The text names the day ("On 16 December").
        case day
        /// The day is inferred ("Within two days", "A week later"); `earliest…latest` bounds it.
        case approximate
        /// Only a range is known ("By early February", "between 3 and 9 May").
        case range
    }

    /// The best single day (used for maps).
    public var day: Day
    public var precision: Precision
    public var earliest: Day
    public var latest: Day
    /// The words the date came from ("Within two days").
    public var phrase: String

    public init(day: Day, precision: Precision = .day, earliest: Day? = nil, latest: Day? = nil, phrase: String = "") {
        self.day = day
        self.precision = precision
        self.earliest = earliest ?? day
        self.latest = latest ?? day
        self.phrase = phrase
    }
}

/// What kind of thing happened. Raw values are the ledger's `event_type` column.
public enum EventType: String, Sendable, CaseIterable, Hashable {
    // Control changes.
    case capture, partialCapture = "partial_capture", recapture, withdrawal, enteredRepelled = "entered_repelled"
    // Pressure.
    case attack, underAttack = "under_attack", siege, checkpoints, clashes, offensive
    // Violence.
    case airstrike, shelling, bombardment, carBomb = "car_bomb", bombing, massacre
    /// A statement of who held a place on a day ("the group ruled X", "the ISIL-held town of
    /// X"): no change, but the state on that day, and before it when nothing earlier says otherwise.
    case held

    /// Events that change who holds a place.
    public var changesControl: Bool {
        switch self {
        case .capture, .partialCapture, .recapture, .withdrawal, .enteredRepelled: return true
        default: return false
        }
    }
}

/// How sure the source is, in its own words.
public enum Certainty: String, Sendable, CaseIterable, Hashable {
    case stated, confirmed, claimed, reported, unconfirmed, disputed
}

/// The role a place plays in an event: where it happened, where an advance came from, or the place
/// of reference of ground the text does not name ("seven villages east of X").
public enum PlaceRole: String, Sendable, Hashable {
    case target, origin, vicinity

    /// How a vicinity row's `sub_event_type` begins in the ledger CSV ("near: territory taken"), the
    /// way an origin row's begins with "origin of".
    public static let vicinityPrefix = "near: "
}

/// Deaths as the text gives them: "90–200" → low 90, high 200; "up to 300" → high 300; "six" → 6.
public struct Fatalities: Hashable, Sendable {
    public var low: Int?
    public var best: Int?
    public var high: Int?
    /// Who they were, when the text says ("civilians", "government employees").
    public var who: String?

    public init(low: Int? = nil, best: Int? = nil, high: Int? = nil, who: String? = nil) {
        self.low = low
        self.best = best
        self.high = high
        self.who = who
    }
}

/// One row of the ledger: a dated event at one place, with where in the text it came from.
///
/// One event names one place: a sentence about seven towns gives seven events, as ACLED codes them.
public struct Event: Hashable, Sendable {
    public var id: String
    public var date: EventDate
    public var type: EventType
    /// Finer wording ("air strike", "car bomb", "checkpoints"), free text.
    public var subType: String
    /// The acting side's number (1 for `combatant1`), `nil` when the text does not say.
    public var side: Int?
    /// The actor as written ("Syrian Army", "rebels").
    public var actor: String
    /// The place as written in the text.
    public var placeName: String
    /// Gazetteer id (GeoNames id, else `wof:<id>`), `nil` when unresolved.
    public var placeID: String?
    public var latitude: Double?
    public var longitude: Double?
    /// "locality", "district", "governorate", or "unresolved".
    public var geoPrecision: String
    public var placeRole: PlaceRole
    public var fatalities: Fatalities
    public var certainty: Certainty
    public var sourceSentence: String
    public var sourceSection: String
    /// Character offset of the sentence in the article body, and where it is in the file.
    public var sourceOffset: Int
    public var sourceLocation: SourceLocation?

    public init(
        id: String, date: EventDate, type: EventType, subType: String = "", side: Int?, actor: String = "",
        placeName: String, placeID: String? = nil, latitude: Double? = nil, longitude: Double? = nil,
        geoPrecision: String = "locality", placeRole: PlaceRole = .target, fatalities: Fatalities = Fatalities(),
        certainty: Certainty = .stated, sourceSentence: String = "", sourceSection: String = "",
        sourceOffset: Int = 0, sourceLocation: SourceLocation? = nil
    ) {
        self.id = id
        self.date = date
        self.type = type
        self.subType = subType
        self.side = side
        self.actor = actor
        self.placeName = placeName
        self.placeID = placeID
        self.latitude = latitude
        self.longitude = longitude
        self.geoPrecision = geoPrecision
        self.placeRole = placeRole
        self.fatalities = fatalities
        self.certainty = certainty
        self.sourceSentence = sourceSentence
        self.sourceSection = sourceSection
        self.sourceOffset = sourceOffset
        self.sourceLocation = sourceLocation
    }
}

/// Everything the maps rest on: the sides, the events, and what the article says held before the
/// first event. Everything after the ledger is computable from it plus the gazetteer.
public struct Ledger: Sendable {
    public var title: String
    public var sides: [Side]
    public var events: [Event]
    /// Places the article says a side held before the war's first event, with the sentence saying so.
    public var baseline: [Baseline]

    public init(title: String, sides: [Side], events: [Event], baseline: [Baseline] = []) {
        self.title = title
        self.sides = sides
        self.events = events
        self.baseline = baseline
    }

    public func side(_ number: Int?) -> Side? {
        guard let number else { return nil }
        return sides.first { $0.number == number }
    }
}

/// A statement of prior control: "the province largely controlled by Army Forces" (scope = a
/// governorate or the article's whole area) or "advanced from towns they held" (scope = those places).
public struct Baseline: Hashable, Sendable {
    public enum Scope: Hashable, Sendable {
        /// Every place of the article's area (its infobox `place`) not otherwise covered.
        case area
        /// These gazetteer ids.
        case places([String])
    }

    public var side: Int
    public var scope: Scope
    public var sourceSentence: String

    public init(side: Int, scope: Scope, sourceSentence: String) {
        self.side = side
        self.scope = scope
        self.sourceSentence = sourceSentence
    }
}
