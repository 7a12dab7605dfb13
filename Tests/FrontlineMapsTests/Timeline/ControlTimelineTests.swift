import Testing

@testable import FrontlineMaps

/// A small ledger shaped like the seed's story, built by hand so the rules are tested on their own.
enum TimelineFixture {
    static func day(_ s: String) -> Day { Day(iso: s)! }

    static let sides = [Side(number: 1, name: "Opposition"), Side(number: 2, name: "Government")]

    static func event(
        _ id: String, _ date: String, _ type: EventType, side: Int?, place: String,
        earliest: String? = nil, role: PlaceRole = .target
    ) -> Event {
        Event(
            id: id,
            date: EventDate(day: day(date), precision: earliest == nil ? .day : .range, earliest: earliest.map(day)),
            type: type, side: side, placeName: place, placeID: place, latitude: 35, longitude: 36.5, placeRole: role)
    }

    static let places = ["A", "B", "C", "H", "M", "T", "Far"].map {
        TimelinePlace(id: $0, name: $0, position: LonLat(lon: 36.5, lat: 35), inArticleArea: $0 != "Far")
    }

    static let ledger = Ledger(
        title: "t", sides: sides,
        events: [
            event("E1", "2012-12-16", .offensive, side: 1, place: "H"),
            event("E2", "2012-12-18", .capture, side: 1, place: "A"),
            event("E3", "2012-12-20", .partialCapture, side: 1, place: "M"),
            event("E4", "2012-12-23", .airstrike, side: 2, place: "A"),
            event("E5", "2012-12-26", .enteredRepelled, side: 2, place: "B", earliest: "2012-12-20"),
            event("E6", "2012-12-30", .recapture, side: 2, place: "M"),
            event("E7", "2013-01-05", .attack, side: 2, place: "T"),
            event("E8", "2013-01-05", .attack, side: 2, place: "C", role: .origin),
            event("E9", "2013-02-07", .recapture, side: 2, place: "T"),
            event("E10", "2012-12-19", .attack, side: 1, place: "Far"),
        ], baseline: [Baseline(side: 2, scope: .area, sourceSentence: "largely controlled by Army Forces")])

    static func build(_ ledger: Ledger = ledger) throws -> ControlTimeline {
        let (timeline, _) = ControlTimeline.build(ledger: ledger, places: places)
        return try #require(timeline)
    }
}

@Suite("Control timeline")
struct ControlTimelineTests {
    typealias F = TimelineFixture

    func state(_ t: ControlTimeline, _ place: String, _ date: String) throws -> ControlState {
        let i = try #require(t.index(of: place))
        return t.places[i].state(on: F.day(date))
    }

    func period(_ t: ControlTimeline, _ place: String, _ date: String) throws -> ControlPeriod {
        let i = try #require(t.index(of: place))
        return try #require(t.places[i].period(on: F.day(date)))
    }

    @Test func rangeRunsFromFirstToLastEvent() throws {
        let t = try F.build()
        #expect(t.first == F.day("2012-12-16"))
        #expect(t.last == F.day("2013-02-07"))
        #expect(t.places.map(\.place.id) == ["A", "B", "C", "Far", "H", "M", "T"])
    }

    @Test func periodsAreContiguousAndCoverTheRange() throws {
        let t = try F.build()
        for p in t.places {
            #expect(p.periods.first?.start == t.first)
            #expect(p.periods.last?.end == t.end)
            for (a, b) in zip(p.periods, p.periods.dropFirst()) {
                #expect(a.end == b.start)
                #expect(a.start < a.end)
                // Neighbours differ in something, or they would have been merged.
                #expect(a.state != b.state || a.flags != b.flags || a.eventIDs != b.eventIDs || a.since != b.since)
            }
        }
    }

    @Test func captureChangesControlFromItsDate() throws {
        let t = try F.build()
        #expect(try state(t, "A", "2012-12-17") == .held(2))
        #expect(try state(t, "A", "2012-12-18") == .held(1))
        let p = try period(t, "A", "2012-12-19")
        #expect(p.since == F.day("2012-12-18"))
        #expect(p.eventIDs == ["E2"])
        #expect(p.basis == .event)
    }

    @Test func partialCaptureContestsThenRecaptureReturns() throws {
        let t = try F.build()
        #expect(try state(t, "M", "2012-12-19") == .held(2))
        #expect(try state(t, "M", "2012-12-21") == .contested)
        #expect(try state(t, "M", "2012-12-29") == .contested)
        #expect(try state(t, "M", "2012-12-31") == .held(2))
        #expect(try period(t, "M", "2012-12-31").since == F.day("2012-12-30"))
        #expect(try period(t, "M", "2012-12-31").eventIDs == ["E6"])
    }

