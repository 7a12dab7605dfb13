import Foundation
import FrontlineMaps
import Testing

/// The committed data, user gazetteers in the same format, GeoNames dumps, and errors that name
/// `file:line:col` and say what to do.
@Suite struct GazetteerLoadingTests {
    let g = GazetteerFixture.shared

    /// A fresh folder holding a copy of the committed gazetteer plus the given files.
    private func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func committedDataHasEveryLocalityWithItsIds() throws {
        #expect(g.records.count > 10_000)
        #expect(g.records.allSatisfy { $0.geonamesID != nil || $0.wofID != nil })
        #expect(g.records.allSatisfy { abs($0.latitude) <= 90 && abs($0.longitude) <= 180 })
        #expect(g.records.filter { $0.featureCode == "ADM1" }.count == 14)
        #expect(g.records.filter { $0.featureCode == "ADM2" }.count == 62)
        let ids = g.records.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(g.records.filter { $0.governorate == "Hama" && $0.featureClass == "P" }.count > 800)
    }

    @Test func recordsAreFoundByGeoNamesOrWhosOnFirstId() throws {
        #expect(g.record(id: "166640")?.name == "Mūrak")
        #expect(g.record(id: "wof:1310188781")?.id == "166640")
        #expect(g.record(id: "wof:85678363")?.featureCode == "ADM1")
        #expect(g.record(id: "999999999") == nil)
        #expect(g.record(id: "wof:notanumber") == nil)
    }

    @Test func boundariesHoldGovernoratesAndDistricts() throws {
        let b = g.boundaries
        #expect(b.filter { $0.level == .governorate }.count == 14)
        #expect(b.filter { $0.level == .district }.count == 62)
        let hama = try #require(b.first { $0.level == .governorate && $0.name == "Hama" })
        let ring = try #require(hama.polygons.first?.first)
        #expect(ring.count > 20)
        #expect(ring.first == ring.last)
        // Murak lies inside Hama's bounding box.
        let lons = ring.map(\.lon), lats = ring.map(\.lat)
        #expect((lons.min()!...lons.max()!).contains(36.6897))
        #expect((lats.min()!...lats.max()!).contains(35.37615))
    }

    @Test func attributionNamesEverySource() {
        #expect(Gazetteer.attribution.contains("Who's On First"))
        #expect(Gazetteer.attribution.contains("GeoNames"))
        #expect(Gazetteer.attribution.contains("Quattroshapes"))
    }

    @Test func userGazetteerInPlacesFormat() throws {
        let dir = try folder([
            "mine.tsv":
                "id\tname\tlat\tlon\tgovernorate\tnames\nua:1\tPokrovsk\t48.2826\t37.1757\tDonetsk\tPokrovske|Krasnoarmiisk\n"
        ])
        let loaded = try Gazetteer.load(
            directory: GazetteerFixture.directory, extra: [dir.appendingPathComponent("mine.tsv")])
        let r = loaded.resolve(PlaceQuery(name: "Krasnoarmiisk"), context: ResolutionContext())
        #expect(r.record?.id == "ua:1")
        #expect(r.record?.latitude == 48.2826)
        #expect(loaded.record(id: "166640") != nil)
    }

    @Test func geoNamesDumpIsRecognised() throws {
        // Two rows in geonames.org's 19-column layout (values from GeoNames' UA.txt for Pokrovsk).
        let row = [
            "706900", "Pokrovsk", "Pokrovsk", "Krasnoarmeysk,Krasnoarmiisk,Покровськ", "48.28198", "37.18207",
            "P", "PPLA2", "UA", "", "05", "", "", "", "60127", "", "181", "Europe/Kyiv", "2023-01-01",
        ]
        let dir = try folder(["UA.txt": row.joined(separator: "\t") + "\n"])
        let loaded = try Gazetteer.load(
            directory: GazetteerFixture.directory, extra: [dir.appendingPathComponent("UA.txt")])
        let r = loaded.resolve(PlaceQuery(name: "Krasnoarmeysk"), context: ResolutionContext())
        #expect(r.record?.id == "706900")
        #expect(r.record?.governorate == "UA.05")
        #expect(r.record?.population == 60127)
    }

