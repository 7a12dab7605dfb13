import Foundation
import Testing

@testable import FrontlineMaps

/// The seed through every real stage — gazetteer with its governorate outlines, extraction, timeline,
/// geometry — checked where a reader looks: is each town inside the territory of the side holding it?
/// (The fixture-resolver tests have no outlines, so they never clip to land.)
@Suite("Seed territories with real governorate outlines")
struct SeedTerritoryTests {
    @Test("every held or contested town lies in its side's territory, every day")
    func townsInsideTheirTerritory() throws {
        let article = try ArticleReader.read(file: TestPaths.seed.path)
        let (ledger, _) = try EventFixtures.extract(TestPaths.seed)
        let gazetteer = try EventFixtures.gazetteer.get()
        #expect(!gazetteer.boundaries.isEmpty)
        var files: [String: Data] = [:]
        let options = MapOptions(articlePlace: article.field("place")?.text, pictures: false)
        _ = try MapPipeline.build(ledger: ledger, resolver: gazetteer, options: options) { files[$0] = $1 }
        let days = files.keys.filter { $0.hasPrefix("days/") }.sorted()
        #expect(days.count == 54)
        var checked = 0
        for path in days {
            let features = try OutputJSON.typedFeatures(try #require(files[path]))
            let territories = features.filter { $0.kind == "territory" }
            for f in features {
                guard f.kind == "place", let side = f.text("side"), side != "unknown" else { continue }
                let owners = territories.filter { t in t.polygons.contains { PolygonTest.inside(f.point, $0) } }
                    .compactMap { $0.text("side") }
                #expect(owners == [side], "\(path): \(f.text("name") ?? "?") is \(side) but lies in \(owners)")
                checked += 1
            }
        }
        #expect(checked > 500)
    }
}
