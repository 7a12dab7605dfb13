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
    let (seedMilliseconds, ledger) = seedExtraction(extractor, seed)
    let (copies, bodyBytes, best) = try longExtraction(extractor, article: article, seedEvents: ledger.events.count)
    let rows = ledgerRows(from: ledger, count: 75_000)
    let (readSeconds, writeSeconds) = try ledgerCSVTimes(Ledger(title: "bench", sides: ledger.sides, events: rows))

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

/// The seed: the best of 41 runs after a warm-up (the minimum is what the code costs; the rest is
/// other processes on a shared machine).
private func seedExtraction(_ extractor: EventExtractor, _ seed: Article) -> (milliseconds: Double, ledger: Ledger) {
    _ = extractor.extract(seed)
    var times: [Double] = []
    var ledger = Ledger(title: "", sides: [], events: [])
    for _ in 0..<41 {
        let t0 = DispatchTime.now().uptimeNanoseconds
        ledger = extractor.extract(seed).ledger
        times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
    }
    return (times.min()!, ledger)
}

/// A long article, at least 1 MB of body text: copies of the seed's body, each moved two years on, so
/// throughput is measured on text that keeps making events (best of 3).
private func longExtraction(_ extractor: EventExtractor, article: URL, seedEvents: Int) throws -> (
    copies: Int, bodyBytes: Double, seconds: Double
) {
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
    guard longEvents >= seedEvents * copies / 2 else {
        throw BenchError("the long article gave \(longEvents) events for \(copies) copies of the seed's \(seedEvents)")
    }
    return (copies, bodyBytes, best)
}

/// Ledger rows for the CSV figures: the synthetic war's size, made from the seed's events.
private func ledgerRows(from ledger: Ledger, count: Int) -> [Event] {
    var rows: [Event] = []
    rows.reserveCapacity(count)
    while rows.count < count {
        for var e in ledger.events where rows.count < count {
            e.id = "EV-" + String(rows.count + 1)
            rows.append(e)
        }
    }
    return rows
}

/// The best of 3 writes and reads of `big` as ledger CSV, in seconds; a read that loses rows fails.
private func ledgerCSVTimes(_ big: Ledger) throws -> (read: Double, write: Double) {
    var writeSeconds = Double.infinity, readSeconds = Double.infinity
    for _ in 0..<3 {
        var t0 = DispatchTime.now().uptimeNanoseconds
        let csv = LedgerCSV.write(big)
        writeSeconds = min(writeSeconds, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        let data = Data(csv.utf8)
        t0 = DispatchTime.now().uptimeNanoseconds
        let back = try LedgerCSV.read(data: data, file: "bench.csv")
        readSeconds = min(readSeconds, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        guard back.events.count == big.events.count else {
            throw BenchError("ledger CSV read \(back.events.count) of \(big.events.count) rows")
        }
    }
    return (readSeconds, writeSeconds)
}
