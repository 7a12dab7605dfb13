/// A GeoNames feature class (the gazetteer's `feature_class` column): what kind of thing a record is.
/// See "GeoNames feature codes" (geonames.org/export/codes.html).
public enum FeatureClass: String, Hashable, Sendable, CaseIterable {
    /// Country, state, region (A): governorates and districts.
    case area = "A"
    /// Stream, lake (H).
    case water = "H"
    /// Parks, area (L).
    case landArea = "L"
    /// City, village (P): the towns a side can hold.
    case populatedPlace = "P"
    /// Road, railroad (R).
    case road = "R"
    /// Spot, building, farm (S).
    case spot = "S"
    /// Mountain, hill, rock (T).
    case terrain = "T"
    /// Undersea (U).
    case undersea = "U"
    /// Forest, heath (V).
    case vegetation = "V"
}

extension GazetteerRecord {
    /// The record's feature class; `nil` when the column is empty or holds a letter GeoNames does not use.
    public var kind: FeatureClass? { featureClass.flatMap(FeatureClass.init(rawValue:)) }

    /// Whether the record is an administrative area (a governorate, a district), not a place anyone
    /// holds. Compares the column directly: resolution asks this for every candidate.
    public var isArea: Bool { featureClass == FeatureClass.area.rawValue }
}
