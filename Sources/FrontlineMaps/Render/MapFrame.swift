/// Everything one day's picture shows, in WGS84 lon/lat: the only input of `SVGMap` (the player draws
/// from `PlayerData`, the same values in a form that does not grow with days × places).
///
/// Made from a `WarMap` (`MapFrame(map:snapshot:events:)`), the values the GeoJSON writer writes too,
/// so the writers are free of parsing and of any decision about who held what (writers only draw).
/// Order is kept as given, so a caller that sorts gets stable files.
///
/// The pipeline needs one call, `RenderOutputs.write(map:attribution:_:)`, which makes the frames one
/// at a time and calls the writers:
/// - `QgisProject.make(…)` → `<slug>.qgs`, `QgisStyle.files(sides:)` → `styles/*.qml`
/// - `SVGMap.document(frame:title:sides:attribution:)` → `svg/YYYY-MM-DD.svg`
/// - `AnimationPage.make(…)` → `player.html`, `PlayerData.make(map:canvas:)` → `player-data.js`
public struct MapFrame: Sendable {
    public var day: Day
    /// The area to draw; the same for every day of a run, so frames of an animation line up.
    public var bbox: MapBounds
    public var places: [MapPlace]
    public var territories: [MapTerritory]
    public var fronts: [MapFront]
    /// Only the events dated this day.
    public var events: [MapEvent]

    public init(
        day: Day, bbox: MapBounds, places: [MapPlace] = [], territories: [MapTerritory] = [], fronts: [MapFront] = [],
        events: [MapEvent] = []
    ) {
        self.day = day
        self.bbox = bbox
        self.places = places
        self.territories = territories
        self.fronts = fronts
        self.events = events
    }
}
