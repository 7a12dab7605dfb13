import Foundation

@testable import FrontlineMaps

/// A small invented war in exactly the shape `frontline map` writes: per-day files, the three
/// timeline files and the events file, plus the project, styles and pictures (the player needs a
/// `WarMap`; `RenderSeedTests` and `RenderPlayerTests` check it on the seed's story). The render tests and
/// the real-client checks (`Tests/qgis/`) run against it until real output exists, and alongside it after.
///
/// Four towns in north–south strips, eight days: one town held throughout by each side, one that is
/// contested and then changes hands twice, one that starts unknown; events with and without death tolls.
enum RenderFixture {
    static let first = Day(year: 2020, month: 3, day: 1)!
    static let dayCount = 8
    static var days: [Day] { (0..<dayCount).map { first + $0 } }
    static let sides = [Side(number: 1, name: "Northern Alliance"), Side(number: 2, name: "Southern Union & Allies")]
    static let bbox = MapBounds(west: 36.5, south: 35.1, east: 36.9, north: 35.4)
    static let attribution = "Invented test data. Not a real place."
    /// Every event's source sentence, with characters that must not become markup in the player.
    static let sentence = "An invented sentence with <b>no</b> markup & \"quotes\"."

    struct Town {
        var id: String, name: String, at: LonLat, strip: (west: Double, east: Double)
        /// Side key per day index.
        var sides: [String]
    }

    static let towns: [Town] = [
        Town(
            id: "t1", name: "Avalon", at: LonLat(lon: 36.55, lat: 35.25), strip: (36.5, 36.6),
            sides: Array(repeating: "combatant1", count: 8)),
        Town(
            id: "t2", name: "Brindle <East>", at: LonLat(lon: 36.65, lat: 35.22), strip: (36.6, 36.7),
            sides: [
                "combatant2", "combatant2", "contested", "combatant1", "combatant1", "combatant2", "combatant2",
                "combatant2",
            ]),
        Town(
            id: "t3", name: "Corvid", at: LonLat(lon: 36.75, lat: 35.28), strip: (36.7, 36.8),
            sides: Array(repeating: "combatant2", count: 8)),
        Town(
            id: "t4", name: "Dunmore", at: LonLat(lon: 36.85, lat: 35.2), strip: (36.8, 36.9),
            sides: [
                "unknown", "unknown", "unknown", "combatant2", "combatant2", "combatant2", "combatant2", "combatant2",
            ]),
    ]

    struct FixtureEvent {
        var id: String, day: Int, type: String, town: Int, fatalities: Int?, certainty: String
    }

    static let events: [FixtureEvent] = [
        FixtureEvent(id: "e1", day: 2, type: "partial_capture", town: 1, fatalities: 12, certainty: "reported"),
        FixtureEvent(id: "e2", day: 3, type: "capture", town: 1, fatalities: nil, certainty: "stated"),
        FixtureEvent(id: "e3", day: 4, type: "airstrike", town: 2, fatalities: 40, certainty: "stated"),
        FixtureEvent(id: "e4", day: 5, type: "recapture", town: 1, fatalities: 230, certainty: "claimed"),
    ]

    static func controller(_ side: String) -> String? {
        sides.first { $0.key == side }?.name
    }

    /// The frame of day index `d`: territories as merged strips, fronts where strips of different
    /// sides meet (not along unknown land), towns, and the day's events.
    static func frame(_ d: Int) -> MapFrame {
        var territories: [String: [[[LonLat]]]] = [:]
        var order: [String] = []
        var i = 0
        while i < towns.count {
            let side = towns[i].sides[d]
            var j = i
            while j + 1 < towns.count, towns[j + 1].sides[d] == side { j += 1 }
            let w = towns[i].strip.west, e = towns[j].strip.east
            let ring = [
                LonLat(lon: w, lat: 35.1), LonLat(lon: e, lat: 35.1), LonLat(lon: e, lat: 35.4),
                LonLat(lon: w, lat: 35.4), LonLat(lon: w, lat: 35.1),
            ]
            if territories[side] == nil { order.append(side) }
            territories[side, default: []].append([ring])
            i = j + 1
        }
        var fronts: [String: MapFront] = [:]
        for k in 0..<(towns.count - 1) {
            let a = towns[k].sides[d], b = towns[k + 1].sides[d]
            guard a != b, a != "unknown", b != "unknown" else { continue }
            let pair = [a, b].sorted()
            let x = towns[k].strip.east
            fronts[pair.joined(separator: "|"), default: MapFront(sides: pair, lines: [])].lines.append([
                LonLat(lon: x, lat: 35.1), LonLat(lon: x, lat: 35.4),
            ])
        }
        return MapFrame(
            day: first + d, bbox: bbox,
            places: towns.map { t in
                MapPlace(
                    id: t.id, name: t.name, at: t.at, side: t.sides[d],
                    attacked: events.contains { $0.day == d && towns[$0.town].id == t.id && $0.type != "airstrike" },
                    struck: events.contains { $0.day == d && towns[$0.town].id == t.id && $0.type == "airstrike" })
            },
            territories: order.sorted().map { MapTerritory(side: $0, polygons: territories[$0]!) },
            fronts: fronts.keys.sorted().map { fronts[$0]! },
            events: events.filter { $0.day == d }.map {
                MapEvent(
                    type: $0.type, at: towns[$0.town].at, fatalities: $0.fatalities, certainty: $0.certainty,
                    place: towns[$0.town].name, sentence: sentence)
            })
    }

