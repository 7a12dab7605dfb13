import Foundation
import FrontlineMaps

/// `make eval`: the real pipeline on every article of the development corpus (`../shared/corpus/`),
/// scored against its gold files, and on the real articles of `corpus/real/` (no gold: run time,
/// events, control coverage, unresolved names, warnings). One table; with `--floors FILE` the run fails
/// when an overall figure falls below the floor kept in the repository.
///
/// Arguments: `[--corpus DIR] [--floors FILE] [--verbose]`.
let arguments = Array(CommandLine.arguments.dropFirst())
func value(_ flag: String) -> String? {
    guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}
let verbose = arguments.contains("--verbose")
let repository = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let corpus = URL(
    fileURLWithPath: value("--corpus") ?? repository.appendingPathComponent("../shared/corpus").standardized.path)
let fm = FileManager.default

guard fm.fileExists(atPath: corpus.path) else {
    print(
        "eval: no corpus at \(corpus.path); skipped (the development corpus lives beside the project, in ../shared/corpus)"
    )
    exit(0)
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("eval: \(message)\n".utf8))
    exit(1)
}

let data: URL
let gazetteer: Gazetteer
let extractor: EventExtractor
do {
    data = try DataDirectory.locate()
    gazetteer = try Gazetteer.load(directory: data)
    extractor = EventExtractor(
        lexicon: try Lexicon.load(directory: data.appendingPathComponent("lexicons")), resolver: gazetteer)
} catch {
    fail("\(error)")
}

func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
    s.count >= n
        ? s : (left ? String(repeating: " ", count: n - s.count) + s : s + String(repeating: " ", count: n - s.count))
}
func cell(_ t: ArticleScore.Tally) -> String { "\(t.right)/\(t.total) \(String(format: "%5.1f%%", t.share * 100))" }
func options(for article: Article, slug: String) -> MapOptions {
    MapOptions(articlePlace: article.field("place")?.text, slug: slug, pictures: false)
}

// MARK: - Gold articles

let golds = ((try? fm.contentsOfDirectory(atPath: corpus.path)) ?? []).filter { $0.hasSuffix(".gold.json") }.sorted()
var scores: [ArticleScore] = []
for name in golds {
    let slug = String(name.dropLast(".gold.json".count))
    do {
        let gold = try GoldFile.read(corpus.appendingPathComponent(name))
        let article = try ArticleReader.read(file: corpus.appendingPathComponent(slug + ".md").path)
        let names = gold.places.flatMap(\.spellings)
        let (ledger, _, placed) = extractor.extract(article, placing: names)
        let (timeline, _) = MapPipeline.timeline(
            ledger: ledger, resolver: gazetteer, options: options(for: article, slug: slug))
        let unresolved = MapPipeline.unresolvedTimeline(ledger: ledger, resolver: gazetteer)
        scores.append(
            ArticleScore.score(gold: gold, ledger: ledger, timeline: timeline, unresolved: unresolved, placed: placed))
    } catch {
        fail("\(slug): \(error)")
    }
}

print("Development corpus (\(corpus.path)): \(golds.count) articles with gold")
print(
    pad("article", 36) + pad("places right", 18, left: true) + pad("events found", 18, left: true)
        + pad("checkpoints right", 20, left: true) + pad("unmatched", 11, left: true))
var names = ArticleScore.Tally(), events = ArticleScore.Tally(), checkpoints = ArticleScore.Tally()
var unmatched = 0, extracted = 0
for s in scores {
    print(
        pad(s.article.replacingOccurrences(of: ".md", with: ""), 36) + pad(cell(s.names), 18, left: true)
            + pad(cell(s.events), 18, left: true)
            + pad(cell(s.checkpoints), 20, left: true) + pad("\(s.unmatched.count)/\(s.extracted)", 11, left: true))
    names = names + s.names
    events = events + s.events
    checkpoints = checkpoints + s.checkpoints
    unmatched += s.unmatched.count
    extracted += s.extracted
}
print(
    pad("overall", 36) + pad(cell(names), 18, left: true) + pad(cell(events), 18, left: true)
        + pad(cell(checkpoints), 20, left: true)
        + pad("\(unmatched)/\(extracted)", 11, left: true))
