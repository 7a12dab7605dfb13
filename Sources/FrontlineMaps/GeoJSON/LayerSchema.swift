/// The property names and `kind` values of every GeoJSON layer Frontline writes — day files, the
/// timeline layers and `events.geojson` (of `map` and of `events --format geojson` alike) — and that
/// the QGIS styles read back in their expressions.
///
/// One name, one constant: a rename here renames it in the files and in the styles together, so a
/// style can never look for a field the files stopped writing. An event's fields that the ledger has
/// too are the ledger's own names (`LedgerColumn`).
public enum LayerSchema {
    /// What a feature is: one of the `Kind` values.
    public static let kind = "kind"
    public enum Kind {
        public static let place = "place"
        public static let territory = "territory"
        public static let front = "front"
        public static let event = "event"
    }

    // Sides and states.
    /// `combatant1`, …, `contested`, `unknown` (`ControlState.sideKey`).
    public static let side = LedgerColumn.side.rawValue
    /// The infobox name of the side holding it; `null` when nobody does.
    public static let controller = "controller"
    /// `held`, `contested`, `unknown`.
    public static let state = "state"
    /// A front's two side keys, and the same joined by `|`.
    public static let sides = "sides"
    public static let front = "front"

    // Places.
    public static let name = "name"
    public static let placeID = LedgerColumn.placeID.rawValue
    public static let since = "since"
    public static let attacked = "attacked"
    public static let besieged = "besieged"
    public static let struck = "struck"
    public static let eventIDs = "event_ids"
    public static let basis = "basis"

    // Measures and tiles.
    public static let areaKm2 = "area_km2"
    public static let lengthKm = "length_km"
    public static let tile = "tile"

    // Time: a day file's `date`; a timeline feature's `start` and exclusive `end` (`null` when open).
    public static let date = "date"
    public static let start = "start"
    public static let end = "end"

    // Events.
    public static let eventID = LedgerColumn.eventID.rawValue
    public static let eventType = LedgerColumn.eventType.rawValue
    public static let subType = "sub_type"
    public static let actor = LedgerColumn.actor.rawValue
    public static let placeRole = LedgerColumn.placeRole.rawValue
    public static let datePrecision = LedgerColumn.datePrecision.rawValue
    public static let dateEarliest = LedgerColumn.dateEarliest.rawValue
    public static let dateLatest = LedgerColumn.dateLatest.rawValue
    public static let fatalitiesLow = LedgerColumn.fatalitiesLow.rawValue
    public static let fatalitiesBest = LedgerColumn.fatalitiesBest.rawValue
    public static let fatalitiesHigh = LedgerColumn.fatalitiesHigh.rawValue
    public static let certainty = LedgerColumn.certainty.rawValue
    public static let sourceSentence = LedgerColumn.sourceSentence.rawValue
    public static let sourceSection = LedgerColumn.sourceSection.rawValue
    public static let sourceLine = LedgerColumn.sourceLine.rawValue

    // Context (`context/*.geojson`): the gazetteer's borders, area names and towns under the war.
    /// The record's id (`wof:<id>`, a GeoNames id), `country` for the country's outer edge.
    public static let recordID = "record_id"
    /// `country`, `governorate`, `district` (`ContextLevel`).
    public static let level = "level"
    public static let population = "population"
    /// Whether the war's own layers draw the town (the article names it).
    public static let onWarMap = "on_war_map"
    /// Who made the data and under which licence.
    public static let source = "source"
}
