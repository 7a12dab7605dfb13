/// The ledger as JSON: the same fields as the CSV plus what CSV cannot hold (sides, baseline,
/// casualty groups, place roles, source lines), with keys in a fixed order so output is reproducible.
public enum LedgerJSON {
    /// One event as an ordered JSON object, keys in the CSV's column order, then the extras.
    public static func object(_ e: Event) -> JSONValue {
        .object([
            ("event_id", .string(e.id)),
            ("event_date", .string(e.date.day.iso)),
            ("date_precision", .string(e.date.precision.rawValue)),
            ("date_earliest", .string(e.date.earliest.iso)),
            ("date_latest", .string(e.date.latest.iso)),
            ("date_phrase", .string(e.date.phrase)),
            ("event_type", .string(e.type.rawValue)),
            ("sub_event_type", .string(e.subType)),
            ("side", .string(e.side.map(Side.key))),
            ("actor", .string(e.actor)),
            ("place_name", .string(e.placeName)),
            ("place_role", .string(e.placeRole.rawValue)),
            ("place_id", .string(e.placeID)),
            ("latitude", e.latitude.map(JSONValue.coordinate) ?? .null),
            ("longitude", e.longitude.map(JSONValue.coordinate) ?? .null),
            ("geo_precision", .string(e.geoPrecision)),
            ("fatalities_low", .int(e.fatalities.low)),
            ("fatalities_best", .int(e.fatalities.best)),
            ("fatalities_high", .int(e.fatalities.high)),
            ("fatalities_who", .string(e.fatalities.who)),
            ("certainty", .string(e.certainty.rawValue)),
            ("source_sentence", .string(e.sourceSentence)),
            ("source_section", .string(e.sourceSection)),
            ("source_offset", .int(e.sourceOffset)),
            ("source_line", .int(e.sourceLocation?.line)),
        ])
    }

    /// The whole ledger: title, sides, baseline statements, events (one per line).
    public static func write(_ ledger: Ledger) -> String {
        var out = "{\n\"title\":"
        JSONValue.escape(ledger.title, into: &out)
        out += ",\n\"sides\":"
        JSONValue.array(ledger.sides.map { s in
            .object([("side", .string(s.key)), ("name", .string(s.name)), ("members", .array(s.members.map { .string($0) }))])
        }).write(to: &out)
        out += ",\n\"baseline\":"
        JSONValue.array(ledger.baseline.map { b in
            let scope: JSONValue
            switch b.scope {
            case .area: scope = "area"
            case let .places(ids): scope = .array(ids.map { .string($0) })
            }
            return .object([("side", .string(Side.key(b.side))), ("scope", scope), ("source_sentence", .string(b.sourceSentence))])
        }).write(to: &out)
        out += ",\n\"events\":["
        for (i, e) in ledger.events.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            object(e).write(to: &out)
        }
        out += ledger.events.isEmpty ? "]\n}\n" : "\n]\n}\n"
        return out
    }
}
