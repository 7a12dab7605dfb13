/// A mapped war, the model every output draws from: the sides, every mapped place with its periods of
/// control, the located events, and the territories and fronts per period and per written day as
/// geometry values. The GeoJSON layers, the QGIS project, the pictures and the player are all written
/// from it, and none of them decides anything.
public struct WarMap: Sendable {
    /// The ledger the map rests on: title, sides, every event (located or not), baselines.
    public var ledger: Ledger
    /// The projected CRS the geometry was computed in ("EPSG:32637").
    public var crs: String
    /// Every mapped place with its periods, sorted by place id.
    public var timeline: ControlTimeline
    /// The located events, by date (ledger order within a day).
    public var events: [MappedEvent]
    /// Territory and front pieces per unchanged period, in the order they ended.
    public var territoryPeriods: [TerritoryPeriod]
    public var frontPeriods: [FrontPeriod]
    /// The written days (every day, or evenly spaced snapshots), in order; `snapshots()` gives their
    /// territories and fronts.
    public let snapshotDays: [Day]
    /// For each written day, the index of its labels in `versionLabels`.
    let snapshotVersions: [Int]
    /// The cells' labels (`MapGeometry.label`) of each distinct written picture.
    let versionLabels: [[Int16]]
    /// The cells, and their vertices on the output grid.
    let geometry: MapGeometry
    let vertexE6: [SIMD2<Int64>]
    /// The places left off the map, with their events and the names the gazetteer knows nearby.
    public var unresolvedPlaces: [UnresolvedPlace]
    /// The run's name: names the QGIS project `<slug>.qgs`.
    public var slug: String
    /// Whether pictures (SVG per day, the player) are drawn.
    public var pictures: Bool
    /// Which written days get a picture (see `pictureDays`).
    public var pictureCadence: PictureCadence
    /// What the stages noticed, in stage order.
    public var diagnostics: [Diagnostic]
    /// Borders, area names and towns around the war, drawn under it (`nil`: none drawn).
    public var context: MapContext? = nil
    /// The GeoPackage beside the QGIS project that its four layers read (written by a GIS writer such
    /// as `FrontlineGIS`, with Date columns); `nil`: they read the GeoJSON files.
    public var projectGeoPackage: String? = nil

    public var title: String { ledger.title }
    public var sides: [Side] { ledger.sides }

    /// The written days with their territories and fronts, computed one distinct picture at a time
    /// as the sequence is walked (days that look the same share one).
    public func snapshots() -> Snapshots { Snapshots(map: self, indices: Array(snapshotDays.indices)) }

    /// The snapshots of those of `days` that are written days, in order: a picture cadence or a video
    /// draws only these, and a day left out costs nothing.
    public func snapshots(on days: [Day]) -> Snapshots {
        let wanted = Set(days)
        return Snapshots(map: self, indices: snapshotDays.indices.filter { wanted.contains(snapshotDays[$0]) })
    }

    /// Written days of a map with their territories and fronts, in order.
    public struct Snapshots: Sequence {
        let map: WarMap
        /// Indices into `map.snapshotDays`, ascending.
        let indices: [Int]

        public var count: Int { indices.count }

        public func makeIterator() -> Iterator {
            Iterator(
                map: map, indices: indices,
                sweep: MapSweep(timeline: map.timeline, geometry: map.geometry, vertexE6: map.vertexE6))
        }

        public struct Iterator: IteratorProtocol {
            let map: WarMap
            let indices: [Int]
            let sweep: MapSweep
            var position = 0
            var last: DaySnapshot?

            public mutating func next() -> DaySnapshot? {
                guard position < indices.count else { return nil }
                let index = indices[position]
                let day = map.snapshotDays[index], version = map.snapshotVersions[index]
                position += 1
                if var same = last, same.version == version {
                    same.day = day
                    last = same
                } else {
                    last = sweep.snapshot(day: day, version: version, labels: map.versionLabels[version])
                }
                return last
            }
        }
    }

    /// The infobox name of the side holding `state`; `nil` for contested or unknown.
    public func controller(_ state: ControlState) -> String? { ledger.side(state.holder)?.name }
}

/// A place the map cannot draw (no gazetteer record, or a `place_id` without coordinates), with what
/// the ledger says about it.
public struct UnresolvedPlace: Hashable, Sendable {
    /// As written in the text.
    public var name: String
    public var eventIDs: [String]
    /// The source lines of its events.
    public var lines: [Int]
    /// Its states by the same rules as the mapped places: "from 2012-12-18 combatant1; …".
    public var control: String
    /// The closest names the gazetteer knows: "Name (id, governorate)".
    public var suggestions: [String]
}
