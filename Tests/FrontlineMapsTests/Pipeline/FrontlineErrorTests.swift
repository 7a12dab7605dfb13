import Foundation
import Testing

@testable import FrontlineMaps

/// The library's errors by case, and its words: a library user is never told about a flag or a
/// `make` target (the command-line tool words the hints for itself).
@Suite("Errors by case")
struct FrontlineErrorTests {
    typealias F = SeedLedgerFixture

    /// The seed's story with one event moved `years` later: a span no map should cover silently.
    static func stretched(years: Int) -> Ledger {
        var ledger = F.ledger
        ledger.events[0].date = EventDate(day: Day(year: 2012 + years, month: 12, day: 18)!)
        return ledger
    }

    @Test("a span over the limit is spanTooLong, with the number of days that would allow it")
    func spanTooLong() throws {
        do {
            _ = try MapPipeline.model(ledger: Self.stretched(years: 30), resolver: F.resolver, options: MapOptions())
            Issue.record("expected an error")
        } catch let error as FrontlineError {
            guard case let .spanTooLong(diagnostic, hint: .allowDays(days)?) = error else {
                Issue.record("expected spanTooLong with allowDays, got \(error)")
                return
            }
            #expect(days > MapPipeline.defaultMaxDays)
            #expect(diagnostic.location == nil || diagnostic.location?.line ?? 0 >= 0)
            // The same map with the days the hint names goes through.
            let map = try MapPipeline.model(
                ledger: Self.stretched(years: 30), resolver: F.resolver, options: MapOptions(maxDays: days))
            #expect(map.timeline.days.count == days)
        }
    }

    @Test(
        "a CRS in degrees is a projection error naming the CRS given",
        arguments: ["EPSG:4326", "EPSG:2227", "EPSG:999999"])
    func notMetric(crs: String) throws {
        do {
            _ = try MapPipeline.model(ledger: F.ledger, resolver: F.resolver, options: MapOptions(crs: crs))
            Issue.record("expected an error")
        } catch let error as FrontlineError {
            guard case .projection(_, hint: .givenCRS?) = error else {
                Issue.record("expected a projection error on the given CRS, got \(error)")
                return
            }
            #expect(error.description.hasPrefix("error: MapOptions.crs \(crs) "))
        }
    }

    @Test("a ledger without events is nothingToMap")
    func nothingToMap() {
        var ledger = F.ledger
        ledger.events = []
        #expect {
            _ = try MapPipeline.model(ledger: ledger, resolver: F.resolver, options: MapOptions())
        } throws: { error in
            guard let error = error as? FrontlineError, case .nothingToMap = error else { return false }
            return true
        }
    }

    @Test(
        "no hint names a flag or a make target when the library words it",
        arguments: [
            FrontlineError.Hint.allowDays(9000), .chooseCRS(covering: "it"), .checkCRS, .givenCRS(usesUTM: true),
            .givenCRS(usesUTM: false),
            .ownOutputFolder, .anotherOutputFolder, .orAnotherOutputFolder, .outputFileName, .givenDataFolder,
            .dataFolder, .rebuildData,
            .buildData, .giveLedger,
        ])
    func libraryWords(hint: FrontlineError.Hint) {
        let library = hint.wrap("m", forCommandLine: false), cli = hint.wrap("m", forCommandLine: true)
        #expect(!library.contains("--") && !library.contains("make "), "\(library)")
        #expect(library.contains("m") && library != "m")
        #expect(cli.contains("--") || cli.contains("make "), "\(cli)")
    }

    @Test("an area record from an extra gazetteer (ADM3) gets no cell: only towns are held")
    func subdistrictGetsNoCell() throws {
        // Kafr Zita has one event in the story: its capture.
        let id = "168620"
        var ledger = F.ledger
        let i = try #require(ledger.events.firstIndex { $0.placeID == id })
        #expect(ledger.events.filter { $0.placeID == id }.count == 1)
        let adm3 = GazetteerRecord(
            id: id, name: "Kafr Zita", latitude: 35.37425, longitude: 36.6033, featureClass: "A", featureCode: "ADM3")
        ledger.events[i].geoPrecision = GeoPrecision(record: adm3).rawValue
        #expect(ledger.events[i].precision == .subdistrict)
        let asTown = try MapPipeline.model(ledger: F.ledger, resolver: F.resolver, options: MapOptions())
        let asArea = try MapPipeline.model(ledger: ledger, resolver: F.resolver, options: MapOptions())
        #expect(asTown.timeline.index(of: id) != nil)
        #expect(asArea.timeline.index(of: id) == nil)
        #expect(asArea.events.contains { $0.event.placeID == id }, "its event stays on the events layer")
    }
}
