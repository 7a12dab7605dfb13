import Foundation
import Testing

@testable import FrontlineMaps

/// The JSON and GeoJSON ledgers: valid, ordered, lon/lat with six decimals, nothing dropped silently.
@Suite("Events: JSON and GeoJSON ledgers")
struct EventsWriterTests {
    static func seed() throws -> Ledger { try EventFixtures.extract(TestPaths.seed).ledger }

    @Test(
        "GeoJSON: one Point per resolved event, [lon, lat], RFC 7946 member order, the map's events schema; unresolved places listed"
    )
    func geojson() throws {
        let ledger = try Self.seed()
        let text = LedgerGeoJSON.write(ledger)
        let object = try OutputJSON.parse(Data(text.utf8))
        #expect(object["type"]?.string == "FeatureCollection")
        let features = try OutputJSON.typedFeatures(Data(text.utf8))
        #expect(features.count == ledger.events.filter { $0.latitude != nil }.count)
        let halfaya = try #require(features.first { $0.text(LayerSchema.name) == "Halfaya" })
        #expect(halfaya.point == [36.60581, 35.26014])
        let meta = try #require(object["frontline"])
        #expect(meta["unresolved_places"]?.array?.map(\.string) == ["Hasraya"])
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
        func byID(_ features: [JSONNode]) -> [JSONNode] {
            features.sorted {
                (OutputJSON.text($0, LayerSchema.eventID) ?? "") < (OutputJSON.text($1, LayerSchema.eventID) ?? "")
            }
        }
        for (a, b) in zip(byID(fromMap), byID(fromLedger)) {
            #expect(a == b, "\(OutputJSON.text(a, LayerSchema.eventID) ?? "?")")
        }
    }

    @Test("JSON: sides, baseline and every event with its date phrase and role")
    func json() throws {
        let ledger = try Self.seed()
        let object = try OutputJSON.parse(Data(LedgerJSON.write(ledger).utf8))
        #expect(object["sides"]?.array?.map { $0["side"]?.string } == ["combatant1", "combatant2"])
        let events = try #require(object["events"]?.array)
        #expect(events.count == ledger.events.count)
        #expect(events.contains { $0["date_phrase"]?.string == "A week later" && $0["place_role"]?.string == "origin" })
        #expect(object["baseline"]?.array?.contains { $0["scope"]?.string == "area" } == true)
    }

    @Test("the same ledger writes the same bytes")
    func stable() throws {
        let ledger = try Self.seed()
        #expect(LedgerJSON.write(ledger) == LedgerJSON.write(ledger))
        #expect(LedgerGeoJSON.write(ledger) == LedgerGeoJSON.write(ledger))
    }
}
