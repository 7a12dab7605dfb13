/// The ledger as JSON: the same fields as the CSV plus what CSV cannot hold (sides, baseline,
/// casualty groups, place roles, source lines), with keys in a fixed order so output is reproducible.
public enum LedgerJSON {
    /// One event as an ordered JSON object, keys in the CSV's column order, then the extras.
    public static func object(_ e: Event) -> JSONValue {
        .object([
            (LedgerColumn.eventID.rawValue, .string(e.id)),
            (LedgerColumn.eventDate.rawValue, .string(e.date.day.iso)),
            (LedgerColumn.datePrecision.rawValue, .string(e.date.precision.rawValue)),
            (LedgerColumn.dateEarliest.rawValue, .string(e.date.earliest.iso)),
            (LedgerColumn.dateLatest.rawValue, .string(e.date.latest.iso)),
            (LedgerColumn.datePhrase.rawValue, .string(e.date.phrase)),
            (LedgerColumn.eventType.rawValue, .string(e.type.rawValue)),
            (LedgerColumn.subEventType.rawValue, .string(e.subType)),
            (LedgerColumn.side.rawValue, .string(e.side.map(Side.key))),
            (LedgerColumn.actor.rawValue, .string(e.actor)),
            (LedgerColumn.placeName.rawValue, .string(e.placeName)),
            (LedgerColumn.placeRole.rawValue, .string(e.placeRole.rawValue)),
            (LedgerColumn.placeID.rawValue, .string(e.placeID)),
            (LedgerColumn.latitude.rawValue, e.latitude.map(JSONValue.coordinate) ?? .null),
            (LedgerColumn.longitude.rawValue, e.longitude.map(JSONValue.coordinate) ?? .null),
            (LedgerColumn.geoPrecision.rawValue, .string(e.geoPrecision)),
            (LedgerColumn.fatalitiesLow.rawValue, .int(e.fatalities.low)),
            (LedgerColumn.fatalitiesBest.rawValue, .int(e.fatalities.best)),
            (LedgerColumn.fatalitiesHigh.rawValue, .int(e.fatalities.high)),
            (LedgerColumn.fatalitiesWho.rawValue, .string(e.fatalities.who)),
            (LedgerColumn.certainty.rawValue, .string(e.certainty.rawValue)),
            (LedgerColumn.sourceSentence.rawValue, .string(e.sourceSentence)),
            (LedgerColumn.sourceSection.rawValue, .string(e.sourceSection)),
            (LedgerColumn.sourceOffset.rawValue, .int(e.sourceOffset)),
            (LedgerColumn.sourceLine.rawValue, .int(e.sourceLocation?.line)),
        ])
    }

    /// The whole ledger: title, sides, baseline statements, events (one per line).
    public static func write(_ ledger: Ledger) -> String {
        var out = "{\n\"title\":"
        JSONValue.escape(ledger.title, into: &out)
        out += ",\n\"sides\":"
        JSONValue.array(
            ledger.sides.map { s in
                .object([
                    (LedgerColumn.side.rawValue, .string(s.key)), ("name", .string(s.name)),
                    ("members", .array(s.members.map { .string($0) })),
                ])
            }
        ).write(to: &out)
        out += ",\n\"baseline\":"
        JSONValue.array(
            ledger.baseline.map { b in
                let scope: JSONValue
                switch b.scope {
                case .area: scope = "area"
                case let .places(ids): scope = .array(ids.map { .string($0) })
                }
                return .object([
                    (LedgerColumn.side.rawValue, .string(Side.key(b.side))), ("scope", scope),
                    (LedgerColumn.sourceSentence.rawValue, .string(b.sourceSentence)),
                ])
            }
        ).write(to: &out)
        out += ",\n\"events\":["
        for (i, e) in ledger.events.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            object(e).write(to: &out)
        }
        out += ledger.events.isEmpty ? "]\n}\n" : "\n]\n}\n"
        return out
    }
}
