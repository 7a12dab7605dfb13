/// A place as the article names it, with what the gazetteer made of it.
struct PlaceInfo: Sendable {
    /// As written ("Morek").
    var name: String
    var query: PlaceQuery
    /// `nil` when the gazetteer does not know it: the event keeps the name and no coordinates.
    var record: GazetteerRecord?

    /// How precisely the place is known: from its record's feature code, `unresolved` without one.
    var precision: GeoPrecision { record.map(GeoPrecision.init(record:)) ?? .unresolved }

    /// The ledger's geo_precision column: `precision`'s word.
    var geoPrecision: String { precision.rawValue }
}
