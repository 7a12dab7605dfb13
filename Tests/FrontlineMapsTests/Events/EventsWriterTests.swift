import Foundation
import Testing
@testable import FrontlineMaps

/// The JSON and GeoJSON ledgers: valid, ordered, lon/lat with six decimals, nothing dropped silently.
@Suite("Events: JSON and GeoJSON ledgers")
struct EventsWriterTests {
    static func seed() throws -> Ledger { try EventFixtures.extract(TestPaths.seed).ledger }

    @Test("GeoJSON: one Point per resolved event, [lon, lat], RFC 7946 member order, the map's events schema; unresolved places listed")
    func geojson() throws {
        let ledger = try Self.seed()
        let text = LedgerGeoJSON.write(ledger)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        let features = try #require(object["features"] as? [[String: Any]])
        #expect(features.count == ledger.events.filter { $0.latitude != nil }.count)
        let halfaya = try #require(features.first { ($0["properties"] as? [String: Any])?[LayerSchema.name] as? String == "Halfaya" })
        let coords = try #require((halfaya["geometry"] as? [String: Any])?["coordinates"] as? [Double])
        #expect(coords == [36.60581, 35.26014])
        let meta = try #require(object["frontline"] as? [String: Any])
        #expect(meta["unresolved_places"] as? [String] == ["Hasraya"])
        #expect(text.hasPrefix("{\n\"type\":\"FeatureCollection\""))
        #expect(text.contains("{\"type\":\"Feature\",\"properties\":{\"kind\":\"event\",\"event_id\":\"EV-0001\","))
        #expect(text.contains("\"coordinates\":[36.60581,35.26014]"), "plain decimals, lon first")
    }

    @Test("one events schema: `events --format geojson` writes the very features of the map's events.geojson")
    func oneEventsSchema() throws {
        let ledger = SeedLedgerFixture.ledger
        let fromMap = try OutputJSON.features(try #require(try SeedLedgerFixture.build()["events.geojson"]))
        let fromLedger = try OutputJSON.features(Data(LedgerGeoJSON.write(ledger).utf8))
        #expect(fromMap.count == ledger.events.count)
        #expect(fromLedger.count == fromMap.count)
        // The map sorts its events by date, the ledger keeps the ledger's order: compare by id.
        func byID(_ features: [JSONNode]) -> [JSONNode] { features.sorted { (OutputJSON.text($0, LayerSchema.eventID) ?? "") < (OutputJSON.text($1, LayerSchema.eventID) ?? "") } }
        for (a, b) in zip(byID(fromMap), byID(fromLedger)) {
            #expect(a == b, "\(OutputJSON.text(a, LayerSchema.eventID) ?? "?")")
        }
    }

    @Test("JSON: sides, baseline and every event with its date phrase and role")
    func json() throws {
        let ledger = try Self.seed()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(LedgerJSON.write(ledger).utf8)) as? [String: Any])
        #expect((object["events"] as? [Any])?.count == ledger.events.count)
        #expect((object["sides"] as? [[String: Any]])?.map { $0["side"] as? String } == ["combatant1", "combatant2"])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.contains { $0["date_phrase"] as? String == "A week later" && $0["place_role"] as? String == "origin" })
        #expect((object["baseline"] as? [[String: Any]])?.contains { $0["scope"] as? String == "area" } == true)
    }

    @Test("the same ledger writes the same bytes")
    func stable() throws {
        let ledger = try Self.seed()
        #expect(LedgerJSON.write(ledger) == LedgerJSON.write(ledger))
        #expect(LedgerGeoJSON.write(ledger) == LedgerGeoJSON.write(ledger))
    }
}