    @Test func enteredAndRepelledIsContestedBetweenTheDates() throws {
        let t = try F.build()
        #expect(try state(t, "B", "2012-12-19") == .held(2))
        #expect(try state(t, "B", "2012-12-20") == .contested)
        #expect(try state(t, "B", "2012-12-25") == .contested)
        #expect(try state(t, "B", "2012-12-26") == .held(2))
        #expect(try period(t, "B", "2012-12-26").since == F.day("2012-12-26"))
    }

    @Test func strikesFlagOnlyTheirDayAndKeepTheHolder() throws {
        let t = try F.build()
        let struck = try period(t, "A", "2012-12-23")
        #expect(struck.flags == .struck)
        #expect(struck.state == .held(1))
        #expect(struck.since == F.day("2012-12-18"))
        #expect(struck.eventIDs == ["E2", "E4"])
        #expect(struck.start == F.day("2012-12-23") && struck.end == F.day("2012-12-24"))
        #expect(try period(t, "A", "2012-12-24").flags.isEmpty)
    }

    @Test func firstControlEventOutranksAreaBaseline() throws {
        let t = try F.build()
        // T's first control event is a recapture by side 2: side 1 held it before, whatever the area says.
        #expect(try state(t, "T", "2013-02-06") == .held(1))
        #expect(try period(t, "T", "2013-02-06").basis == .impliedByFirstControlEvent)
        #expect(try state(t, "T", "2013-02-07") == .held(2))
        #expect(try period(t, "T", "2013-01-05").flags == .attacked)
    }

    @Test func retakingAPlaceTheOtherSideBesiegedMeansTheyGotIn() throws {
        // S is besieged by side 1, then "retaken" by side 2: side 2 held it when the siege came, side 1
        // got in (there was something to retake), so it is contested in between — not side 1's from
        // the first day, which is what the recapture alone would imply.
        let ledger = Ledger(
            title: "t", sides: F.sides,
            events: [
                F.event("S1", "2012-12-16", .offensive, side: 1, place: "H"),
                F.event("S2", "2012-12-20", .siege, side: 1, place: "B"),
                F.event("S3", "2012-12-26", .recapture, side: 2, place: "B"),
            ])
        let t = try F.build(ledger)
        #expect(try state(t, "B", "2012-12-19") == .held(2))
        #expect(try period(t, "B", "2012-12-19").basis == .impliedByOtherEvents)
        #expect(try state(t, "B", "2012-12-20") == .contested)
        #expect(try state(t, "B", "2012-12-25") == .contested)
        #expect(try state(t, "B", "2012-12-26") == .held(2))
        // An attack by the retaking side itself proves nothing of the kind (T in the shared fixture).
        #expect(try state(F.build(), "T", "2013-01-06") == .held(1))
    }

    @Test func areaBaselineCoversPlacesWithoutControlEvents() throws {
        let t = try F.build()
        #expect(try state(t, "H", "2013-01-01") == .held(2))
        #expect(try period(t, "H", "2013-01-01").basis == .baseline)
        #expect(try period(t, "H", "2012-12-16").flags == .attacked)
    }

    @Test func outsideTheAreaOtherEventsImplyTheHolder() throws {
        let t = try F.build()
        // Attacked by side 1, outside the article's area: side 2 held it.
        #expect(try state(t, "Far", "2012-12-20") == .held(2))
        #expect(try period(t, "Far", "2012-12-20").basis == .impliedByOtherEvents)
    }

    @Test func originPlaceIsHeldByTheSideSettingOut() throws {
        var ledger = F.ledger
        ledger.baseline = []
        let t = try F.build(ledger)
        #expect(try state(t, "C", "2012-12-20") == .held(2))
        #expect(try period(t, "C", "2013-01-05").flags.isEmpty)
    }

    @Test func withoutBaselineAWithdrawalImpliesTheWithdrawerHeldIt() throws {
        let ledger = Ledger(
            title: "t", sides: F.sides,
            events: [
                F.event("W1", "2014-03-01", .attack, side: 1, place: "A"),
                F.event("W2", "2014-03-04", .withdrawal, side: 1, place: "A"),
                F.event("W3", "2014-03-06", .capture, side: 1, place: "B"),
            ])
        let t = try F.build(ledger)
        #expect(try state(t, "A", "2014-03-03") == .held(1))
        #expect(try state(t, "A", "2014-03-04") == .held(2))
        #expect(try state(t, "B", "2014-03-05") == .held(2))
        #expect(try state(t, "B", "2014-03-06") == .held(1))
        // No event at all: unknown.
        #expect(try state(t, "H", "2014-03-05") == .unknown)
        #expect(try period(t, "H", "2014-03-05").basis == ControlPeriod.Basis.none)
    }

    @Test func periodStartsListEveryChangeAfterTheFirstDay() throws {
        let t = try F.build()
        let starts = t.periodStarts()
        let m = try #require(t.index(of: "M"))
        #expect(starts[F.day("2012-12-20")]?.contains { $0.place == m } == true)
        #expect(starts[F.day("2012-12-21")]?.contains { $0.place == m } != true)
        // Replaying the starts from the first day's states gives every day's states.
        var states = t.states(on: t.first)
        for d in t.days.dropFirst() {
            for (p, k) in starts[d] ?? [] { states[p] = t.places[p].periods[k].state }
            #expect(states == t.states(on: d))
        }
    }

