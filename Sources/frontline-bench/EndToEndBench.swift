import Foundation

/// The whole `frontline map` process on the seed and on the synthetic war, as a user runs it.
enum EndToEndBench {
    /// Seed: release binary, gazetteer load, extraction, geometry, every file written. Best of 5.
    static func seed(binary: String, repository: URL) throws -> [BenchFigure] {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-bench-seed")
        try? FileManager.default.removeItem(at: out)
        var best: ProcessProbe?
        for _ in 0..<5 {
            let p = try ProcessProbe.run(
                binary,
                ["map", repository.appendingPathComponent("articles/2012_Hama_offensive.md").path, "--out", out.path])
            guard p.status == 0 else { throw BenchError("frontline map on the seed failed: \(p.stderr)") }
            if best == nil || p.seconds < best!.seconds { best = p }
        }
        return [
            BenchFigure(
                name: "seed end to end (whole process)", value: best!.seconds, unit: "s", target: 0.3,
                higherIsBetter: false),
            BenchFigure(
                name: "seed peak resident memory", value: best!.peakMegabytes, unit: "MB", target: 150,
                higherIsBetter: false),
        ]
    }

    /// The synthetic war of `shared/bench/synthetic_war.py` with its defaults, through `--ledger`,
    /// writing the timeline files and 100 evenly spaced snapshots.
    static func synthetic(binary: String, repository: URL) throws -> [BenchFigure] {
        let generator = repository.deletingLastPathComponent().appendingPathComponent("shared/bench/synthetic_war.py")
        guard FileManager.default.fileExists(atPath: generator.path) else {
            throw BenchError(
                "\(generator.path) not found: the synthetic case needs ../shared/bench beside the repository")
        }
        let work = repository.appendingPathComponent(".bench/synthetic")
        let ledger = work.appendingPathComponent("ledger.csv")
        if !FileManager.default.fileExists(atPath: ledger.path) {
            let gen = try ProcessProbe.run("/usr/bin/env", ["python3", generator.path, "--out", work.path])
            guard gen.status == 0 else { throw BenchError("synthetic_war.py failed: \(gen.stderr)") }
        }
        let out = work.appendingPathComponent("maps")
        try? FileManager.default.removeItem(at: out)
        let p = try ProcessProbe.run(
            binary,
            [
                "map", work.appendingPathComponent("article.md").path, "--ledger", ledger.path, "--out", out.path,
                "--snapshots", "100",
            ])
        guard p.status == 0 else {
            throw BenchError("frontline map on the synthetic war failed: \(p.stderr.suffix(2000))")
        }
        return [
            BenchFigure(
                name: "synthetic war (10k places, 3,650 days) end to end", value: p.seconds, unit: "s", target: 12,
                higherIsBetter: false),
            BenchFigure(
                name: "synthetic war peak resident memory", value: p.peakMegabytes, unit: "MB", target: 500,
                higherIsBetter: false),
        ]
    }
}
