import Foundation
import Testing

@testable import FrontlineMaps

@Suite("frontline, the built binary", .serialized)
struct CLITests {
    @Test("--help names every subcommand")
    func help() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        for sub in ["map", "events", "resolve"] { #expect(r.stdout.contains(sub), "help lacks \(sub)") }
        let map = try CLI.run(["map", "--help"])
        #expect(map.stdout.contains("--out") && map.stdout.contains("--ledger"))
    }

    @Test("map writes one RFC 7946 file per day from the first to the last event")
    func mapSeed() throws {
        let out = try CLI.temporaryFolder()
        let r = try CLI.run(["map", CLI.seed.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let days = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("days").path).filter {
            $0.hasSuffix(".geojson")
        }.sorted()
        // 16 December 2012 (the offensive starts) to 7 February 2013 (Kernaz falls): 54 days.
        #expect(days.first == "2012-12-16.geojson")
        #expect(days.last == "2013-02-07.geojson")
        #expect(days.count == 54)
        // The map says what it left out: Hasraya, in no source, with the gazetteer's nearest names.
        let unresolved = try String(contentsOf: out.appendingPathComponent("unresolved-places.csv"), encoding: .utf8)
        let rows = unresolved.split(separator: "\n").dropFirst()
        #expect(rows.count == 1)
        #expect(rows.first?.hasPrefix("Hasraya,") == true)
        #expect(rows.first?.contains("Hama)") == true)
        // Who held it, though the map cannot draw it: the rebels' capture within two days of 16 December.
        #expect(rows.first?.contains(",from 2012-12-16 combatant2; from 2012-12-18 combatant1,") == true)
        let data = try Data(contentsOf: out.appendingPathComponent("days/2012-12-21.geojson"))
        let json = try OutputJSON.parse(data)
        #expect(json["type"]?.string == "FeatureCollection")
        #expect(json["crs"] == nil)
        let places = try OutputJSON.typedFeatures(data).filter { $0.kind == "place" }
        #expect(places.count >= 10)
        for p in places {
            for key in ["name", "place_id", "side", "controller", "date"] { #expect(p.has(key), "place lacks \(key)") }
            #expect(p.text("date") == "2012-12-21")
            let side = try #require(p.text("side"))
            #expect(["combatant1", "combatant2", "contested", "unknown"].contains(side))
            #expect(p.isNull("controller") == (side == "contested" || side == "unknown"))
            #expect(p.geometryType == "Point")
            let coordinates = p.point
            #expect(
                coordinates.count == 2 && (-180...180).contains(coordinates[0]) && (-90...90).contains(coordinates[1]))
        }
    }

    @Test("a broken article: file:line:col on stderr, exit 1, nothing written")
    func brokenArticle() throws {
        let dir = try CLI.temporaryFolder()
        let bad = dir.appendingPathComponent("bad.md")
        try Data("---\ntitle: X\ninfoboxes: [a, b\n---\nOn 1 May 2012 x.\n".utf8).write(to: bad)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["map", bad.path, "--out", out.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(bad.path):4:1: error: invalid YAML"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a failing run leaves the previous maps untouched")
    func failureKeepsPrevious() throws {
        let dir = try CLI.temporaryFolder()
        let out = dir.appendingPathComponent("out")
        #expect(try CLI.run(["map", CLI.seed.path, "--out", out.path]).status == 0)
        let before = CLI.tree(out)
        #expect(!before.isEmpty)
        // A bad CRS fails inside the geometry stage, after extraction: nothing may change.
        let r = try CLI.run(["map", CLI.seed.path, "--out", out.path, "--crs", "EPSG:999999"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("crs not found"), "\(r.stderr)")
        #expect(CLI.tree(out) == before)
    }

    @Test("the committed maps are what the code makes now (else run `make maps`)")
    func committedMapsAreFresh() throws {
        let out = try CLI.temporaryFolder()
        let r = try CLI.run(["map", CLI.seed.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let fresh = CLI.tree(out)
        let committed = CLI.tree(CLI.committedMaps)
        let stale = Set(fresh.keys).union(committed.keys).filter { fresh[$0] != committed[$0] }.sorted()
        #expect(
            stale.count == 0,
            "maps/2012_Hama_offensive is stale (\(stale.count) files differ, e.g. \(stale.prefix(3))): run `make maps` and commit the result"
        )
    }

    @Test("two runs give byte-identical output")
    func deterministic() throws {
        let a = try CLI.temporaryFolder(), b = try CLI.temporaryFolder()
        #expect(try CLI.run(["map", CLI.seed.path, "--out", a.path]).status == 0)
        #expect(try CLI.run(["map", CLI.seed.path, "--out", b.path]).status == 0)
        let ta = CLI.tree(a), tb = CLI.tree(b)
        #expect(!ta.isEmpty)
        #expect(ta == tb)
    }
}

@Suite("Review loop: events → CSV → map --ledger", .serialized)
struct ReviewLoopTests {
    /// Day files with the one field that must differ (the source line: article line vs CSV row) blanked.
    static func normalised(_ tree: [String: Data]) -> [String: String] {
        let pattern = try! NSRegularExpression(pattern: "\"source_line\":[0-9]+")
        return tree.filter { $0.key.hasSuffix(".geojson") }.mapValues { data in
            let s = String(decoding: data, as: UTF8.self)
            return pattern.stringByReplacingMatches(
                in: s, range: NSRange(s.startIndex..., in: s), withTemplate: "\"source_line\":0")
        }
    }

    @Test("the ledger `events` writes, fed back, gives the same map; a corrected row changes it")
    func roundTrip() throws {
        let dir = try CLI.temporaryFolder()
        let ledger = dir.appendingPathComponent("ledger.csv")
        #expect(try CLI.run(["events", CLI.seed.path, "--format", "csv", "--out", ledger.path]).status == 0)
        let fromText = dir.appendingPathComponent("a"), fromLedger = dir.appendingPathComponent("b")
        #expect(try CLI.run(["map", CLI.seed.path, "--out", fromText.path, "--no-pictures"]).status == 0)
        let r = try CLI.run(["map", CLI.seed.path, "--ledger", ledger.path, "--out", fromLedger.path, "--no-pictures"])
        #expect(r.status == 0, "\(r.stderr)")
        let a = Self.normalised(CLI.tree(fromText)), b = Self.normalised(CLI.tree(fromLedger))
        #expect(!a.isEmpty)
        #expect(a.keys.sorted() == b.keys.sorted())
        for key in a.keys.sorted() { #expect(a[key] == b[key], "\(key) differs between the text and its own ledger") }

        // An analyst decides the 30 December recapture was really by the other side: one cell changes.
        var text = try String(contentsOf: ledger, encoding: .utf8)
        let row = try #require(
            text.split(separator: "\n").first { $0.contains(",2012-12-30,") && $0.contains(",recapture,") })
        text = text.replacingOccurrences(
            of: String(row), with: row.replacingOccurrences(of: ",combatant2,", with: ",combatant1,"))
        try text.write(to: ledger, atomically: true, encoding: .utf8)
        let fixed = dir.appendingPathComponent("c")
        #expect(
            try CLI.run(["map", CLI.seed.path, "--ledger", ledger.path, "--out", fixed.path, "--no-pictures"]).status
                == 0)
        let c = Self.normalised(CLI.tree(fixed))
        #expect(c["days/2012-12-31.geojson"] != b["days/2012-12-31.geojson"])
        #expect(c["days/2012-12-29.geojson"] == b["days/2012-12-29.geojson"])
    }
}

@Suite("frontline resolve, the built binary")
struct ResolveCLITests {
    @Test("a link page and the article's context pick the record; JSON carries id, coordinates and why")
    func resolveInContext() throws {
        let r = try CLI.run(["resolve", "Morek", "Hasraya", "--context", CLI.seed.path, "--format", "json"])
        // Hasraya is in no source: reported unresolved (exit 1), never placed.
        #expect(r.status == 1)
        let json = try OutputJSON.parse(Data(r.stdout.utf8))
        let results = try #require(json["results"]?.array)
        #expect(results.count == 2)
        let morek = try #require(results.first { $0["query"]?.string == "Morek" })
        let record = try #require(morek["record"])
        #expect(record["id"]?.string == "166640")
        #expect(record["governorate"]?.string == "Hama")
        #expect(morek["reason"]?.string?.contains("link target") == true)
        let hasraya = try #require(results.first { $0["query"]?.string == "Hasraya" })
        #expect(hasraya["resolved"]?.bool == false)
        #expect(hasraya["record"] == nil || hasraya["record"] == .null)
        #expect(json["attribution"]?.string != nil)
    }

    @Test("text output names the winner's id and governorate")
    func text() throws {
        let r = try CLI.run(["resolve", "Kernaz"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("167739"))
        #expect(r.stdout.contains("Hama"))
    }
}

/// One resolver. Every spelling of every gold article of the development corpus, placed by the
/// map's path (the extractor's `placeOf`) and by `frontline resolve --context` (the built binary), must
/// come back as the same record, or unresolved by both.
@Suite("one resolver for map and resolve --context")
struct OneResolverTests {
    static let corpus = CLI.repository.appendingPathComponent("../shared/corpus").standardizedFileURL

    static var golds: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).filter {
            $0.hasSuffix(".gold.json")
        }.sorted()
    }

    @Test("every corpus spelling: the same record through both paths")
    func samePlaceBothWays() throws {
        guard !Self.golds.isEmpty else {
            print(
                "skipped: no development corpus at \(Self.corpus.path) (it lives beside the project, in ../shared/corpus)"
            )
            return
        }
        let data = CLI.repository
        let gazetteer = try Gazetteer.load(directory: data.appendingPathComponent("gazetteer"))
        let lexicon = try Lexicon.load(directory: data.appendingPathComponent("gazetteer/lexicons"))
        let extractor = EventExtractor(lexicon: lexicon, resolver: gazetteer)
        for name in Self.golds {
            let slug = String(name.dropLast(".gold.json".count))
            let gold = try GoldFile.read(Self.corpus.appendingPathComponent(name))
            let path = Self.corpus.appendingPathComponent(slug + ".md").path
            let article = try ArticleReader.read(file: path)
            var spellings: [String] = []
            for s in gold.places.flatMap(\.spellings) where !spellings.contains(s) { spellings.append(s) }
            let mapped = extractor.extract(article, placing: spellings).places
            let r = try CLI.run(["resolve", "--context", path, "--format", "json"] + spellings)
            let json = try OutputJSON.parse(Data(r.stdout.utf8))
            let results = try #require(json["results"]?.array, "\(slug): \(r.stderr)")
            #expect(results.count == spellings.count, "\(slug)")
            for (spelling, result) in zip(spellings, results) {
                let viaResolve = result["record"]?["id"]?.string
                let viaMap = (mapped[spelling] ?? nil)?.id
                #expect(
                    viaResolve == viaMap,
                    "\(slug): '\(spelling)' → map \(viaMap ?? "unresolved"), resolve --context \(viaResolve ?? "unresolved")"
                )
            }
        }
    }
}