    @Test func anUnnamedCaptureOfAPlaceNobodyHeldGoesToTheSideTakingMostPlaces() throws {
        let ledger = Ledger(
            title: "t", sides: F.sides,
            events: [
                F.event("U1", "2014-05-01", .capture, side: 2, place: "A"),
                F.event("U2", "2014-05-02", .capture, side: 2, place: "B"),
                F.event("U3", "2014-05-03", .capture, side: 1, place: "C"),
                F.event("U4", "2014-05-04", .capture, side: nil, place: "H"),
            ])
        let (timeline, notes) = ControlTimeline.build(ledger: ledger, places: F.places)
        let t = try #require(timeline)
        #expect(try state(t, "H", "2014-05-04") == .held(2))
        #expect(notes.contains { $0.message.contains("takes most places") })
        // A tie names no side: the capture leaves the place as it was.
        let tied = Ledger(
            title: "t", sides: F.sides,
            events: [
                F.event("V1", "2014-05-01", .capture, side: 2, place: "A"),
                F.event("V2", "2014-05-02", .capture, side: 1, place: "C"),
                F.event("V3", "2014-05-04", .capture, side: nil, place: "H"),
            ])
        #expect(try state(F.build(tied), "H", "2014-05-04") == .unknown)
    }

    @Test func anUnnamedCaptureOnTheDayOfANamedOneIsTheSameCapture() throws {
        let ledger = Ledger(
            title: "t", sides: F.sides,
            events: [
                F.event("S1", "2014-06-01", .held, side: 1, place: "A"),
                F.event("S2", "2014-06-03", .capture, side: 2, place: "A"),
                F.event("S3", "2014-06-03", .capture, side: nil, place: "A"),
            ])
        #expect(try state(F.build(ledger), "A", "2014-06-03") == .held(2))
    }

    @Test func anUnconfirmedChangeChangesNothingButSaysWhoHeldThePlaceBefore() throws {
        var claim = F.event("C2", "2014-07-05", .capture, side: 2, place: "A")
        claim.certainty = .unconfirmed
        let ledger = Ledger(
            title: "t", sides: F.sides, events: [F.event("C1", "2014-07-01", .attack, side: 2, place: "B"), claim])
        let t = try F.build(ledger)
        #expect(try state(t, "A", "2014-07-01") == .held(1))
        #expect(try state(t, "A", "2014-07-05") == .held(1))
    }

    @Test func aStatementOnTheDayOfTheFirstChangeSaysWhoHeldThePlaceBefore() throws {
        let sides = [Side(number: 1, name: "A"), Side(number: 2, name: "B"), Side(number: 3, name: "C")]
        let ledger = Ledger(
            title: "t", sides: sides,
            events: [
                F.event("T1", "2014-08-01", .capture, side: 3, place: "B"),
                F.event("T2", "2014-08-02", .capture, side: 3, place: "C"),
                F.event("T3", "2014-08-05", .capture, side: 1, place: "A"),
                F.event("T4", "2014-08-05", .held, side: 2, place: "A"),
            ])
        let t = try F.build(ledger)
        #expect(try state(t, "A", "2014-08-04") == .held(2))
        #expect(try state(t, "A", "2014-08-05") == .held(1))
    }

    @Test func withThreeSidesTheAdversaryIsTheSideMostPresentIncludingWhatItHolds() throws {
        let sides = [Side(number: 1, name: "A"), Side(number: 2, name: "B"), Side(number: 3, name: "C")]
        let ledger = Ledger(
            title: "t", sides: sides,
            events: [
                F.event("P1", "2014-09-01", .capture, side: 3, place: "B"),
                F.event("P2", "2014-09-02", .held, side: 2, place: "C"),
                F.event("P3", "2014-09-02", .held, side: 2, place: "H"),
                F.event("P4", "2014-09-05", .capture, side: 1, place: "A"),
            ])
        // Side 2 acts less than side 3 but holds more: what side 1 takes, it takes from side 2.
        #expect(try state(F.build(ledger), "A", "2014-09-04") == .held(2))
    }

    @Test func anEntryRepelledByAnUnnamedSideLeavesTheHolderStatedThatDay() throws {
        let ledger = Ledger(
            title: "t", sides: F.sides,
            events: [
                F.event("R1", "2014-02-01", .capture, side: 1, place: "A"),
                F.event("R2", "2014-02-10", .held, side: 2, place: "A"),
                F.event("R3", "2014-02-10", .enteredRepelled, side: nil, place: "A"),
            ])
        let t = try F.build(ledger)
        #expect(try state(t, "A", "2014-02-05") == .held(1))
        #expect(try state(t, "A", "2014-02-10") == .held(2))
    }
}