if verbose {
    for s in scores {
        print("\n## \(s.article)")
        for line in s.wrongNames { print("  place     \(line)") }
        for line in s.missedEvents { print("  missed    \(line)") }
        for line in s.wrongCheckpoints { print("  control   \(line)") }
        for line in s.unmatched { print("  unmatched \(line)") }
    }
}

// MARK: - Real articles (no gold)

let realFolder = corpus.appendingPathComponent("real")
let reals = ((try? fm.contentsOfDirectory(atPath: realFolder.path)) ?? []).filter {
    $0.hasSuffix(".md") && $0 != "README.md"
}.sorted()
var coverage = ControlCoverage()
var failures: [String] = []
if !reals.isEmpty {
    print("\nReal articles (\(realFolder.path)): \(reals.count), no gold")
    print(
        pad("article", 58) + pad("ms", 7, left: true) + pad("events", 8, left: true)
            + pad("control sentences sided+placed", 34, left: true)
            + pad("unresolved", 12, left: true) + pad("warnings", 10, left: true))
}
for name in reals {
    let slug = String(name.dropLast(3))
    let start = DispatchTime.now().uptimeNanoseconds
    do {
        let article = try ArticleReader.read(file: realFolder.appendingPathComponent(name).path)
        let (ledger, diagnostics, repeats) = extractor.extractReportingRepeats(article)
        var mapDiagnostics: [Diagnostic] = []
        if !ledger.events.isEmpty {
            mapDiagnostics = try MapPipeline.build(
                ledger: ledger, resolver: gazetteer, options: options(for: article, slug: slug)
            ) { _, _ in }.diagnostics
        }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let c = extractor.controlCoverage(of: article, ledger: ledger, repeats: repeats)
        coverage.sentences += c.sentences
        coverage.covered += c.covered
        let unresolved = Set(ledger.events.filter { $0.placeID == nil }.map(\.placeName)).count
        let warnings = (diagnostics + mapDiagnostics).filter { $0.severity == .warning }.count
        print(
            pad(slug, 58) + pad(String(Int(ms.rounded())), 7, left: true)
                + pad(String(ledger.events.count), 8, left: true)
                + pad("\(c.covered)/\(c.sentences) \(String(format: "%5.1f%%", c.share * 100))", 34, left: true)
                + pad(String(unresolved), 12, left: true) + pad(String(warnings), 10, left: true))
        if verbose {
            let drafted = Dictionary(grouping: ledger.events, by: \.sourceOffset)
            for s in c.missed {
                print("    missed: \(s.text.prefix(240))")
                for e in drafted[s.offset] ?? [] {
                    print(
                        "      drafted \(e.type.rawValue) side=\(e.side.map(String.init) ?? "-") \(e.placeRole.rawValue) '\(e.placeName)' \(e.placeID == nil ? "unresolved" : "placed")"
                    )
                }
            }
        }
    } catch {
        failures.append("\(slug): \(error)")
        print(pad(slug, 58) + "  FAILED: \(error)")
    }
}
if !reals.isEmpty {
    print(
        pad("overall", 58) + pad("", 7) + pad("", 8)
            + pad(
                "\(coverage.covered)/\(coverage.sentences) \(String(format: "%5.1f%%", coverage.share * 100))", 34,
                left: true))
}

// MARK: - Floors

var below: [String] = failures.map { "real article failed: \($0)" }
if let floorsPath = value("--floors") {
    guard let text = try? String(contentsOfFile: floorsPath, encoding: .utf8) else {
        fail("cannot read the floors file \(floorsPath)")
    }
    let figures: [String: Double] = [
        "places": names.share, "events": events.share, "checkpoints": checkpoints.share,
        "coverage": coverage.share,
    ]
    for (n, line) in text.split(separator: "\n").enumerated() {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        guard let first = words.first, !first.hasPrefix("#") else { continue }
        guard words.count == 2, let floor = Double(words[1]), let figure = figures[String(first)] else {
            fail("\(floorsPath):\(n + 1):1: expected `<places|events|checkpoints|coverage> <share 0…1>`")
        }
        if figure + 1e-9 < floor {
            below.append("\(first) \(String(format: "%.3f", figure)) is below its floor \(floor) (\(floorsPath))")
        }
    }
}
for b in below { FileHandle.standardError.write(Data("eval: \(b)\n".utf8)) }
exit(below.isEmpty ? 0 : 1)
