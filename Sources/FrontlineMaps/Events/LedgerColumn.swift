/// The ledger's column names, spelled once: the CSV's header (in its order) and the JSON ledger's
/// event members, which add what a CSV row cannot hold.
public enum LedgerColumn: String, CaseIterable, Sendable {
    case eventID = "event_id", eventDate = "event_date", datePrecision = "date_precision", dateEarliest =
        "date_earliest"
    case dateLatest = "date_latest", eventType = "event_type", subEventType = "sub_event_type", side, actor
    case placeName = "place_name", placeID = "place_id", latitude, longitude, geoPrecision = "geo_precision"
    case fatalitiesLow = "fatalities_low", fatalitiesBest = "fatalities_best", fatalitiesHigh = "fatalities_high",
        certainty
    case sourceSentence = "source_sentence", sourceSection = "source_section", sourceOffset = "source_offset"
    // JSON only.
    case datePhrase = "date_phrase", placeRole = "place_role", fatalitiesWho = "fatalities_who", sourceLine =
        "source_line"

    /// The CSV's columns, in file order.
    public static let csv: [LedgerColumn] = [
        .eventID, .eventDate, .datePrecision, .dateEarliest, .dateLatest, .eventType, .subEventType, .side, .actor,
        .placeName,
        .placeID, .latitude, .longitude, .geoPrecision, .fatalitiesLow, .fatalitiesBest, .fatalitiesHigh, .certainty,
        .sourceSentence, .sourceSection, .sourceOffset,
    ]
}
