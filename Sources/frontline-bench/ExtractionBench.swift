import Foundation
import FrontlineMaps

/// Event extraction and the ledger CSV, in process (the gazetteer loaded once, outside the timings):
/// the seed's extraction time, extraction throughput on a long article, and ledger read/write rates.
///
/// The long article is built at run time from the seed: its body repeated with every year shifted
/// by the copy's number, so dates keep moving forward as in a real chronicle.
func extractionBenchmarks(article: URL, dataDirectory: URL) throws -> [BenchFigure] {
    let gazetteer = try Gazetteer.load(directory: dataDirectory)
    let lexicon = try Lexicon.load(directory: dataDirectory.appendingPathComponent("lexicons"))
    let extractor = EventExtractor(lexicon: lexicon, resolver: gazetteer)
    let seed = try ArticleReader.read(file: article.path)

    // Seed: the best of 41 runs after a warm-up (the minimum is what the code costs; the rest is
    // other processes on a shared machine).
    _ = extractor.extract(seed)
    var times: [Double] = []
    var ledger = Ledger(title: "", sides: [], events: [])
    for _ in 0..<41 {
        let t0 = DispatchTime.now().uptimeNanoseconds
        ledger = extractor.extract(seed).ledger
        times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
    }
    times.sort()
    let seedMilliseconds = times[0]

    // Long article: ≥ 1 MB of body text.
    let text = try String(contentsOf: article, encoding: .utf8)
    let parts = text.components(separatedBy: "\n---\n")
    var front = parts[0] + "\n---\n"
    let body = parts.dropFirst().joined(separator: "\n---\n")
    var long = ""
    var copies = 0
    while long.utf8.count < 1_200_000 {
        long +=
            "\n"
            + body.replacingOccurrences(of: "2013", with: String(2013 + 2 * copies + 1))
            .replacingOccurrences(of: "2012", with: String(2012 + 2 * copies + 1)) + "\n"
        copies += 1
    }
    // The infobox spans every copy's years, as a long war's would (events far from it are background).
    front = front.replacingOccurrences(
        of: "text: 16–31 December 2012", with: "text: 16 December 2013 – 31 December \(2014 + 2 * copies)")
    long = front + long
    let longArticle = try ArticleReader.parse(data: Data(long.utf8), file: "long.md")
    let bodyBytes = Double(longArticle.sentences.reduce(0) { $0 + $1.text.utf8.count })
    var best = Double.infinity
    var longEvents = 0
    for _ in 0..<3 {
        let t0 = DispatchTime.now().uptimeNanoseconds
        longEvents = extractor.extract(longArticle).ledger.events.count
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
    }
    guard longEvents >= ledger.events.count * copies / 2 else {
        throw BenchError(
            "the long article gave \(longEvents) events for \(copies) copies of the seed's \(ledger.events.count)")
    }

    // Ledger CSV: 75,000 rows (the synthetic war's size) made from the seed's events.
    var rows: [Event] = []
    rows.reserveCapacity(75_000)
    while rows.count < 75_000 {
        for var e in ledger.events where rows.count < 75_000 {
            e.id = "EV-" + String(rows.count + 1)
            rows.append(e)
        }
    }
    let big = Ledger(title: "bench", sides: ledger.sides, events: rows)
    var writeSeconds = Double.infinity, readSeconds = Double.infinity
    for _ in 0..<3 {
        var t0 = DispatchTime.now().uptimeNanoseconds
        let csv = LedgerCSV.write(big)
        writeSeconds = min(writeSeconds, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        let data = Data(csv.utf8)
        t0 = DispatchTime.now().uptimeNanoseconds
        let back = try LedgerCSV.read(data: data, file: "bench.csv")
        readSeconds = min(readSeconds, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        guard back.events.count == rows.count else {
            throw BenchError("ledger CSV read \(back.events.count) of \(rows.count) rows")
        }
    }

    return [
        BenchFigure(
            name: "events: seed extraction (best of 41)", value: seedMilliseconds, unit: "ms", target: 10,
            higherIsBetter: false),
        BenchFigure(
            name: "events: extraction throughput (\(copies)× seed body)", value: bodyBytes / 1e6 / best, unit: "MB/s",
            target: 1, higherIsBetter: true),
        BenchFigure(
            name: "events: ledger CSV read (75,000 rows, best of 3)", value: Double(rows.count) / readSeconds,
            unit: "row/s", target: 300_000, higherIsBetter: true),
        BenchFigure(
            name: "events: ledger CSV write (75,000 rows, best of 3)", value: Double(rows.count) / writeSeconds,
            unit: "row/s", target: 300_000, higherIsBetter: true),
    ]
}
