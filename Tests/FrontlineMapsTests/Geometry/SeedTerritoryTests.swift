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
            let root = try #require(try JSONSerialization.jsonObject(with: files[path]!) as? [String: Any])
            let features = try #require(root["features"] as? [[String: Any]])
            let territories = features.filter { ($0["properties"] as! [String: Any])["kind"] as? String == "territory" }
            for f in features {
                let props = f["properties"] as! [String: Any]
                guard props["kind"] as? String == "place", let side = props["side"] as? String, side != "unknown" else { continue }
                let at = (f["geometry"] as! [String: Any])["coordinates"] as! [Double]
                let owners = territories.filter { t in
                    ((t["geometry"] as! [String: Any])["coordinates"] as! [[[[Double]]]]).contains { PolygonTest.inside(at, $0) }
                }.map { ($0["properties"] as! [String: Any])["side"] as! String }
                #expect(owners == [side], "\(path): \(props["name"] ?? "?") is \(side) but lies in \(owners)")
                checked += 1
            }
        }
        #expect(checked > 500)
    }
}