    static var frames: [MapFrame] { (0..<dayCount).map(frame) }

    // MARK: GeoJSON in the shape of the day files

    static func multiPolygon(_ polygons: [[[LonLat]]]) -> JSONValue {
        .object([
            ("type", "MultiPolygon"),
            ("coordinates", .array(polygons.map { .array($0.map { .array($0.map(GeoJSON.position)) }) })),
        ])
    }

    static func multiLine(_ lines: [[LonLat]]) -> JSONValue {
        .object([("type", "MultiLineString"), ("coordinates", .array(lines.map { .array($0.map(GeoJSON.position)) }))])
    }

    static func state(_ side: String) -> String {
        side.hasPrefix("combatant") ? "held" : side
    }

    /// The first day index of the run of equal `value(d)` that contains `d`.
    static func since<T: Equatable>(_ d: Int, _ value: (Int) -> T) -> Int {
        var s = d
        while s > 0, value(s - 1) == value(d) { s -= 1 }
        return s
    }

    static func eventFeature(_ e: FixtureEvent) -> JSONValue {
        GeoJSON.feature(
            geometry: GeoJSON.point(towns[e.town].at),
            properties: [
                ("kind", "event"), ("event_id", .string(e.id)), ("event_type", .string(e.type)),
                ("date", .string((first + e.day).iso)),
                ("name", .string(towns[e.town].name)), ("place_id", .string(towns[e.town].id)),
                ("fatalities_low", .int(e.fatalities)), ("fatalities_best", .int(e.fatalities)),
                ("fatalities_high", .int(e.fatalities)), ("certainty", .string(e.certainty)),
                ("source_sentence", .string(sentence)),
            ])
    }

    static func dayFile(_ d: Int) -> String {
        let f = frame(d)
        var features: [JSONValue] = []
        for t in f.territories {
            features.append(
                GeoJSON.feature(
                    geometry: multiPolygon(t.polygons),
                    properties: [
                        ("kind", "territory"), ("side", .string(t.side)), ("controller", .string(controller(t.side))),
                        ("area_km2", .number(Double(t.polygons.count) * 300, digits: 3)),
                    ]))
        }
        for fr in f.fronts {
            features.append(
                GeoJSON.feature(
                    geometry: multiLine(fr.lines),
                    properties: [
                        ("kind", "front"), ("sides", .array(fr.sides.map { .string($0) })),
                        ("length_km", .number(Double(fr.lines.count) * 33.3, digits: 3)),
                    ]))
        }
        for t in towns {
            let dayEvents = events.filter { $0.day == d && towns[$0.town].id == t.id }
            let sinceDay = since(d) { t.sides[$0] }
            features.append(
                GeoJSON.feature(
                    geometry: GeoJSON.point(t.at),
                    properties: [
                        ("kind", "place"), ("name", .string(t.name)), ("place_id", .string(t.id)),
                        ("side", .string(t.sides[d])),
                        ("controller", .string(controller(t.sides[d]))), ("date", .string((first + d).iso)),
                        ("since", .string((first + sinceDay).iso)),
                        ("state", .string(state(t.sides[d]))),
                        ("attacked", .bool(dayEvents.contains { $0.type != "airstrike" })), ("besieged", false),
                        ("struck", .bool(dayEvents.contains { $0.type == "airstrike" })),
                        ("event_ids", .array(dayEvents.map { .string($0.id) })),
                    ]))
        }
        for e in events where e.day == d { features.append(eventFeature(e)) }
        return GeoJSON.fileText(GeoJSON.collection(features, bbox: [bbox.west, bbox.south, bbox.east, bbox.north]))
    }

