import Foundation
import Testing

@testable import FrontlineMaps

/// The scorer's matching rules, on a gold file and a ledger written for the test.
@Suite("Evaluation: scoring")
struct ArticleScoreTests {
    static let gold = """
        {"article": "t.md",
         "places": [
           {"canonical": "Town", "spellings": ["Town"], "found": true, "lat": 35.0, "lon": 36.5},
           {"canonical": "Hill 12", "spellings": ["Hill 12", "Point 12"], "found": false}
         ],
         "control": [],
         "events": [
           {"place": "Town", "date": "2016-06-10", "type": "airstrike"},
           {"place": "Hill 12", "date": "2016-06-12", "type": "attack"}
         ]}
        """

    static func event(_ date: String, _ type: EventType, _ name: String, id: String?, lat: Double?, lon: Double?)
        -> Event
    {
        Event(
            id: "E", date: EventDate(day: Day(iso: date)!), type: type, side: 1, placeName: name, placeID: id,
            latitude: lat, longitude: lon)
    }

    func score(_ events: [Event]) throws -> ArticleScore {
        let gold = try JSONDecoder().decode(GoldFile.self, from: Data(Self.gold.utf8))
        let ledger = Ledger(
            title: "t", sides: [Side(number: 1, name: "A"), Side(number: 2, name: "B")], events: events)
        return ArticleScore.score(gold: gold, ledger: ledger, timeline: nil, placed: [:])
    }

    @Test("an event at a place no source holds matches by one of its spellings, and only while unresolved")
    func unresolvedPlacesMatchByName() throws {
        let byName = try score([Self.event("2016-06-11", .attack, "Point 12", id: nil, lat: nil, lon: nil)])
        #expect(byName.events.right == 1 && byName.events.total == 2)
        let placedElsewhere = try score([Self.event("2016-06-11", .attack, "Point 12", id: "9", lat: 34.0, lon: 36.0)])
        #expect(placedElsewhere.events.right == 0)
    }

    @Test("an event at a known place matches within 1 km and a day, in the same family of type")
    func knownPlacesMatchByDistance() throws {
        #expect(
            try score([Self.event("2016-06-09", .airstrike, "Town", id: "1", lat: 35.004, lon: 36.5)]).events.right == 1
        )
        #expect(
            try score([Self.event("2016-06-09", .airstrike, "Town", id: "1", lat: 35.02, lon: 36.5)]).events.right == 0)
        #expect(
            try score([Self.event("2016-06-07", .airstrike, "Town", id: "1", lat: 35.0, lon: 36.5)]).events.right == 0)
    }
}
