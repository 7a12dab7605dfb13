/// How `Frontline.map` builds its maps, by stage: the ledger's area and span (`articlePlace`,
/// `maxDays`), the geometry (`geometry`), and the outputs (`slug`, `pictures`).
public struct MapOptions: Sendable {
    /// The geometry stage's options; `crs`, `radiusMetres`, `simplifyMetres`, `snapshots` and
    /// `cellsPerTile` below read and write them.
    public var geometry: GeometryOptions
    /// The article's area as its infobox `place` gives it ("Hama Governorate, Syria"): an `area`
    /// baseline covers the places whose governorate it names (all places when `nil`; `Frontline.map`
    /// fills it from the article).
    public var articlePlace: String?
    /// The most days a map may cover (`MapPipeline.defaultMaxDays` when `nil`): a longer span is
    /// refused as a probable wrong date.
    public var maxDays: Int?
    /// The run's name (a safe file name, see `Slug`): names the QGIS project `<slug>.qgs`; `nil` is
    /// "map" (`Frontline.map` fills it from the article's file name).
    public var slug: String?
    /// Draw a picture per written day and the animation page. The QGIS project and styles are always
    /// written; pictures cost a drawing per day, which suits article-sized wars more than `snapshots`
    /// runs over thousands of places.
    public var pictures: Bool
    /// Which written days get a picture when `pictures` is on; `nil` chooses by the war's length
    /// (`PictureCadence.automatic`): every day up to `PictureCadence.longWarDays` days, weekly beyond.
    public var pictureCadence: PictureCadence?

    public init(
        crs: String? = nil, radiusMetres: Double = 12_000, simplifyMetres: Double = 50, snapshots: Int? = nil,
        articlePlace: String? = nil, cellsPerTile: Int = 32, slug: String? = nil, pictures: Bool = true,
        maxDays: Int? = nil
    ) {
        geometry = GeometryOptions(
            crs: crs, radiusMetres: radiusMetres, simplifyMetres: simplifyMetres, snapshots: snapshots,
            cellsPerTile: cellsPerTile)
        self.articlePlace = articlePlace
        self.maxDays = maxDays
        self.slug = slug
        self.pictures = pictures
    }

    public var crs: String? {
        get { geometry.crs }
        set { geometry.crs = newValue }
    }
    public var radiusMetres: Double {
        get { geometry.radiusMetres }
        set { geometry.radiusMetres = newValue }
    }
    public var simplifyMetres: Double {
        get { geometry.simplifyMetres }
        set { geometry.simplifyMetres = newValue }
    }
    public var snapshots: Int? {
        get { geometry.snapshots }
        set { geometry.snapshots = newValue }
    }
    public var cellsPerTile: Int {
        get { geometry.cellsPerTile }
        set { geometry.cellsPerTile = newValue }
    }
}
