/// A place as the article names it, with what the gazetteer made of it.
struct PlaceInfo: Sendable {
    /// As written ("Morek").
    var name: String
    var query: PlaceQuery
    /// `nil` when the gazetteer does not know it: the event keeps the name and no coordinates.
    var record: GazetteerRecord?

    /// The ledger's geo_precision: "governorate", "district", "locality", or "unresolved".
    var geoPrecision: String {
        guard let record else { return "unresolved" }
        switch record.featureCode ?? "" {
        case "PCLI", "PCL", "ADM0": return "country"
        case "ADM1", "ADM1H": return "governorate"
        case "ADM2", "ADM2H": return "district"
        case "ADM3", "ADM3H": return "subdistrict"
        default: return "locality"
        }
    }
}
