import Foundation

/// The GeoJSON layers of a `WarMap`: it turns the model's values into features, property names from
/// `LayerSchema`, and decides nothing.
///
/// Files, each a whole RFC 7946 FeatureCollection:
/// - `days/YYYY-MM-DD.geojson`: that day's territories (MultiPolygon), fronts (MultiLineString),
///   places and events (Point), with a `bbox`;
/// - `timeline-places.geojson`, `timeline-territory.geojson`, `timeline-fronts.geojson`: one feature per
///   place, side (per tile on large maps) or front per unchanged period, `start`/`end` (end exclusive,
///   `null` when open), one geometry type per file;
/// - `events.geojson`: every located event with its `date`.
struct GeoJSONLayers {
    let map: WarMap
    /// Micro-degree position of each place.
    let placeE6: [SIMD2<Int64>]

    init(_ map: WarMap) {
        self.map = map
        placeE6 = map.timeline.places.map { GeometryBytes.e6($0.place.position) }
    }

    typealias Properties = [(String, JSONValue)]

    /// Writes the day files, then `timeline-territory.geojson` and `timeline-fronts.geojson`.
    func writeDaysAndTimeline(_ emit: (String, Data) throws -> Void) throws {
        let eventsByDay = Dictionary(grouping: map.events, by: { $0.event.date.day })
        // Each place's feature for its current period, serialized once and reused every written day.
        var placeCache = [(prefix: [UInt8], suffix: [UInt8])](repeating: ([], []), count: map.timeline.places.count)
        var periodIndex = [Int](repeating: 0, count: map.timeline.places.count)
        var cachedPeriod = [Int?](repeating: nil, count: map.timeline.places.count)
        // A version's territories and fronts, serialized once.
        var geometryCache: (version: Int, features: [(Properties, [UInt8], E6Box)])?
        for snapshot in map.snapshots() {
            if geometryCache?.version != snapshot.version {
                geometryCache = (
                    snapshot.version, snapshot.territories.map(territoryFeature) + snapshot.fronts.map(frontFeature)
                )
            }
            let date: Properties = [(LayerSchema.date, .string(snapshot.day.iso))]
            var file = FeatureFile()
            for (props, bytes, bounds) in geometryCache?.features ?? [] {
                file.add(properties: props + date, serializedGeometry: bytes, bounds: bounds)
            }
            for (i, t) in map.timeline.places.enumerated() {
                while periodIndex[i] + 1 < t.periods.count, t.periods[periodIndex[i]].end <= snapshot.day {
                    periodIndex[i] += 1
                }
                if cachedPeriod[i] != periodIndex[i] {
                    placeCache[i] = placeFeaturePieces(i, t.periods[periodIndex[i]])
                    cachedPeriod[i] = periodIndex[i]
                }
                var box = E6Box()
                box.add(placeE6[i])
                file.add(prefix: placeCache[i].prefix, extra: date, suffix: placeCache[i].suffix, bounds: box)
            }
            for e in eventsByDay[snapshot.day] ?? [] {
                file.add(properties: Self.eventProperties(e.event)) { $0.point(GeometryBytes.e6(e.position)) }
            }
            try emit("days/\(snapshot.day.iso).geojson", file.data())
        }
        var territoryFile = FeatureFile()
        for piece in map.territoryPeriods {
            let (props, bytes, bounds) = territoryFeature(piece.territory)
            territoryFile.add(
                properties: props + period(tile: piece.tile, start: piece.start, end: piece.end),
                serializedGeometry: bytes, bounds: bounds)
        }
        try emit("timeline-territory.geojson", territoryFile.data())
        var frontFile = FeatureFile()
        for piece in map.frontPeriods {
            let (props, bytes, bounds) = frontFeature(piece.front)
            frontFile.add(
                properties: props + period(tile: piece.tile, start: piece.start, end: piece.end),
                serializedGeometry: bytes, bounds: bounds)
        }
        try emit("timeline-fronts.geojson", frontFile.data())
    }

    // MARK: Territories and fronts

    func period(tile: String, start: Day, end: Day?) -> Properties {
        [
            (LayerSchema.tile, .string(tile)), (LayerSchema.start, .string(start.iso)),
            (LayerSchema.end, .string(end?.iso)),
        ]
    }

    func controller(_ state: ControlState) -> JSONValue { .string(map.controller(state)) }

    static func km(_ metres: Double, _ squared: Bool = false) -> JSONValue {
        .number(squared ? metres / 1_000_000 : metres / 1000, digits: 3)
    }

    func territoryFeature(_ t: Territory) -> (Properties, [UInt8], E6Box) {
        var g = GeometryBytes()
        g.multiPolygon(grid: t.polygons)
        return (territoryProperties(t), g.bytes, g.bounds)
    }

    /// A territory's properties without its geometry, for the GIS rows (`WarMap.forEachRow`).
    func territoryProperties(_ t: Territory) -> Properties {
        [
            (LayerSchema.kind, .string(LayerSchema.Kind.territory)), (LayerSchema.side, .string(t.state.sideKey)),
            (LayerSchema.controller, controller(t.state)), (LayerSchema.areaKm2, Self.km(t.area, true)),
        ]
    }

