import Foundation
import Geos
import Testing

@testable import FrontlineMaps

/// A resolver that knows only the places it is given (the pipeline needs records and boundaries).
struct FixtureResolver: PlaceResolver {
    var records: [GazetteerRecord]
    var boundaries: [AdminBoundary] = []
    func resolve(_ query: PlaceQuery, context: ResolutionContext) -> PlaceResolution {
        PlaceResolution(query: query, record: records.first { $0.name == query.name }, score: 1, reason: "fixture")
    }
    func spot(in text: String) -> [PlaceSpot] { [] }
    func record(id: String) -> GazetteerRecord? { records.first { $0.id == id } }
}

/// The seed's story as a ledger, with the gazetteer's coordinates, so the map stages are tested on
/// their own (the extractor's tests own the step from text to ledger).
enum SeedLedgerFixture {
    static let towns: [(id: String, name: String, lat: Double, lon: Double, governorate: String)] = [
        ("170044", "Halfaya", 35.26014, 36.60581, "Hama"), ("168660", "Kafr Nabudah", 35.43175, 36.49354, "Hama"),
        ("169647", "Hayalin", 35.3513, 36.44901, "Hama"), ("173566", "al-Lataminah", 35.32149, 36.62292, "Hama"),
        ("163270", "Taybat al-Imam", 35.26592, 36.71219, "Hama"), ("168620", "Kafr Zita", 35.37425, 36.6033, "Hama"),
        ("166640", "Morek", 35.37615, 36.6897, "Hama"), ("167633", "Ma'an", 35.35938, 36.79709, "Hama"),
        ("168325", "Khan Shaykhun", 35.44208, 36.65095, "Idlib"), ("166742", "Mhardeh", 35.2479, 36.5725, "Hama"),
        ("170017", "Hama", 35.13179, 36.75783, "Hama"), ("165844", "Qamhana", 35.19751, 36.73367, "Hama"),
        ("167739", "Kernaz", 35.38972, 36.48773, "Hama"),
    ]
    static let cleared = ["170044", "168660", "169647", "173566", "163270", "168620"]

    static var resolver: FixtureResolver {
        FixtureResolver(
            records: towns.map {
                GazetteerRecord(
                    id: $0.id, name: $0.name, latitude: $0.lat, longitude: $0.lon, governorate: $0.governorate)
            })
    }

    static func event(
        _ n: Int, _ date: String, _ type: EventType, _ side: Int?, _ id: String, earliest: String? = nil,
        role: PlaceRole = .target
    ) -> Event {
        let t = towns.first { $0.id == id }!
        return Event(
            id: "E\(n)", date: EventDate(day: Day(iso: date)!, earliest: earliest.flatMap { Day(iso: $0) }), type: type,
            side: side,
            placeName: t.name, placeID: id, latitude: t.lat, longitude: t.lon, placeRole: role,
            sourceSentence: "sentence \(n)")
    }

    static var ledger: Ledger {
        var events: [Event] = []
        for (i, id) in cleared.enumerated() { events.append(event(i + 1, "2012-12-18", .capture, 1, id)) }
        events += [
            event(10, "2012-12-18", .underAttack, 1, "168325"), event(11, "2012-12-18", .underAttack, 1, "166742"),
            event(12, "2012-12-20", .partialCapture, 1, "166640"), event(13, "2012-12-23", .airstrike, 2, "170044"),
            event(14, "2012-12-26", .enteredRepelled, 2, "167633", earliest: "2012-12-20"),
            event(15, "2012-12-29", .bombardment, 2, "168660"), event(16, "2012-12-30", .recapture, 2, "166640"),
            event(17, "2013-01-05", .attack, 2, "163270"), event(18, "2013-01-05", .attack, 2, "165844", role: .origin),
            event(19, "2013-01-21", .carBomb, nil, "170017"), event(20, "2013-02-07", .recapture, 2, "167739"),
            event(21, "2012-12-16", .offensive, 1, "170017"),
        ]
        return Ledger(
            title: "2012 Hama offensive",
            sides: [Side(number: 1, name: "Syrian National Coalition"), Side(number: 2, name: "Syrian Government")],
            events: events,
            baseline: [Baseline(side: 2, scope: .area, sourceSentence: "largely controlled by Army Forces")])
    }

