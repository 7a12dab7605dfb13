/// One real place from a public gazetteer, with the ids that let anyone check it.
public struct GazetteerRecord: Hashable, Sendable {
    /// The id every output uses: the GeoNames id ("166640") when there is one, else "wof:<id>".
    public var id: String
    public var name: String
    public var latitude: Double
    public var longitude: Double
    public var geonamesID: Int?
    public var wofID: Int?
    /// Governorate (first-level division) name, e.g. "Hama"; district (second level) when known.
    public var governorate: String?
    public var district: String?
    /// GeoNames feature class and code ("P", "PPL").
    public var featureClass: String?
    public var featureCode: String?
    public var population: Int

    public init(
        id: String, name: String, latitude: Double, longitude: Double, geonamesID: Int? = nil, wofID: Int? = nil,
        governorate: String? = nil, district: String? = nil, featureClass: String? = nil, featureCode: String? = nil,
        population: Int = 0
    ) {
        self.id = id
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.geonamesID = geonamesID
        self.wofID = wofID
        self.governorate = governorate
        self.district = district
        self.featureClass = featureClass
        self.featureCode = featureCode
        self.population = population
    }
}

/// An administrative area's outline (governorate or district), WGS84 lon/lat rings.
public struct AdminBoundary: Hashable, Sendable {
    public enum Level: String, Sendable { case governorate, district }
    public var id: String
    public var name: String
    public var level: Level
    /// Polygons, each a list of rings (exterior first), each ring a list of (lon, lat) pairs, closed.
    public var polygons: [[[LonLat]]]

    public init(id: String, name: String, level: Level, polygons: [[[LonLat]]]) {
        self.id = id
        self.name = name
        self.level = level
        self.polygons = polygons
    }
}

/// A WGS84 position in GeoJSON order.
public struct LonLat: Hashable, Sendable {
    public var lon: Double
    public var lat: Double
    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }
}