    /// Runs of equal values per key over the days: (key, value, first day index, last day index).
    static func runs<V: Equatable>(keys: [String], value: (String, Int) -> V?) -> [(
        key: String, value: V, from: Int, to: Int
    )] {
        var out: [(String, V, Int, Int)] = []
        for key in keys {
            var d = 0
            while d < dayCount {
                guard let v = value(key, d) else { d += 1; continue }
                var e = d
                while e + 1 < dayCount, let next = value(key, e + 1), next == v { e += 1 }
                out.append((key, v, d, e))
                d = e + 1
            }
        }
        return out
    }

    static func period(_ from: Int, _ to: Int) -> [(String, JSONValue)] {
        [("start", .string((first + from).iso)), ("end", to == dayCount - 1 ? .null : .string((first + to + 1).iso))]
    }

    static func timelinePlaces() -> String {
        let features = runs(keys: towns.map(\.id)) { id, d in towns.first { $0.id == id }!.sides[d] }.map { r in
            let t = towns.first { $0.id == r.key }!
            return GeoJSON.feature(
                geometry: GeoJSON.point(t.at),
                properties: [
                    ("kind", "place"), ("name", .string(t.name)), ("place_id", .string(t.id)),
                    ("side", .string(r.value)),
                    ("controller", .string(controller(r.value))), ("state", .string(state(r.value))),
                ] + period(r.from, r.to))
        }
        return GeoJSON.fileText(GeoJSON.collection(features, bbox: [bbox.west, bbox.south, bbox.east, bbox.north]))
    }

    static func timelineTerritory() -> String {
        let all = frames
        let keys = Set(all.flatMap { $0.territories.map(\.side) }).sorted()
        let features = runs(keys: keys) { side, d in all[d].territories.first { $0.side == side }?.polygons }.map { r in
            GeoJSON.feature(
                geometry: multiPolygon(r.value),
                properties: [
                    ("kind", "territory"), ("side", .string(r.key)), ("controller", .string(controller(r.key))),
                    ("area_km2", .number(Double(r.value.count) * 300, digits: 3)),
                ] + period(r.from, r.to))
        }
        return GeoJSON.fileText(GeoJSON.collection(features, bbox: [bbox.west, bbox.south, bbox.east, bbox.north]))
    }

    static func timelineFronts() -> String {
        let all = frames
        let keys = Set(all.flatMap { $0.fronts.map { $0.sides.joined(separator: "|") } }).sorted()
        let features = runs(keys: keys) { key, d in
            all[d].fronts.first { $0.sides.joined(separator: "|") == key }?.lines
        }.map { r in
            GeoJSON.feature(
                geometry: multiLine(r.value),
                properties: [
                    ("kind", "front"), ("sides", .array(r.key.split(separator: "|").map { .string(String($0)) })),
                    ("length_km", .number(Double(r.value.count) * 33.3, digits: 3)),
                ] + period(r.from, r.to))
        }
        return GeoJSON.fileText(GeoJSON.collection(features, bbox: [bbox.west, bbox.south, bbox.east, bbox.north]))
    }

    static func eventsFile() -> String {
        GeoJSON.fileText(
            GeoJSON.collection(events.map(eventFeature), bbox: [bbox.west, bbox.south, bbox.east, bbox.north]))
    }

    /// Every file of the fixture's output folder, relative path → text, render outputs included.
    static func files() throws -> [String: String] {
        var files: [String: String] = [:]
        for d in 0..<dayCount { files["days/\((first + d).iso).geojson"] = dayFile(d) }
        files["timeline-places.geojson"] = timelinePlaces()
        files["timeline-territory.geojson"] = timelineTerritory()
        files["timeline-fronts.geojson"] = timelineFronts()
        files["events.geojson"] = eventsFile()
        files["fixture.qgs"] = try QgisProject.make(
            title: "Fixture war", sides: sides, first: first, last: first + (dayCount - 1), crs: "EPSG:32637",
            bbox: bbox)
        for (path, text) in QgisStyle.files(sides: sides) { files[path] = text }
        for f in frames {
            files["svg/\(f.day.iso).svg"] = SVGMap.document(
                frame: f, title: "Fixture war", sides: sides, attribution: attribution)
        }
        return files
    }

    /// Writes `files()` into `folder`.
    static func write(to folder: URL) throws {
        for (path, text) in try files() {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