    /// The model every writer draws from.
    static func map(_ options: MapOptions = MapOptions(articlePlace: "Hama Governorate, Syria")) throws -> WarMap {
        try MapPipeline.model(ledger: ledger, resolver: resolver, options: options)
    }

    static func build(_ options: MapOptions = MapOptions(articlePlace: "Hama Governorate, Syria")) throws -> [String:
        Data]
    {
        var files: [String: Data] = [:]
        _ = try MapPipeline.build(ledger: ledger, resolver: resolver, options: options) { files[$0] = $1 }
        return files
    }
}

@Suite("Map pipeline on the seed's story")
struct MapPipelineTests {
    typealias F = SeedLedgerFixture

    func features(_ files: [String: Data], _ path: String) throws -> [OutputJSON.Feature] {
        let data = try #require(files[path], "missing \(path)")
        #expect(try OutputJSON.parse(data)["type"]?.string == "FeatureCollection")
        return try OutputJSON.typedFeatures(data)
    }

    func territorySide(_ features: [OutputJSON.Feature], at p: [Double]) -> String? {
        features.filter { $0.kind == "territory" }.first { $0.polygons.contains { PolygonTest.inside(p, $0) } }?.text(
            "side")
    }

    func place(_ features: [OutputJSON.Feature], _ id: String) throws -> (props: OutputJSON.Feature, at: [Double]) {
        let f = try #require(features.first { $0.text("place_id") == id && $0.kind == "place" })
        return (f, f.point)
    }

    /// The `side` of the place `id` in the period holding `day` of `timeline-places.geojson`.
    func side(of id: String, on day: String, in periods: [OutputJSON.Feature]) -> String? {
        periods.first { p in
            p.text("place_id") == id && (p.text("start") ?? "9") <= day && (p.text("end").map { $0 > day } ?? true)
        }?.text("side")
    }

    @Test func clearedTownsHeldMorekContestedKernazLostFebruary() throws {
        let files = try F.build()
        let d18 = try features(files, "days/2012-12-18.geojson")
        for id in F.cleared {
            let p = try place(d18, id)
            #expect(p.props.text("side") == "combatant1", "\(id)")
            #expect(territorySide(d18, at: p.at) == "combatant1", "\(id) lies in opposition territory")
        }
        let hama = try place(d18, "170017")
        #expect(hama.props.text("side") == "combatant2")
        #expect(hama.props.text("controller") == "Syrian Government")
        #expect(territorySide(d18, at: hama.at) == "combatant2")
        let front = try #require(d18.first { $0.kind == "front" })
        #expect(front.strings("sides") == ["combatant1", "combatant2"])
        #expect((front.number("length_km") ?? 0) > 5)

        let d21 = try features(files, "days/2012-12-21.geojson")
        #expect(try place(d21, "166640").props.text("side") == "contested")
        #expect(territorySide(d21, at: try place(d21, "166640").at) == "contested")
        let d31 = try features(files, "days/2012-12-31.geojson")
        #expect(try place(d31, "166640").props.text("side") == "combatant2")
        #expect(try place(d31, "166640").props.text("since") == "2012-12-30")
        // The day files end with the last event (7 February); 8 February lies in the open periods of the
        // timeline layers, which QGIS shows from their start onwards.
        let f7 = try features(files, "days/2013-02-07.geojson")
        #expect(try place(f7, "167739").props.text("side") == "combatant2")
        #expect(try place(f7, "170044").props.text("side") == "combatant1")
        #expect(try place(f7, "168660").props.text("side") == "combatant1")
        #expect(territorySide(f7, at: try place(f7, "167739").at) == "combatant2")
        let periods = try features(files, "timeline-places.geojson")
        #expect(side(of: "167739", on: "2013-02-08", in: periods) == "combatant2")
        #expect(side(of: "170044", on: "2013-02-08", in: periods) == "combatant1")
        #expect(side(of: "168660", on: "2013-02-08", in: periods) == "combatant1")
    }

