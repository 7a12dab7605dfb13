import Foundation
import Testing

/// The committed gazetteer files are exactly what `gazetteer/build.py` makes from the shared sources:
/// rebuilt into a temporary folder and compared byte for byte. Runs only where the sources are
/// (`../shared/gazetteer-sources/` beside the repository); elsewhere the committed files are the data.
@Suite struct GazetteerDataFreshnessTests {
    static let repository = GazetteerFixture.directory.deletingLastPathComponent()
    static let sources = repository.deletingLastPathComponent().appendingPathComponent("shared/gazetteer-sources")
    static let sourcesPresent = FileManager.default.fileExists(
        atPath: sources.appendingPathComponent("whosonfirst-admin-sy-places.tsv").path)

    @Test(.enabled(if: sourcesPresent, "the raw sources are not beside the repository"))
    func committedFilesMatchARebuild() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gazetteer-rebuild-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Self.repository.appendingPathComponent("gazetteer/build.py").path,
            "--sources", Self.sources.path, "--out", out.path,
        ]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "gazetteer/build.py failed")
        for file in ["places.tsv", "boundaries.geojson"] {
            let committed = try Data(contentsOf: GazetteerFixture.directory.appendingPathComponent(file))
            let rebuilt = try Data(contentsOf: out.appendingPathComponent(file))
            #expect(committed == rebuilt, "gazetteer/\(file) is stale: run `make gazetteer` and commit the result")
        }
    }
}
