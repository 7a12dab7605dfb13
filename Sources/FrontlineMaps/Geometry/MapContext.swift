/// What a reader needs to place the war, drawn grey and quiet under it: the country's and the
/// governorates' (and districts') borders, the governorates' names, and the larger towns around the
/// map whether the article names them or not, plus a small picture of the whole country for an inset.
///
/// Everything comes from the gazetteer's records (`places.tsv`, `boundaries.geojson`) with their ids:
/// nothing here is typed in or estimated. Borders are the records' outlines, simplified in metres and
/// cut to the area around the map (`reach`); a town is a record's own point and population.
public struct MapContext: Hashable, Sendable {
    /// The lon/lat box the pictures show (the run's extent laid out on a picture): the towns that
    /// must be shown lie here, and names are placed inside it.
    public var view: MapBounds
    /// The box the context covers: `view` with a margin, so a picture of another day's slightly
    /// different area or a QGIS user panning a little still sees borders and towns.
    public var reach: MapBounds
    /// Country border first, then governorates, then districts, each by id.
    public var borders: [ContextBorder]
    /// Where each governorate touching `view` is named: a point inside its part of the view.
    public var areaLabels: [ContextAreaLabel]
    /// Towns in `reach` whose record gives a population of at least `minimumPopulation`, largest first.
    public var towns: [ContextTown]
    /// The whole country, coarsely simplified, for the inset: every governorate's polygons.
    public var inset: [ContextArea]
    /// The credit of the sources the context draws from.
    public var attribution: String

    /// The smallest population a town needs to be drawn as context.
    public static let minimumPopulation = 10_000

    /// No context: a map without gazetteer outlines or towns (a test table, a user gazetteer alone).
    public static func empty(view: MapBounds) -> MapContext {
        MapContext(view: view, reach: view, borders: [], areaLabels: [], towns: [], inset: [], attribution: "")
    }

    public init(
        view: MapBounds, reach: MapBounds, borders: [ContextBorder], areaLabels: [ContextAreaLabel],
        towns: [ContextTown],
        inset: [ContextArea], attribution: String
    ) {
        self.view = view
        self.reach = reach
        self.borders = borders
        self.areaLabels = areaLabels
        self.towns = towns
        self.inset = inset
        self.attribution = attribution
    }

    public var isEmpty: Bool { borders.isEmpty && towns.isEmpty && inset.isEmpty }
}

/// How important a border is: the country's outer edge, a governorate's, a district's.
public enum ContextLevel: String, Hashable, Sendable, CaseIterable {
    case country, governorate, district
}

/// An area's outline inside the context's `reach`, as lines (the cut along the box's edges left out,
/// so only real borders are drawn), positions on the output grid.
public struct ContextBorder: Hashable, Sendable {
    /// The record's id (`wof:<id>`); the country border, which no single record outlines, is
    /// `country` (made from the governorates' outlines).
    public var id: String
    public var name: String
    public var level: ContextLevel
    public var lines: [[LonLat]]
}

/// Where an area's name is written.
public struct ContextAreaLabel: Hashable, Sendable {
    public var id: String
    public var name: String
    public var level: ContextLevel
    public var at: LonLat
}

/// A town of the gazetteer drawn for orientation, sized by its population.
public struct ContextTown: Hashable, Sendable {
    /// The record's id (`place_id` of the ledger when the article names it).
    public var id: String
    public var name: String
    public var at: LonLat
    public var population: Int
    /// Whether the war's own layers draw it (the article names it): then the war's dot and name are
    /// drawn and the context adds only its size.
    public var onWarMap: Bool
}

/// An area as polygons (rings closed, exterior counter-clockwise), for the inset.
public struct ContextArea: Hashable, Sendable {
    public var id: String
    public var name: String
    public var polygons: [[[LonLat]]]
}
