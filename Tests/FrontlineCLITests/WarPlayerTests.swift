import Foundation
import Testing

/// A war longer than an article's, made by `../shared/bench/synthetic_war.py`, mapped by the built
/// binary and played in headless Chromium by `Tests/qgis/check_player.py`: the page reaches the last
/// day, and sampled towns on sampled days are drawn in the side their day files give. (`make
/// check-war` does the same on the full two-year war with the release binary.)
@Suite("A long war's player, the built binary in Chromium", .serialized)
struct WarPlayerTests {
    static let generator = CLI.repository.appendingPathComponent("../shared/bench/synthetic_war.py").standardizedFileURL
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let ready = chromium != nil && FileManager.default.fileExists(atPath: generator.path)

    @Test(
        "a 300-place, 400-day war: small page, every day reachable, towns as the day files say",
        .enabled(if: ready, "needs chromium and ../shared/bench/synthetic_war.py"))
    func longWar() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let war = folder.appendingPathComponent("war"), out = folder.appendingPathComponent("maps")
        let gen = try VideoTests.run(
            VideoTests.env,
            [
                "python3", Self.generator.path, "--places", "300", "--days", "400", "--changes", "1500",
                "--seed", "1", "--out", war.path,
            ])
        #expect(gen.status == 0, "\(gen.stderr)")
        let r = try CLI.run([
            "map", war.appendingPathComponent("article.md").path, "--ledger",
            war.appendingPathComponent("ledger.csv").path,
            "--out", out.path, "--pictures", "monthly",
        ])
        #expect(r.status == 0, "\(r.stderr.suffix(2000))")
        let page =
            try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("player.html").path)[.size]
            as? Int ?? 0
        #expect(page > 0 && page < 100_000, "player.html is \(page) bytes")
        let pictures = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("svg").path).count
        #expect(pictures >= 13 && pictures <= 15, "monthly pictures over 400 days: \(pictures)")
        let check = try VideoTests.run(
            URL(fileURLWithPath: "/usr/bin/python3"),
            [
                CLI.repository.appendingPathComponent("Tests/qgis/check_player.py").path, out.path, "--chromium",
                Self.chromium!, "--sample", "8", "--min-coloured", "2",
                "--screenshot", folder.appendingPathComponent("player.png").path,
            ])
        let said = check.stdout
        #expect(check.status == 0, "\(said)\n\(check.stderr.suffix(2000))")
        #expect(
            said.contains("9 sampled town-days are drawn in their day file's side")
                && said.contains("the page reaches the last day"))
    }
}