    @Test func everyDayIsWrittenWithValidDisjointCounterClockwiseTerritory() throws {
        let files = try F.build()
        let days = files.keys.filter { $0.hasPrefix("days/") }.sorted()
        #expect(days.first == "days/2012-12-16.geojson")
        #expect(days.last == "days/2013-02-07.geojson")
        #expect(days.count == 54)
        let ctx = try GeosContext()
        for path in days {
            let fs = try features(files, path)
            var territories: [Geometry] = []
            for f in fs where f.kind == "territory" {
                #expect(f.geometryType == "MultiPolygon")
                let polygons = try f.polygons.map { polygon in
                    for (i, ring) in polygon.enumerated() {
                        let area = zip(ring, ring.dropFirst()).map { $0[0] * $1[1] - $1[0] * $0[1] }.reduce(0, +)
                        #expect(i == 0 ? area > 0 : area < 0, "\(path): ring \(i) orientation")
                        #expect(ring.first! == ring.last!)
                    }
                    return try Geometry.polygon(polygon.map { $0.map { ($0[0], $0[1]) } }, context: ctx)
                }
                let g = try Geometry.collection(.multiPolygon, polygons, context: ctx)
                #expect(try g.isValid(), "\(path): \((try? g.validityReason()) ?? "")")
                territories.append(g)
            }
            for i in 0..<territories.count {
                for j in (i + 1)..<territories.count {
                    #expect(
                        try territories[i].intersection(territories[j]).area() < 1e-10, "\(path): territories overlap")
                }
            }
            let root = try OutputJSON.parse(try #require(files[path]))
            #expect(root["bbox"]?.array?.compactMap(\.number).count == 4)
        }
    }

    @Test func timelineLayersHaveOneGeometryTypeAndContiguousPeriods() throws {
        let files = try F.build()
        for (path, type) in [
            ("timeline-places.geojson", "Point"), ("timeline-territory.geojson", "MultiPolygon"),
            ("timeline-fronts.geojson", "MultiLineString"), ("events.geojson", "Point"),
        ] {
            let fs = try features(files, path)
            #expect(!fs.isEmpty, "\(path)")
            #expect(fs.allSatisfy { $0.geometryType == type }, "\(path)")
            #expect(fs.allSatisfy { !$0.has("id") })
        }
        // Territory periods of one side follow each other without gap or overlap, the last open.
        // Both sides hold land from the map's first day: the government by the article's baseline, the
        // opposition where a later recapture (Kernaz) implies it held the town before.
        let territory = try features(files, "timeline-territory.geojson")
        for (side, first) in [("combatant1", "2012-12-16"), ("combatant2", "2012-12-16")] {
            let periods = territory.filter { $0.text("side") == side }.sorted {
                ($0.text("start") ?? "") < ($1.text("start") ?? "")
            }
            #expect(periods.count > 1, "\(side)")
            #expect(periods.first?.text("start") == first, "\(side)")
            for (a, b) in zip(periods, periods.dropFirst()) {
                #expect(a.text("end") != nil && a.text("end") == b.text("start"))
            }
            #expect(periods.last?.isNull("end") == true)
        }
        // Morek: three periods of control (government, contested, government) and flag days in between.
        let morek = try features(files, "timeline-places.geojson").filter { $0.text("place_id") == "166640" }
        #expect(morek.map { $0.text("side") } == ["combatant2", "contested", "combatant2"])
        #expect(morek.map { $0.text("start") } == ["2012-12-16", "2012-12-20", "2012-12-30"])
        let events = try features(files, "events.geojson")
        #expect(events.count == F.ledger.events.count)
    }

