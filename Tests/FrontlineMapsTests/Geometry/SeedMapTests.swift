import Foundation
import Geos
import Testing

@testable import FrontlineMaps

/// The maps' promises on the real thing: the seed article, the real gazetteer (with its governorate
/// outlines for clipping) and the real event extractor, through the map pipeline.
@Suite("Seed article mapped with the real gazetteer and extractor")
struct SeedMapTests {
    static let files: Result<[String: Data], Error> = Result {
        let article = try ArticleReader.read(file: TestPaths.seed.path)
        let (ledger, _) = try EventFixtures.extract(TestPaths.seed)
        var files: [String: Data] = [:]
        let options = MapOptions(articlePlace: article.field("place")?.text)
        _ = try MapPipeline.build(ledger: ledger, resolver: try EventFixtures.gazetteer.get(), options: options) {
            files[$0] = $1
        }
        return files
    }

    struct Day {
        var places: [String: (side: String, at: [Double])]; var territory: [(side: String, polygons: [[[[Double]]]])];
        var fronts: [[String]]
    }

    func day(_ iso: String) throws -> Day {
        let data = try #require(try Self.files.get()["days/\(iso).geojson"])
        var d = Day(places: [:], territory: [], fronts: [])
        for f in try OutputJSON.typedFeatures(data) {
            switch f.kind {
            case "place": d.places[try #require(f.text("name"))] = (try #require(f.text("side")), f.point)
            case "territory": d.territory.append((try #require(f.text("side")), f.polygons))
            case "front": d.fronts.append(try #require(f.strings("sides")))
            default: break
            }
        }
        return d
    }

    /// The side whose territory contains the named place (even–odd over all rings of a polygon).
    func territorySide(_ d: Day, _ name: String) throws -> String? {
        let p = try #require(d.places[name], "\(name) is not on the map").at
        return d.territory.first { $0.polygons.contains { PolygonTest.inside(p, $0) } }?.side
    }

    @Test func clearedTownsAreOppositionAndHamaGovernmentOn18December() throws {
        let d = try day("2012-12-18")
        for town in ["Halfaya", "Kafr Nabudah", "Hayalin", "al-Lataminah", "Taybat al-Imam", "Kafr Zita"] {
            #expect(d.places[town]?.side == "combatant1", "\(town)")
            #expect(try territorySide(d, town) == "combatant1", "\(town) in opposition territory")
        }
        #expect(d.places["Hama"]?.side == "combatant2")
        #expect(try territorySide(d, "Hama") == "combatant2")
        #expect(d.fronts.contains(["combatant1", "combatant2"]))
    }

    @Test func morekContestedThenBackWithTheGovernment() throws {
        #expect(try day("2012-12-21").places["Morek"]?.side == "contested")
        #expect(try territorySide(day("2012-12-21"), "Morek") == "contested")
        #expect(try day("2012-12-31").places["Morek"]?.side == "combatant2")
        #expect(try territorySide(day("2012-12-31"), "Morek") == "combatant2")
    }

    @Test func kernazFallsWhileHalfayaAndKafrNabudahHold() throws {
        // The last event is on 7 February; 8 February is the open end of the timeline layers.
        let d = try day("2013-02-07")
        #expect(d.places["Kernaz"]?.side == "combatant2")
        #expect(try territorySide(d, "Kernaz") == "combatant2")
        #expect(d.places["Halfaya"]?.side == "combatant1")
        #expect(d.places["Kafr Nabudah"]?.side == "combatant1")
        let data = try #require(try Self.files.get()["timeline-places.geojson"])
        let features = try OutputJSON.typedFeatures(data)
        func on8February(_ name: String) -> String? {
            features.first { p in
                p.text("name") == name && (p.text("start") ?? "9") <= "2013-02-08"
                    && (p.text("end").map { $0 > "2013-02-08" } ?? true)
            }?.text("side")
        }
        #expect(on8February("Kernaz") == "combatant2")
        #expect(on8February("Halfaya") == "combatant1")
        #expect(on8February("Kafr Nabudah") == "combatant1")
    }

    @Test func everyTerritoryIsValidAndSidesNeverOverlap() throws {
        let ctx = try GeosContext()
        for (path, data) in try Self.files.get() where path.hasPrefix("days/") || path == "timeline-territory.geojson" {
            var pieces: [(String, String, Geometry)] = []
            for f in try OutputJSON.typedFeatures(data) {
                guard f.kind == "territory" else { continue }
                let polygons = f.polygons
                #expect(!polygons.isEmpty, "\(path)")
                let g = try Geometry.collection(
                    .multiPolygon,
                    polygons.map { try Geometry.polygon($0.map { $0.map { ($0[0], $0[1]) } }, context: ctx) },
                    context: ctx)
                #expect(try g.isValid(), "\(path): \((try? g.validityReason()) ?? "")")
                pieces.append((f.text("side") ?? "?", f.text("start") ?? "", g))
            }
            guard path.hasPrefix("days/") else { continue }
            for i in 0..<pieces.count {
                for j in (i + 1)..<pieces.count {
                    #expect(
                        try pieces[i].2.intersection(pieces[j].2).area() < 1e-12,
                        "\(path): \(pieces[i].0) overlaps \(pieces[j].0)")
                }
            }
        }
    }
}