    @Test(arguments: [
        ("id\tname\tlat\tlon\nx:1\tSomewhere\t200\t36.5\n", 2, 15, "latitude 200 is outside"),
        ("id\tname\tlat\tlon\nx:1\tSomewhere\t35.1\tabc\n", 2, 20, "not a number"),
        ("id\tname\tlat\tlon\nx:1\tSomewhere\t35.1\t-181\n", 2, 20, "longitude -181 is outside"),
        ("id\tname\tlatitude\tlon\nx:1\tSomewhere\t35.1\t36\n", 1, 1, "neither a places.tsv-style gazetteer"),
    ])
    func badRowsNameFileLineAndColumn(_ text: String, _ line: Int, _ column: Int, _ words: String) throws {
        let dir = try folder(["bad.tsv": text])
        let file = dir.appendingPathComponent("bad.tsv")
        do {
            _ = try Gazetteer.load(directory: GazetteerFixture.directory, extra: [file])
            Issue.record("expected an error for \(text)")
        } catch let error as FrontlineError {
            let location = try #require(error.diagnostic.location)
            #expect(location.file == file.path)
            #expect(location.line == line)
            #expect(location.column == column)
            #expect(error.description.contains(words))
        }
    }

    @Test func placesFileWithoutCoordinateColumnsIsRefused() throws {
        let dir = try folder(["places.tsv": "id\tname\tlatitude\tlon\nx:1\tSomewhere\t35.1\t36\n"])
        do {
            _ = try Gazetteer.load(directory: dir)
            Issue.record("expected an error")
        } catch let error as FrontlineError {
            #expect(error.description.contains("no 'lat' column"))
            #expect(error.diagnostic.location?.line == 1)
        }
    }

    @Test func unknownFormatIsRefused() throws {
        let dir = try folder(["notes.txt": "just some text\nmore\n"])
        #expect(throws: FrontlineError.self) {
            try Gazetteer.load(directory: GazetteerFixture.directory, extra: [dir.appendingPathComponent("notes.txt")])
        }
    }

    @Test func extraSpellingMustNameARecordAndEvidence() throws {
        let places = try String(
            contentsOf: GazetteerFixture.directory.appendingPathComponent("places.tsv"), encoding: .utf8)
        for (spellings, expected) in [
            ("record_id\tspelling\tevidence\n123456789\tNowhere\tsome page\n", "no place has the id"),
            ("record_id\tspelling\tevidence\n166640\tMoreq\n", "evidence"),
        ] {
            let dir = try folder(["places.tsv": places, "spellings.tsv": spellings])
            do {
                _ = try Gazetteer.load(directory: dir)
                Issue.record("expected an error")
            } catch let error as FrontlineError {
                #expect(error.description.contains(expected))
                #expect(error.diagnostic.location?.line == 2)
            }
        }
    }

    @Test func missingGazetteerSaysHowToBuildIt() {
        do {
            _ = try Gazetteer.load(directory: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"))
            Issue.record("expected an error")
        } catch let error as FrontlineError {
            guard case .data(_, hint: .buildData) = error else {
                Issue.record("expected a data error with the hint to build the gazetteer, got \(error)")
                return
            }
        } catch {
            Issue.record("expected a FrontlineError, got \(error)")
        }
    }

    @Test func everySpellingRowHasEvidenceAndAKnownRecord() throws {
        let text = try String(
            contentsOf: GazetteerFixture.directory.appendingPathComponent("spellings.tsv"), encoding: .utf8)
        let rows = try DelimitedTextReader.rows(of: text, dialect: .tabs, file: "spellings.tsv").dropFirst().filter {
            !$0[0].hasPrefix("#")
        }
        #expect(!rows.isEmpty)
        for f in rows {
            #expect(f.count == 3)
            #expect(g.record(id: f[0]) != nil)
            #expect(f[2].count > 20)
        }
    }

    @Test func loadingIsDeterministic() throws {
        let again = try Gazetteer.load(directory: GazetteerFixture.directory)
        #expect(again.records == g.records)
        for name in ["Morek", "Hayalin", "Hasraya", "Qamhana"] {
            let a = g.resolve(PlaceQuery(name: name), context: GazetteerFixture.hama)
            let b = again.resolve(PlaceQuery(name: name), context: GazetteerFixture.hama)
            #expect(a.record == b.record && a.score == b.score && a.reason == b.reason)
        }
    }
}
