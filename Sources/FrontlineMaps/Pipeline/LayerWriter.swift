import Foundation

/// Writes the GeoJSON layers from a timeline and the geometry. It decides nothing about control: it
/// turns labels into features.
struct LayerWriter {
    let ledger: Ledger
    let timeline: ControlTimeline
    let geometry: MapGeometry
    let options: MapOptions
    /// Micro-degree position of each mesh vertex and each place.
    let vertexE6: [SIMD2<Int64>]
    let placeE6: [SIMD2<Int64>]
    /// Work arrays for tracing territories and collecting fronts, reused across days.
    let scratch: MeshScratch

    init(ledger: Ledger, timeline: ControlTimeline, geometry: MapGeometry, options: MapOptions) {
        self.ledger = ledger
        self.timeline = timeline
        self.geometry = geometry
        self.options = options
        vertexE6 = geometry.vertexLonLat.map(GeometryBytes.e6)
        placeE6 = timeline.places.map { GeometryBytes.e6($0.place.position) }
        scratch = MeshScratch(geometry.mesh)
    }

    // MARK: Names

    func sideKey(_ label: Int16) -> String { MapGeometry.state(label).sideKey }

    func controller(_ state: ControlState) -> JSONValue { .string(ledger.side(state.holder)?.name) }

    static func flagProperties(_ f: PlaceFlags) -> [(String, JSONValue)] {
        [("attacked", .bool(f.contains(.attacked))), ("besieged", .bool(f.contains(.besieged))), ("struck", .bool(f.contains(.struck)))]
    }

    static func km(_ metres: Double, _ squared: Bool = false) -> JSONValue {
        .number(squared ? metres / 1_000_000 : metres / 1000, digits: 3)
    }

    /// The days written as snapshots: every day, or `options.snapshots` evenly spaced (first and last in).
    var snapshotDays: [Day] {
        let span = timeline.last - timeline.first
        guard let n = options.snapshots, n < span + 1 else { return timeline.days }
        if n <= 1 { return [timeline.first] }
        var out: [Day] = []
        for i in 0..<n {
            let d = timeline.first + (span * i) / (n - 1)
            if out.last != d { out.append(d) }
        }
        return out
    }

    // MARK: Geometry pieces

    /// A territory as serialized MultiPolygon bytes, with its bounds; `nil` when empty.
    func territoryGeometry(labels: [Int16], label: Int16, cells: [Int32], grouped: Bool) -> (bytes: [UInt8], bounds: E6Box)? {
        let polygons = geometry.mesh.territory(labels: labels, label: label, cells: cells, group: grouped ? geometry.tileOf : nil, scratch: scratch)
        guard !polygons.isEmpty else { return nil }
        var g = GeometryBytes()
        g.multiPolygon(polygons, vertexE6)
        return (g.bytes, g.bounds)
    }

    /// Fronts as serialized MultiLineString bytes, with their bounds and length in metres.
    func frontGeometry(_ edges: [Int32]) -> (bytes: [UInt8], bounds: E6Box, length: Double) {
        let lines = geometry.mesh.chain(edges)
        var g = GeometryBytes()
        g.multiLineString(lines.map { $0.map { vertexE6[Int($0)] } })
        return (g.bytes, g.bounds, lines.map(geometry.mesh.length).reduce(0, +))
    }

    func area(labels: [Int16], label: Int16, cells: [Int32]) -> Double {
        var a = 0.0
        for c in cells where labels[Int(c)] == label { a += geometry.mesh.cellArea[Int(c)] }
        return a
    }

    func frontProperties(_ pair: SIMD2<Int16>) -> [(String, JSONValue)] {
        let a = sideKey(pair.x), b = sideKey(pair.y)
        return [("kind", "front"), ("sides", .array([.string(a), .string(b)])), ("front", .string(a + "|" + b))]
    }

    // MARK: Places and events

    func placeProperties(_ i: Int, _ p: ControlPeriod) -> [(String, JSONValue)] {
        let place = timeline.places[i].place
        return [("kind", "place"), ("name", .string(place.name)), ("place_id", .string(place.id)),
                ("side", .string(p.state.sideKey)), ("controller", controller(p.state)), ("state", .string(p.state.stateKey)),
                ("since", .string(p.since.iso))] + Self.flagProperties(p.flags)
            + [("event_ids", .array(p.eventIDs.map(JSONValue.string))), ("basis", .string(p.basis.rawValue))]
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
        for (i, t) in timeline.places.enumerated() {
            for p in t.periods {
                var props = placeProperties(i, p)
                props += [("start", .string(p.start.iso)), ("end", p.end >= timeline.end ? .null : .string(p.end.iso))]
                file.add(properties: props) { $0.point(placeE6[i]) }
            }
        }
        return file.data()
    }

    func eventProperties(_ e: Event) -> [(String, JSONValue)] {
        var props: [(String, JSONValue)] = [
            ("kind", "event"), ("event_id", .string(e.id)), ("event_type", .string(e.type.rawValue)), ("sub_type", .string(e.subType)),
            ("side", .string(e.side.map { "combatant\($0)" })), ("actor", .string(e.actor)), ("name", .string(e.placeName)),
            ("place_id", .string(e.placeID)), ("place_role", .string(e.placeRole.rawValue)), ("date", .string(e.date.day.iso)),
            ("date_precision", .string(e.date.precision.rawValue)), ("date_earliest", .string(e.date.earliest.iso)),
            ("date_latest", .string(e.date.latest.iso)),
            ("fatalities_low", .int(e.fatalities.low)), ("fatalities_best", .int(e.fatalities.best)), ("fatalities_high", .int(e.fatalities.high)),
            ("certainty", .string(e.certainty.rawValue)), ("source_sentence", .string(e.sourceSentence)), ("source_section", .string(e.sourceSection)),
        ]
        props.append(("source_line", .int(e.sourceLocation?.line)))
        return props
    }

    /// Where an event is drawn: its own coordinates, else its place's.
    func eventPosition(_ e: Event) -> SIMD2<Int64>? {
        if let lat = e.latitude, let lon = e.longitude, lat.isFinite, lon.isFinite { return GeometryBytes.e6(LonLat(lon: lon, lat: lat)) }
        if let id = e.placeID, let i = timeline.index(of: id) { return placeE6[i] }
        return nil
    }

    /// The located events in date order (ledger order within a day).
    var sortedEvents: [Event] {
        ledger.events.enumerated().sorted { ($0.element.date.day, $0.offset) < ($1.element.date.day, $1.offset) }.map(\.element)
    }

    /// `events.geojson`.
    func events() -> Data {
        var file = FeatureFile()
        for e in sortedEvents {
            guard let p = eventPosition(e) else { continue }
            file.add(properties: eventProperties(e)) { $0.point(p) }
        }
        return file.data()
    }
}
