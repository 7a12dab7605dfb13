import Foundation
import Testing

@testable import FrontlineMaps

/// The render stage on the seed's story (the ledger fixture of the pipeline tests), drawn from its
/// `WarMap` and opened in QGIS and Chromium: the render stage's promises on real files.
@Suite("Render the seed's story", .serialized)
struct RenderSeedTests {
    typealias F = SeedLedgerFixture

    /// Everything `frontline map` stages for the seed's story, render files included.
    static func outputs() throws -> [String: Data] {
        try F.build(MapOptions(articlePlace: "Hama Governorate, Syria", slug: "seed"))
    }

    static func write() throws -> URL {
        let folder = try TestPaths.temporaryFolder().appendingPathComponent("seed")
        for (path, data) in try outputs() {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return folder
    }

    /// The place id of a town of the ledger fixture, found by its event so no name is needed here.
    static func placeID(ofEvent id: String) -> String {
        F.ledger.events.first { $0.id == id }!.placeID!
    }

    @Test("a picture per day file, one project, four styles, one page; identical on a second run")
    func files() throws {
        let a = try Self.outputs(), b = try Self.outputs()
        let dayCount = a.keys.filter { $0.hasPrefix("days/") }.count
        #expect(dayCount > 30)
        #expect(a.keys.filter { $0.hasPrefix("svg/") }.count == dayCount)
        #expect(
            a["seed.qgs"] != nil && a["player.html"] != nil && a["player-data.js"] != nil
                && a.keys.filter { $0.hasPrefix("styles/") }.count == 4)
        for key in a.keys.sorted() { #expect(a[key] == b[key], "\(key) differs between two runs") }
    }

    @Test("without pictures: the same project and styles, no SVG and no page")
    func withoutPictures() throws {
        var map = try F.map(MapOptions(articlePlace: "Hama Governorate, Syria", slug: "s"))
        let all = try RenderOutputs.files(map: map, attribution: "A")
        map.pictures = false
        let some = try RenderOutputs.files(map: map, attribution: "A")
        #expect(some.map(\.path) == QgisLayer.allCases.map(\.stylePath) + ["s.qgs"])
        #expect(
            some.map(\.data) == all.filter { !$0.path.hasPrefix("svg/") && !$0.path.hasPrefix("player") }.map(\.data))
        #expect(all.count == some.count + map.snapshotDays.count + 2)
    }

    @Test(
        "a picture cadence draws fewer days; the project, the player and its data stay the same",
        arguments: [PictureCadence.weekly, .monthly, .changes])
    func cadence(_ cadence: PictureCadence) throws {
        var map = try F.map(MapOptions(articlePlace: "Hama Governorate, Syria", slug: "s"))
        let all = try RenderOutputs.files(map: map, attribution: "A")
        map.pictureCadence = cadence
        let some = try RenderOutputs.files(map: map, attribution: "A")
        let pictures = some.filter { $0.path.hasPrefix("svg/") }.map(\.path)
        let expected: [String]
        switch cadence {
        case .weekly:
            expected = stride(from: 0, to: map.snapshotDays.count, by: 7).map { "svg/\(map.snapshotDays[$0].iso).svg" }
        case .monthly: expected = ["svg/2012-12-16.svg", "svg/2013-01-01.svg", "svg/2013-02-01.svg"]
        default: expected = map.pictureDays.map { "svg/\($0.iso).svg" }
        }
        #expect(pictures == expected)
        #expect(pictures.count > 1 && pictures.count < map.snapshotDays.count)
        if cadence == .changes {
            // A change day: some place's period starts then; a day without one is left out.
            let starts = Set(map.timeline.places.flatMap { $0.periods.dropFirst().map(\.start) })
            #expect(map.pictureDays.dropFirst().allSatisfy { starts.contains($0) })
            #expect(map.pictureDays.count == starts.filter { map.snapshotDays.contains($0) }.count + 1)
        }
        // The pictures drawn are byte for byte the daily ones.
        let daily = Dictionary(all.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a })
        for file in some where file.path.hasPrefix("svg/") || file.path.hasPrefix("player") {
            #expect(daily[file.path] == file.data, "\(file.path)")
        }
    }

    @Test(
        "every picture shows what its day file says: frames drawn from the model equal frames read from the file",
        arguments: ["2012-12-16", "2012-12-21", "2013-02-07"])
    func frames(iso: String) throws {
        let map = try F.map()
        let files = try F.build()
        let snapshot = try #require(map.snapshots().first { $0.day.iso == iso })
        let data = try #require(files["days/\(iso).geojson"])
        let drawn = MapFrame(
            map: map, snapshot: snapshot, events: map.events.filter { $0.event.date.day == snapshot.day })
        let read = try OutputJSON.frame(day: snapshot.day, dayFile: data)
        #expect(drawn.places == read.places)
        #expect(drawn.territories == read.territories)
        #expect(drawn.fronts == read.fronts)
        #expect(drawn.events == read.events)
        #expect(drawn.bbox == read.bbox)
        #expect(!drawn.places.isEmpty && !drawn.territories.isEmpty)
        if iso == "2012-12-21" {
            #expect(drawn.places.first { $0.id == Self.placeID(ofEvent: "E12") }?.side == "contested")
            #expect(!drawn.fronts.isEmpty)
        }
    }

    @Test(
        "QGIS shows every day of the real files; the twice-taken town and the town taken last change side",
        .enabled(if: RenderClients.hasQgis, "needs qgis and python3-qgis"))
    func qgis() throws {
        let folder = try Self.write()
        let twice = Self.placeID(ofEvent: "E12"), last = Self.placeID(ofEvent: "E20")
        let result = try RenderClients.run(
            RenderClients.python,
            [
                RenderClients.scripts.appendingPathComponent("check_project.py").path, folder.path, "--crs",
                "EPSG:32637",
                "--frame-days", "2012-12-18,2012-12-21,2013-02-07",
                "--expect", "2012-12-19:\(twice)=combatant2", "--expect", "2012-12-21:\(twice)=contested",
                "--expect", "2012-12-31:\(twice)=combatant2", "--expect", "2013-02-06:\(last)=combatant1",
                "--expect", "2013-02-07:\(last)=combatant2",
            ])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr.suffix(2000))")
        #expect(result.stdout.contains("all QGIS checks passed"))
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }

    @Test("Chromium plays the seed's page", .enabled(if: RenderClients.chromium != nil, "needs chromium"))
    func chromium() throws {
        let folder = try Self.write()
        let result = try RenderClients.run(
            RenderClients.python,
            [
                RenderClients.scripts.appendingPathComponent("check_player.py").path, folder.path, "--chromium",
                RenderClients.chromium!,
            ])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr.suffix(2000))")
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }
}