    func frontFeature(_ f: Front) -> (Properties, [UInt8], E6Box) {
        var g = GeometryBytes()
        g.multiLineString(grid: f.lines)
        return (frontProperties(f), g.bytes, g.bounds)
    }

    /// A front's properties without its geometry, for the GIS rows (`WarMap.forEachRow`).
    func frontProperties(_ f: Front) -> Properties {
        let keys = f.sides.map(\.sideKey)
        return [
            (LayerSchema.kind, .string(LayerSchema.Kind.front)),
            (LayerSchema.sides, .array(keys.map(JSONValue.string))),
            (LayerSchema.front, .string(keys.joined(separator: "|"))), (LayerSchema.lengthKm, Self.km(f.length)),
        ]
    }

    // MARK: Places and events

    static func flagProperties(_ f: PlaceFlags) -> Properties {
        [
            (LayerSchema.attacked, .bool(f.contains(.attacked))), (LayerSchema.besieged, .bool(f.contains(.besieged))),
            (LayerSchema.struck, .bool(f.contains(.struck))),
        ]
    }

    func placeProperties(_ i: Int, _ p: ControlPeriod) -> Properties {
        let place = map.timeline.places[i].place
        return [
            (LayerSchema.kind, .string(LayerSchema.Kind.place)), (LayerSchema.name, .string(place.name)),
            (LayerSchema.placeID, .string(place.id)),
            (LayerSchema.side, .string(p.state.sideKey)), (LayerSchema.controller, controller(p.state)),
            (LayerSchema.state, .string(p.state.stateKey)),
            (LayerSchema.since, .string(p.since.iso)),
        ] + Self.flagProperties(p.flags)
            + [
                (LayerSchema.eventIDs, .array(p.eventIDs.map(JSONValue.string))),
                (LayerSchema.basis, .string(p.basis.rawValue)),
            ]
    }

    /// A place feature for one period cut in two around where the `date` goes: everything up to the
    /// last property, and the closing of the properties with the geometry.
    func placeFeaturePieces(_ i: Int, _ p: ControlPeriod) -> (prefix: [UInt8], suffix: [UInt8]) {
        var prefix = Array(#"{"type":"Feature","properties":"#.utf8)
        JSONValue.writeObject(placeProperties(i, p), into: &prefix)
        prefix.removeLast()  // the closing brace: the day's `date` follows
        var g = GeometryBytes()
        g.raw(#"},"geometry":"#)
        g.point(placeE6[i])
        g.raw("}")
        return (prefix, g.bytes)
    }

    /// `timeline-places.geojson`: one Point per place per period.
    func timelinePlaces() -> Data {
        var file = FeatureFile()
        for (i, t) in map.timeline.places.enumerated() {
            for p in t.periods {
                file.add(properties: timelinePlaceProperties(i, p)) { $0.point(placeE6[i]) }
            }
        }
        return file.data()
    }

    /// A place's properties for one period of the timeline: its day properties with `start` and `end`.
    func timelinePlaceProperties(_ i: Int, _ p: ControlPeriod) -> Properties {
        placeProperties(i, p) + [
            (LayerSchema.start, .string(p.start.iso)),
            (LayerSchema.end, p.end >= map.timeline.end ? .null : .string(p.end.iso)),
        ]
    }

    /// An event's properties: the one events schema, for `events.geojson`, the day files and
    /// `events --format geojson`.
    static func eventProperties(_ e: Event) -> Properties {
        [
            (LayerSchema.kind, .string(LayerSchema.Kind.event)), (LayerSchema.eventID, .string(e.id)),
            (LayerSchema.eventType, .string(e.type.rawValue)),
            (LayerSchema.subType, .string(e.subType)), (LayerSchema.side, .string(e.side.map(Side.key))),
            (LayerSchema.actor, .string(e.actor)), (LayerSchema.name, .string(e.placeName)),
            (LayerSchema.placeID, .string(e.placeID)),
            (LayerSchema.placeRole, .string(e.placeRole.rawValue)), (LayerSchema.date, .string(e.date.day.iso)),
            (LayerSchema.datePrecision, .string(e.date.precision.rawValue)),
            (LayerSchema.dateEarliest, .string(e.date.earliest.iso)),
            (LayerSchema.dateLatest, .string(e.date.latest.iso)),
            (LayerSchema.fatalitiesLow, .int(e.fatalities.low)), (LayerSchema.fatalitiesBest, .int(e.fatalities.best)),
            (LayerSchema.fatalitiesHigh, .int(e.fatalities.high)),
            (LayerSchema.certainty, .string(e.certainty.rawValue)),
            (LayerSchema.sourceSentence, .string(e.sourceSentence)),
            (LayerSchema.sourceSection, .string(e.sourceSection)),
            (LayerSchema.sourceLine, .int(e.sourceLocation?.line)),
        ]
    }

    /// `events.geojson`.
    func events() -> Data {
        var file = FeatureFile()
        for e in map.events {
            file.add(properties: Self.eventProperties(e.event)) { $0.point(GeometryBytes.e6(e.position)) }
        }
        return file.data()
    }
}
