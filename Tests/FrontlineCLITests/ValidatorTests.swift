import Foundation
import Testing

/// Every GeoJSON file `frontline` writes goes through an independent validator (geojson-validator
/// from PyPI, plus a strict JSON parse that refuses NaN/Infinity). `make test` installs it; without it
/// the suite is skipped, saying so — except in CI, where a missing validator must fail, not hide.
@Suite(
    "Independent RFC 7946 validation",
    .enabled(
        if: Validator.available || Validator.inCI,
        "needs python3 with geojson-validator (make pip-deps)"))
struct ValidatorTests {
    static let script = CLI.repository.appendingPathComponent("Tests/validate/validate_geojson.py")

    static func validate(_ paths: [String]) throws -> CLI.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + paths
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Output(status: process.terminationStatus, stdoutData: data, stderr: "")
    }

    @Test("the validator itself catches clockwise rings, NaN and a crs member")
    func validatorWorks() throws {
        let dir = try CLI.temporaryFolder()
        let bad = [
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}}]}",
            "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[NaN,1]}}]}",
            "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4326\"}},\"features\":[]}",
        ]
        for (i, text) in bad.enumerated() {
            let f = dir.appendingPathComponent("bad\(i).geojson")
            try Data(text.utf8).write(to: f)
            let r = try Self.validate([f.path])
            #expect(r.status == 1, "validator accepted \(text): \(r.stdout)")
        }
    }

    @Test("every file of a map run passes")
    func mapOutputIsValid() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["map", CLI.seed.path, "--out", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let r = try Self.validate([out.path])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(r.stdout.contains("checked") && !r.stdout.contains("checked 0 files"))
    }
}

/// Whether the validator can run here, and whether this is CI (where it must).
enum Validator {
    static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// Whether `python3 -c "import geojson_validator"` succeeds.
    static let available: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import geojson_validator"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
}
