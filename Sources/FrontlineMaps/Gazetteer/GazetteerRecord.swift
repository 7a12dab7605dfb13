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

/// A place name to resolve: as written, plus the page its link points to when it is a link.
public struct PlaceQuery: Hashable, Sendable {
    public var name: String
    /// The link target with `./` and underscores removed ("Murak, Hama"), the strongest evidence.
    public var linkPage: String?

    public init(name: String, linkPage: String? = nil) {
        self.name = name
        self.linkPage = linkPage
    }
}

/// What an article tells the resolver beyond the name: its area and what it already placed.
public struct ResolutionContext: Sendable {
    /// The infobox `place` text ("Hama Governorate, Syria").
    public var articlePlace: String?
    /// Records already resolved in the same article, for the distance criterion.
    public var resolved: [GazetteerRecord]

    public init(articlePlace: String? = nil, resolved: [GazetteerRecord] = []) {
        self.articlePlace = articlePlace
        self.resolved = resolved
    }
}

/// The outcome of resolving one name: the winner (or none), the runner-up, and why.
public struct PlaceResolution: Sendable {
    public var query: PlaceQuery
    /// `nil` when the name is unknown: it is never guessed.
    public var record: GazetteerRecord?
    public var score: Double
    public var runnerUp: GazetteerRecord?
    public var runnerUpScore: Double?
    /// Human-readable reasons ("link target matches", "in Hama governorate", "nearest to resolved places").
    public var reason: String
    /// Closest candidates when unresolved (or other candidates when resolved).
    public var suggestions: [GazetteerRecord]

    public init(
        query: PlaceQuery, record: GazetteerRecord?, score: Double, runnerUp: GazetteerRecord? = nil,
        runnerUpScore: Double? = nil, reason: String, suggestions: [GazetteerRecord] = []
    ) {
        self.query = query
        self.record = record
        self.score = score
        self.runnerUp = runnerUp
        self.runnerUpScore = runnerUpScore
        self.reason = reason
        self.suggestions = suggestions
    }

    public var isResolved: Bool { record != nil }

    /// Every candidate weighed in an article's context, best first, each with why it won or lost
    /// (filled by `ArticlePlaces` when asked to explain; empty otherwise).
    public var ranking: [RankedCandidate] = []
}

/// One candidate of a name as an article's resolver weighed it.
public struct RankedCandidate: Sendable {
    public var record: GazetteerRecord
    public var score: Double
    /// The score's parts in words: name match, link, area, kind, distance to the article's places.
    public var why: String
    /// "won", or why it lost ("lower score", "too far from the article's places, nothing confirms it").
    public var verdict: String
}

/// A place name found in plain text (not a link), by exact or variant spelling only, never fuzzy.
public struct PlaceSpot: Hashable, Sendable {
    /// UTF-8 offsets of the name in the text searched.
    public var range: Range<Int>
    public var name: String

    public init(range: Range<Int>, name: String) {
        self.range = range
        self.name = name
    }
}

/// What the event extractor and the map need from a gazetteer. `Gazetteer` is the real one.
public protocol PlaceResolver: Sendable {
    func resolve(_ query: PlaceQuery, context: ResolutionContext) -> PlaceResolution
    /// Place names written in plain text, longest match first, for sentences whose places are not links.
    func spot(in text: String) -> [PlaceSpot]
    func record(id: String) -> GazetteerRecord?
    /// Governorate and district outlines for clipping and drawing.
    var boundaries: [AdminBoundary] { get }
    /// The populated places inside `box` whose record gives a population of at least
    /// `minimumPopulation` (abandoned ones left out), in record order: the towns a map shows for
    /// orientation, whether its article names them or not.
    func populatedPlaces(in box: MapBounds, minimumPopulation: Int) -> [GazetteerRecord]
    /// The resolver of one article's places: every name of that article answered in its context, the
    /// same way whichever sentence (or command) asks.
    func places(in article: Article) -> any ArticlePlaceResolver
}

extension PlaceResolver {
    /// A resolver without a list of towns (a test table) gives a map no context towns.
    public func populatedPlaces(in box: MapBounds, minimumPopulation: Int) -> [GazetteerRecord] { [] }

    /// Resolvers that weigh no context (test tables) answer each name alone, with the infobox place.
    public func places(in article: Article) -> any ArticlePlaceResolver {
        ContextFreePlaces(resolver: self, article: article)
    }
}

/// What the map, the ledger and `frontline resolve --context` ask of one article's places.
public protocol ArticlePlaceResolver: Sendable {
    /// The query a name stands for in this article: with its link's page when the article links
    /// that exact text (the first such link), else the name alone.
    func query(for name: String) -> PlaceQuery
    /// The record a query means in this article. With `preferTown`, a bare name in running text that
    /// names both an area and a town is the town, unless the article uses it as an area.
    func resolve(_ query: PlaceQuery, preferTown: Bool) -> PlaceResolution
}

extension ArticlePlaceResolver {
    /// Where the article places a name as written: through its link when the article links that text,
    /// else as a name in running text.
    public func place(of name: String) -> PlaceResolution {
        let q = query(for: name)
        return resolve(q, preferTown: q.linkPage == nil)
    }
}

/// Links of an article by their text: the first link of each text, in reading order.
func firstLinks(of article: Article) -> [String: String] {
    var links: [String: String] = [:]
    for s in article.sentences {
        for l in s.links where links[l.text] == nil { links[l.text] = l.page }
    }
    return links
}

/// The answer of a resolver that weighs no article context: the resolver's own, given the infobox place;
/// in running text an area's name goes to the town of the same name among its alternatives.
struct ContextFreePlaces: ArticlePlaceResolver {
    let resolver: any PlaceResolver
    let context: ResolutionContext
    let links: [String: String]

    init(resolver: any PlaceResolver, article: Article) {
        self.resolver = resolver
        context = ResolutionContext(articlePlace: article.field("place")?.text)
        links = firstLinks(of: article)
    }

    func query(for name: String) -> PlaceQuery { PlaceQuery(name: name, linkPage: links[name]) }

    func resolve(_ query: PlaceQuery, preferTown: Bool) -> PlaceResolution {
        var r = resolver.resolve(query, context: context)
        if preferTown, let rec = r.record, rec.isArea {
            let towns = ([r.runnerUp].compactMap { $0 } + r.suggestions).filter {
                $0.kind == .populatedPlace && $0.name.lowercased() == rec.name.lowercased()
            }
            if let town = towns.max(by: { $0.population < $1.population }) { r.record = town }
        }
        return r
    }
}
