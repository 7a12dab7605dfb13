/// What ranking reads about a record, packed in one value so that scoring a candidate touches one
/// cache line instead of one per array (resolution speed is memory-bound).
struct RecordFacts: Sendable {
    /// `Gazetteer.prior(of:)`: kind of place and size.
    var prior: Double
    var latitude: Double
    var longitude: Double
    /// Variant-key hash of the record's Wikipedia page title, 0 when none.
    var wikipediaKey: UInt64
    /// Index into `AreaIndex.governorates` / `.districts`, -1 when unknown.
    var governorate: Int16
    var district: Int16
}
