import Foundation

/// `make bench`: every benchmark of the project, in release mode, printed as one table of figure,
/// target and ratio (> 1 met, < 1 missed). Never part of the test suite: timings belong here.
let repository = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
    "frontline"
).path
let only = Set(CommandLine.arguments.dropFirst())

var figures: [BenchFigure] = []
var failures: [String] = []
@MainActor func section(_ name: String, _ body: () throws -> [BenchFigure]) {
    guard only.isEmpty || only.contains(name) else { return }
    do { figures += try body() } catch { failures.append("\(name): \(error)") }
}

// Whole-process runs first: Linux children inherit the parent's peak-RSS mark through fork, so the
// children's memory figures are only true while this process is still small.
section("e2e") { try EndToEndBench.seed(binary: binary, repository: repository) }
section("synthetic") { try EndToEndBench.synthetic(binary: binary, repository: repository) }
section("two-year") { try WarBench.twoYears(binary: binary, repository: repository) }
// Then in process, gazetteer first: its peak-memory figure is this process's VmHWM.
let data = repository.appendingPathComponent("gazetteer")
section("gazetteer") { try gazetteerBenchmarks(directory: data) }
section("extraction") {
    try extractionBenchmarks(
        article: repository.appendingPathComponent("articles/2012_Hama_offensive.md"), dataDirectory: data)
}
section("stages") { try seedStageBenchmarks(repository: repository) }
section("geometry") { try geometryBenchmarks(repository: repository) }

func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
    s.count >= n
        ? s : (left ? String(repeating: " ", count: n - s.count) + s : s + String(repeating: " ", count: n - s.count))
}
func show(_ v: Double) -> String {
    v >= 1000 ? String(Int(v.rounded())) : v >= 10 ? String(format: "%.1f", v) : String(format: "%.3f", v)
}
print(
    pad("figure", 52) + pad("value", 12, left: true) + "  " + pad("unit", 5) + pad("target", 12, left: true)
        + pad("ratio", 8, left: true) + "  met")
for f in figures {
    print(
        pad(f.name, 52) + pad(show(f.value), 12, left: true) + "  " + pad(f.unit, 5)
            + pad((f.higherIsBetter ? "≥ " : "≤ ") + show(f.target), 12, left: true)
            + pad(String(format: "%.2f", f.ratio), 8, left: true) + "  " + (f.ratio >= 1 ? "yes" : "NO"))
}
for failure in failures { print("not measured: \(failure)") }
if !failures.isEmpty { exit(1) }
