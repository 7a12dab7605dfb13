import Foundation
import Testing

@testable import FrontlineMaps

/// The fixture's outputs opened in QGIS, as people will use them (the player, which needs a real map,
/// is opened in Chromium by `RenderSeedTests`). The same scripts run against the real maps in
/// `make check-qgis`.
@Suite("Render in real clients", .serialized)
struct RenderClientTests {
    static func fixtureFolder() throws -> URL {
        let folder = try TestPaths.temporaryFolder().appendingPathComponent("fixture")
        try RenderFixture.write(to: folder)
        return folder
    }

    /// In several time zones: QGIS turns the Date fields into local date-times, so a zone far from
    /// UTC would show each period a day early or late if the project compared them wrongly.
    @Test(
        "QGIS opens the project, steps through every day and renders frames",
        .enabled(if: RenderClients.hasQgis, "needs qgis and python3-qgis"),
        arguments: ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"])
    func qgis(timeZone: String) throws {
        let folder = try Self.fixtureFolder()
        let result = try RenderClients.run(
            RenderClients.python,
            [
                RenderClients.scripts.appendingPathComponent("check_project.py").path, folder.path, "--crs",
                "EPSG:32637",
            ],
            environment: ["TZ": timeZone])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr.suffix(2000))")
        #expect(result.stdout.contains("all QGIS checks passed"))
        #expect(result.stdout.contains("every day of 8"))
        try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }
}
