import Foundation

/// The two-year synthetic war (`synthetic_war.py --places 2000 --days 730 --changes 10000 --seed 1`)
/// mapped with the defaults — a picture per day, the player and its data — and again with `--video`:
/// what a user mapping a whole war meets, and what the design must keep bounded.
enum WarBench {
    static func twoYears(binary: String, repository: URL) throws -> [BenchFigure] {
        let generator = repository.deletingLastPathComponent().appendingPathComponent("shared/bench/synthetic_war.py")
        guard FileManager.default.fileExists(atPath: generator.path) else {
            throw BenchError(
                "\(generator.path) not found: the two-year war needs ../shared/bench beside the repository")
        }
        let work = repository.appendingPathComponent(".bench/two-year")
        let ledger = work.appendingPathComponent("ledger.csv"), article = work.appendingPathComponent("article.md")
        if !FileManager.default.fileExists(atPath: ledger.path) {
            let gen = try ProcessProbe.run(
                "/usr/bin/env",
                [
                    "python3", generator.path, "--places", "2000", "--days", "730", "--changes", "10000",
                    "--seed", "1", "--out", work.path,
                ])
            guard gen.status == 0 else { throw BenchError("synthetic_war.py failed: \(gen.stderr)") }
        }
        let out = work.appendingPathComponent("maps")
        try? FileManager.default.removeItem(at: out)
        let p = try ProcessProbe.run(binary, ["map", article.path, "--ledger", ledger.path, "--out", out.path])
        guard p.status == 0 else {
            throw BenchError("frontline map on the two-year war failed: \(p.stderr.suffix(2000))")
        }
        let page = Double(fileSize(out.appendingPathComponent("player.html"))) / 1000
        let data = Double(fileSize(out.appendingPathComponent("player-data.js"))) / 1_000_000
        var figures = [
            BenchFigure(
                name: "two-year war (2k places, 730 days), defaults", value: p.seconds, unit: "s", target: 10,
                higherIsBetter: false),
            BenchFigure(
                name: "two-year war peak resident memory", value: p.peakMegabytes, unit: "MB", target: 300,
                higherIsBetter: false),
            BenchFigure(name: "two-year war player.html", value: page, unit: "KB", target: 1000, higherIsBetter: false),
            BenchFigure(
                name: "two-year war player-data.js", value: data, unit: "MB", target: 20, higherIsBetter: false),
        ]
        let helper = URL(fileURLWithPath: binary).deletingLastPathComponent().appendingPathComponent("frontline-video")
        guard FileManager.default.isExecutableFile(atPath: helper.path) else {
            throw BenchError(
                "\(helper.path) not built (swift build -c release --product frontline-video); the --video rows are missing"
            )
        }
        let video = work.appendingPathComponent("war.mp4")
        try? FileManager.default.removeItem(at: out)
        let v = try ProcessProbe.run(
            binary, ["map", article.path, "--ledger", ledger.path, "--out", out.path, "--video", video.path])
        guard v.status == 0 else {
            throw BenchError("frontline map --video on the two-year war failed: \(v.stderr.suffix(2000))")
        }
        figures += [
            BenchFigure(
                name: "two-year war with --video (730 frames)", value: v.seconds, unit: "s", target: 180,
                higherIsBetter: false),
            // wait4's peak is the largest of the process and the children it waited for: here ffmpeg
            // (libx264's look-ahead at 1280 px), not frontline (~140 MB) or the rasteriser (~70 MB).
            BenchFigure(
                name: "two-year war --video peak memory (largest process)", value: v.peakMegabytes, unit: "MB",
                target: 500, higherIsBetter: false),
        ]
        return figures
    }

    static func fileSize(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
