import Foundation
import Testing

/// The last trust promises, on the built binary: what `events` writes `map --ledger` reads, streams
/// are inputs, nothing about a bad row is silent, PROJ's complaints name the row, and a large GeoNames
/// file costs memory in proportion to its size.
@Suite("Trust: round trips, streams, named rows", .serialized)
struct TrustRoundTwoTests {
    static func bash(_ script: String) throws -> CLI.Output {
        try CLI.run(tool: URL(fileURLWithPath: "/bin/bash"), ["-c", script])
    }

    static var binary: String { "'\(CLI.binary.path)'" }

    @Test("the ledger events writes for the seed is one map --ledger reads, and maps like the article")
    func roundTrip() throws {
        let dir = try CLI.temporaryFolder()
        let ledger = dir.appendingPathComponent("ledger.csv")
        let events = try CLI.run(["events", CLI.seed.path, "--out", ledger.path])
        #expect(events.status == 0, "\(events.stderr)")
        let out = dir.appendingPathComponent("out")
        let map = try CLI.run(["map", CLI.seed.path, "--ledger", ledger.path, "--out", out.path])
        #expect(map.status == 0, "\(map.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("timeline-places.geojson").path))
    }

    @Test("the article and --ledger read from /dev/stdin, a pipe, process substitution and a FIFO")
    func streams() throws {
        let dir = try CLI.temporaryFolder()
        let direct = try CLI.run(["events", CLI.seed.path])
        #expect(direct.status == 0 && direct.stdout.hasPrefix("event_id,"), "\(direct.stderr)")
        let seed = "'\(CLI.seed.path)'"
        let fifo = dir.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        for (name, script) in [
            ("redirected /dev/stdin", "\(Self.binary) events /dev/stdin < \(seed)"),
            ("piped /dev/stdin", "cat \(seed) | \(Self.binary) events /dev/stdin"),
            ("process substitution", "\(Self.binary) events <(cat \(seed))"),
            ("FIFO", "cat \(seed) > '\(fifo)' & \(Self.binary) events '\(fifo)'; s=$?; wait; exit $s"),
        ] {
            let r = try Self.bash(script)
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(!r.stderr.contains("permission"), "\(name): \(r.stderr)")
            // The file name differs (/dev/stdin, /dev/fd/63); the events do not.
            #expect(r.stdout == direct.stdout, "\(name): other events than from the file")
        }
        let ledger = dir.appendingPathComponent("ledger.csv")
        try Data(direct.stdout.utf8).write(to: ledger)
        for (name, script) in [
            (
                "--ledger /dev/stdin",
                "\(Self.binary) map \(seed) --ledger /dev/stdin --out '\(dir.path)/a' < '\(ledger.path)'"
            ),
            ("--ledger <(…)", "\(Self.binary) map \(seed) --ledger <(cat '\(ledger.path)') --out '\(dir.path)/b'"),
        ] {
            let r = try Self.bash(script)
            #expect(r.status == 0, "\(name): \(r.stderr)")
        }
        // A --lexicon streamed too.
        let lexicon = try Self.bash("\(Self.binary) events \(seed) --lexicon <(printf 'verbs: []\\n')")
        #expect(lexicon.status == 0 && lexicon.stdout == direct.stdout, "--lexicon <(…): \(lexicon.stderr)")
        let a = CLI.tree(dir.appendingPathComponent("a")), b = CLI.tree(dir.appendingPathComponent("b"))
        #expect(!a.isEmpty && a == b, "the two streamed ledgers gave different maps")
        // A missing file is still a clear message, not a permission riddle.
        let missing = try CLI.run(["events", dir.appendingPathComponent("nope.md").path])
        #expect(
            missing.status == 1 && missing.stderr.contains("nope.md:1:1: error: cannot read the article: no such file"),
            "\(missing.stderr)")
    }

    @Test("an unknown place_id without coordinates is warned about and listed in unresolved-places.csv")
    func unknownPlaceID() throws {
        let dir = try CLI.temporaryFolder()
        let ledger = dir.appendingPathComponent("l.csv")
        let csv =
            BadInputTests.ledgerHeader + BadInputTests.ledgerRow("E1", "2013-03-02", "capture", "combatant1")
            + BadInputTests.ledgerRow("E2", "2013-03-05", "capture", "combatant2").replacingOccurrences(
                of: "168536,35.373,36.601", with: "999999999,,")
        try Data(csv.utf8).write(to: ledger)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["map", CLI.seed.path, "--ledger", ledger.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\(ledger.path):3:1: warning: place_id '999999999' of E2"), "\(r.stderr)")
        let report = try String(contentsOf: out.appendingPathComponent("unresolved-places.csv"), encoding: .utf8)
        #expect(report.split(separator: "\n").contains { $0.hasPrefix("Kafr Zita,E2,3,") }, "\(report)")
    }

    @Test("PROJ's refusal names the ledger file, the row and the place_id")
    func projNamesTheRow() throws {
        let dir = try CLI.temporaryFolder()
        let ledger = dir.appendingPathComponent("l.csv")
        let csv =
            BadInputTests.ledgerHeader + BadInputTests.ledgerRow("E1", "2013-03-02", "capture", "combatant1")
            + BadInputTests.ledgerRow("E2", "2013-03-05", "capture", "combatant2").replacingOccurrences(
                of: "168536,35.373,36.601", with: "X1,0,-170")
        try Data(csv.utf8).write(to: ledger)
        let out = dir.appendingPathComponent("out")
        let r = try CLI.run(["map", CLI.seed.path, "--ledger", ledger.path, "--out", out.path, "--crs", "EPSG:2100"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("place_id X1, latitude 0.0, longitude -170.0, \(ledger.path):3:1"), "\(r.stderr)")
        #expect(
            r.stderr.components(separatedBy: "Point outside of projection domain").count == 2,
            "PROJ's message repeated: \(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a GeoNames dump given with --gazetteer takes memory a small multiple of its size")
    func geoNamesMemory() throws {
        let dir = try CLI.temporaryFolder()
        let dump = dir.appendingPathComponent("XX.txt")
        // 100,000 rows (about 12 MB), each with a few alternate names, as download.geonames.org has them.
        var rng = SystemRandomNumberGenerator()
        let syllables = [
            "al", "ha", "ma", "kaf", "ra", "zi", "ta", "mo", "rek", "sha", "dar", "bin", "tal", "jab", "qa", "sur",
        ]
        func name() -> String {
            (0..<Int.random(in: 2...4, using: &rng)).map { _ in syllables.randomElement(using: &rng)! }.joined()
                .capitalized
        }
        var text = ""
        text.reserveCapacity(13_000_000)
        for i in 0..<100_000 {
            let n = name()
            let alternates = (0..<Int.random(in: 0...5, using: &rng)).map { _ in name() }.joined(separator: ",")
            text +=
                "\(100_000 + i)\t\(n)\t\(n)\t\(alternates)\t\(Double.random(in: 32...37, using: &rng))\t\(Double.random(in: 35...42, using: &rng))\tP\tPPL\tSY\t\t\(String(format: "%02d", i % 14 + 1))\t\t\t\t\(i % 5000)\t\t\(i % 900)\tAsia/Damascus\t2012-01-18\n"
        }
        try Data(text.utf8).write(to: dump)
        let size = Double(text.utf8.count)
        func peak(_ extra: [String]) throws -> Double {
            // python3 is there (the validator tests need it); /usr/bin/time may not be.
            let script =
                "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
            let r = try Self.bash("python3 -c '\(script)' \(Self.binary) resolve Hama " + extra.joined(separator: " "))
            return (Double(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? .infinity) * 1024
        }
        let base = try peak([])
        let loaded = try peak(["--gazetteer", "'\(dump.path)'"])
        // The bytes are held once (not as Data, array and a copy with a NUL), plus records and names.
        #expect(
            loaded - base < 8 * size, "\(Int((loaded - base) / 1_048_576)) MB for a \(Int(size / 1_048_576)) MB file")
    }
}