    @Test func identicalInputGivesIdenticalBytes() throws {
        let a = try F.build(), b = try F.build()
        #expect(a.keys.sorted() == b.keys.sorted())
        for k in a.keys { #expect(a[k] == b[k], "\(k)") }
    }

    @Test func snapshotsAreEvenlySpacedAndTilesSplitLargeMaps() throws {
        let files = try F.build(MapOptions(snapshots: 5, articlePlace: "Hama Governorate, Syria", cellsPerTile: 3))
        let days = files.keys.filter { $0.hasPrefix("days/") }.sorted()
        #expect(
            days == [
                "days/2012-12-16.geojson", "days/2012-12-29.geojson", "days/2013-01-11.geojson",
                "days/2013-01-24.geojson", "days/2013-02-07.geojson",
            ])
        let tiles = Set(try features(files, "timeline-territory.geojson").compactMap { $0.text("tile") })
        #expect(tiles.count > 1)
    }
}

@Suite("Byte-level GeoJSON writer")
struct FeatureFileTests {
    @Test(arguments: [
        0.0, 1, -1, 0.5, -0.0000004, 0.0000005, -0.0000005, 36.757831, -179.999999, 35.1318, 123456.000001, 1e-7,
        99.9999996,
    ])
    func numbersMatchTheTextWriter(v: Double) {
        var bytes: [UInt8] = []
        GeometryBytes.appendE6(GeometryBytes.e6(v), &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == JSONValue.format(v, digits: 6))
    }

    @Test func randomNumbersMatchTheTextWriter() {
        var state: UInt64 = 99
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let v = (Double(state >> 11) / Double(1 << 53) - 0.5) * 400
            var bytes: [UInt8] = []
            GeometryBytes.appendE6(GeometryBytes.e6(v), &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == JSONValue.format(v, digits: 6))
        }
    }

    @Test(arguments: [
        "plain", "quote \" and \\ backslash", "line\nbreak\ttab\r", "\u{01}\u{1F}", "Ma'an – ḥalfāyā",
        "sep\u{2028}and\u{2029}", "", "emoji 🇸🇾",
    ])
    func stringsRoundTripThroughFoundation(s: String) throws {
        var text = ""
        JSONValue.escape(s, into: &text)
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(text)]".utf8)) as? [String]
        #expect(parsed == [s])
        #expect(
            !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x2028 || $0.value == 0x2029 },
            "controls and separators escaped")
        let value = JSONValue.object([
            ("k", .string(s)), ("n", .number(1.25, digits: 3)), ("a", .array([.null, .bool(true), .int(-3)])),
        ])
        let object = try JSONSerialization.jsonObject(with: Data(value.serialized().utf8)) as? [String: Any]
        #expect(object?["k"] as? String == s)
        #expect(object?["n"] as? Double == 1.25)
    }

}

@Suite("Incremental sweep against the GEOS recompute-everything reference")
struct ReferenceGeometryTests {
    @Test func areasAndFrontLengthsAgreeEveryDay() throws {
        let options = MapOptions(articlePlace: "Hama Governorate, Syria")
        let files = try SeedLedgerFixture.build(options)
        let reference = try ReferenceGeometry.recomputeEveryDay(
            ledger: SeedLedgerFixture.ledger, resolver: SeedLedgerFixture.resolver, options: options)
        #expect(reference.count == files.keys.filter { $0.hasPrefix("days/") }.count)
        for r in reference {
            let data = try #require(files["days/\(r.day.iso).geojson"])
            var areas: [String: Double] = [:]
            var front = 0.0
            for f in try OutputJSON.typedFeatures(data) {
                if f.kind == "territory", let side = f.text("side") { areas[side] = f.number("area_km2") }
                if f.kind == "front" { front += try #require(f.number("length_km")) }
            }
            #expect(Set(areas.keys) == Set(r.areaKm2.keys), "\(r.day)")
            for (side, a) in r.areaKm2 {
                #expect(abs((areas[side] ?? 0) - a) < 0.002, "\(r.day) \(side): \(areas[side] ?? 0) vs \(a)")
            }
            #expect(
                abs(front - r.frontKm) < 0.002 * Double(max(areas.count, 1)),
                "\(r.day) fronts: \(front) vs \(r.frontKm)")
        }
    }
}
