import Foundation
import Testing

@testable import FrontlineMaps

/// Places no gazetteer holds keep a timeline by name; the spellings of one place share it.
@Suite("Pipeline: unresolved spellings")
struct UnresolvedSpellingsTests {
    static func event(_ date: String, _ type: EventType, _ side: Int?, _ name: String) -> Event {
        Event(id: "E", date: EventDate(day: Day(iso: date)!), type: type, side: side, placeName: name)
    }

    @Test(
        "'Kabajeb' entered, then 'Kabajib' held: one place, held at the end; a name of the same consonants two letters off stays apart"
    )
    func spellingsShareATimeline() throws {
        let ledger = Ledger(
            title: "t", sides: [Side(number: 1, name: "A"), Side(number: 2, name: "B")],
            events: [
                Self.event("2017-09-03", .partialCapture, 1, "Kabajeb"),
                Self.event("2017-09-04", .held, 1, "Kabajib"),
                Self.event("2017-09-04", .capture, 2, "Kubajub"),
            ])
        let resolver = try EventFixtures.resolver()
        let spelling = MapPipeline.unresolvedSpellings(ledger: ledger, resolver: resolver)
        #expect(spelling["Kabajib"] == "Kabajeb")
        #expect(spelling["Kubajub"] == "Kubajub")
        let timeline = try #require(MapPipeline.unresolvedTimeline(ledger: ledger, resolver: resolver))
        #expect(timeline.places.map(\.place.name).sorted() == ["Kabajeb", "Kubajub"])
        let kabajeb = try #require(timeline.places.first { $0.place.name == "Kabajeb" })
        #expect(kabajeb.state(on: Day(iso: "2017-09-04")!) == .held(1))
    }

    @Test("'Point 874' taken, then 'Hill 874' retaken: one numbered height; 'Hill 875' is another")
    func numberedHeights() throws {
        let ledger = Ledger(
            title: "t", sides: [Side(number: 1, name: "A"), Side(number: 2, name: "B")],
            events: [
                Self.event("2016-03-01", .capture, 2, "Point 874"),
                Self.event("2016-04-01", .recapture, 1, "Hill 874"),
                Self.event("2016-04-02", .capture, 2, "Hill 875"),
            ])
        let spelling = MapPipeline.unresolvedSpellings(ledger: ledger, resolver: try EventFixtures.resolver())
        #expect(spelling["Hill 874"] == "Point 874")
        #expect(spelling["Hill 875"] == "Hill 875")
        #expect(MapPipeline.heightNumber("Tal Abyad") == nil)
    }
}
