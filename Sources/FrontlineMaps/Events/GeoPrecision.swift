/// How precisely an event's place is known: the ledger's `geo_precision` column, as a type.
///
/// Only a town (or an unknown word, read as a town as before) gets a cell on the map; an area — a
/// country, governorate, district or subdistrict — is where something happened, not a place anyone
/// holds, so its events go on the events layer only.
public enum GeoPrecision: String, Hashable, Sendable, CaseIterable {
    case country, governorate, district, subdistrict, locality, unresolved
    /// Spellings a person correcting a ledger may write for an area.
    case region, admin1, admin2, admin3

    /// The precision a ledger cell names (any case); `nil` for a word it does not know.
    public init?(ledger text: String) { self.init(rawValue: text.lowercased()) }

    /// The precision of a gazetteer record from its feature code: ADM1 a governorate, ADM2 a
    /// district, ADM3 a subdistrict, a country code a country, anything else a locality.
    public init(record: GazetteerRecord) {
        switch record.featureCode ?? "" {
        case "PCLI", "PCL", "ADM0": self = .country
        case "ADM1", "ADM1H": self = .governorate
        case "ADM2", "ADM2H": self = .district
        case "ADM3", "ADM3H": self = .subdistrict
        default: self = .locality
        }
    }

    /// Whether the place is a point a side holds (and so gets a cell), not an area.
    public var isTown: Bool {
        switch self {
        case .locality, .unresolved: return true
        case .country, .governorate, .district, .subdistrict, .region, .admin1, .admin2, .admin3: return false
        }
    }
}

extension Event {
    /// `geoPrecision` as a type; `nil` for a word the ledger's reader does not know.
    public var precision: GeoPrecision? { GeoPrecision(ledger: geoPrecision) }

    /// Whether the event's place gets a cell: a town, or a precision word no one defined (read as a
    /// town, so a ledger with its own words still maps).
    public var isAtTown: Bool { precision?.isTown ?? true }
}
