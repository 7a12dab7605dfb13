/// How `frontline map` builds its maps. Lengths are in metres of the projected CRS.
public struct MapOptions: Sendable {
    /// Metric CRS for geometry ("EPSG:32637"); `nil` picks the UTM zone of the places' centroid.
    public var crs: String?
    /// How far a town's influence reaches; land beyond every town's radius stays unclaimed.
    public var radiusMetres: Double
    /// How far a drawn outline may stray from the true one: the chords that draw each town's circle of
    /// influence stay within it, and the governorate outlines used for clipping are simplified with it
    /// (topology-preserving Douglas–Peucker). Cell edges between towns are exact and never simplified,
    /// so neighbouring territories keep sharing their boundary.
    public var simplifyMetres: Double
    /// Write only this many evenly spaced day snapshots (first and last included); `nil` writes every day.
    public var snapshots: Int?
    /// The article's area as its infobox `place` gives it ("Hama Governorate, Syria"): an `area`
    /// baseline covers the places whose governorate it names (all places when `nil`; `Frontline.map`
    /// fills it from the article).
    public var articlePlace: String?
    /// Above twice this many cells, the timeline layers split territory and fronts into square tiles of
    /// about this many cells, so that a change rewrites only its neighbourhood.
    public var cellsPerTile: Int
    /// The run's name (a safe file name, see `Slug`): names the QGIS project `<slug>.qgs`; `nil` is
    /// "map" (`Frontline.map` fills it from the article's file name).
    public var slug: String?
    /// Draw a picture per written day and the animation page. The QGIS project and styles are always
    /// written; pictures cost a drawing per day, which suits article-sized wars more than `--snapshots`
    /// runs over thousands of places.
    public var pictures: Bool
    /// The most days a map may cover (`MapPipeline.defaultMaxDays` when `nil`): a longer span is
    /// refused as a probable wrong date.
    public var maxDays: Int?

    public init(crs: String? = nil, radiusMetres: Double = 12_000, simplifyMetres: Double = 50, snapshots: Int? = nil,
                articlePlace: String? = nil, cellsPerTile: Int = 32, slug: String? = nil, pictures: Bool = true, maxDays: Int? = nil) {
        self.maxDays = maxDays
        self.slug = slug
        self.pictures = pictures
        self.crs = crs
        self.radiusMetres = radiusMetres
        self.simplifyMetres = simplifyMetres
        self.snapshots = snapshots
        self.articlePlace = articlePlace
        self.cellsPerTile = cellsPerTile
    }
}
