import Foundation
import FrontlineMaps

/// The map stages alone (timeline, cells, territories, fronts, every file serialized), in process, on
/// the synthetic war's ledger; and the same work against a recompute-everything-each-day run of a
/// smaller case, to show what incremental labels buy.
enum GeometryBench {
    /// Reads the synthetic war's `ledger.csv` into a ledger with its two sides, leniently (a row it cannot
    /// use is skipped, as the generator's rows need no checking).
    static func readLedger(_ url: URL) throws -> Ledger {
        let text = try String(contentsOf: url, encoding: .utf8)
        let rows = try DelimitedTextReader.rows(of: text, dialect: .csv, file: url.path)
        guard let header = rows.first else { throw BenchError("empty ledger") }
        let col = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        func v(_ r: [String], _ k: String) -> String { col[k].map { r[$0] } ?? "" }
        var events: [Event] = []
        for r in rows.dropFirst() where r.count == header.count {
            guard let day = Day(iso: v(r, "event_date")), let type = EventType(rawValue: v(r, "event_type")) else {
                continue
            }
            let side = Int(v(r, "side").replacingOccurrences(of: "combatant", with: ""))
            let precision = EventDate.Precision(rawValue: v(r, "date_precision")) ?? .day
            events.append(
                Event(
                    id: v(r, "event_id"),
                    date: EventDate(
                        day: day, precision: precision, earliest: Day(iso: v(r, "date_earliest")),
                        latest: Day(iso: v(r, "date_latest"))),
                    type: type, subType: v(r, "sub_event_type"), side: side, actor: v(r, "actor"),
                    placeName: v(r, "place_name"),
                    placeID: v(r, "place_id").isEmpty ? nil : v(r, "place_id"), latitude: Double(v(r, "latitude")),
                    longitude: Double(v(r, "longitude")),
                    fatalities: Fatalities(
                        low: Int(v(r, "fatalities_low")), best: Int(v(r, "fatalities_best")),
                        high: Int(v(r, "fatalities_high"))),
                    certainty: Certainty(rawValue: v(r, "certainty")) ?? .stated,
                    sourceSentence: v(r, "source_sentence"), sourceSection: v(r, "source_section"),
                    sourceOffset: Int(v(r, "source_offset")) ?? 0))
        }
        return Ledger(
            title: "Synthetic war", sides: [Side(number: 1, name: "Free Forces"), Side(number: 2, name: "State Army")],
            events: events)
    }

    struct NoPlaces: PlaceResolver {
        func resolve(_ query: PlaceQuery, context: ResolutionContext) -> PlaceResolution {
            PlaceResolution(query: query, record: nil, score: 0, reason: "")
        }
        func spot(in text: String) -> [PlaceSpot] { [] }
        func record(id: String) -> GazetteerRecord? { nil }
        var boundaries: [AdminBoundary] { [] }
    }

    /// CPU seconds (user + system) of this process so far: steadier than wall time on a shared machine.
    static func cpu() -> Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let t = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
    }
}

/// Figures for `make bench`: the synthetic war's map stages, and incremental vs recompute-everything.
func geometryBenchmarks(repository: URL) throws -> [BenchFigure] {
    let work = repository.appendingPathComponent(".bench/synthetic")
    let ledgerURL = work.appendingPathComponent("ledger.csv")
    if !FileManager.default.fileExists(atPath: ledgerURL.path) {
        let generator = repository.deletingLastPathComponent().appendingPathComponent("shared/bench/synthetic_war.py")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let gen = try ProcessProbe.run("/usr/bin/python3", [generator.path, "--out", work.path])
        guard gen.status == 0 else { throw BenchError("synthetic_war.py failed: \(gen.stderr)") }
    }
    var ledger: Ledger!
    let readTime = try GeometryBench.seconds { ledger = try GeometryBench.readLedger(ledgerURL) }
    var bytes = 0, files = 0, daysBytes = 0
    var sizes: [(String, Int)] = []
    var result: MapPipeline.Result!
    let cpu0 = GeometryBench.cpu()
    let mapTime = try GeometryBench.seconds {
        result = try MapPipeline.build(
            ledger: ledger, resolver: GeometryBench.NoPlaces(), options: MapOptions(snapshots: 100, pictures: false)
        ) { path, data in
            bytes += data.count
            files += 1
            if !path.hasPrefix("days/") { sizes.append((path, data.count)) } else { daysBytes += data.count }
        }
    }
    _ = result
    let mapCPU = GeometryBench.cpu() - cpu0
    var figures = [
        BenchFigure(
            name: "synthetic ledger.csv read (lenient, shared reader)", value: readTime, unit: "s", target: 12,
            higherIsBetter: false),
        BenchFigure(
            name: "synthetic map stages: \(files) files, \(bytes / 1_000_000) MB", value: mapTime, unit: "s",
            target: 12, higherIsBetter: false),
        BenchFigure(
            name: "synthetic map stages, CPU time", value: mapCPU, unit: "s", target: 12, higherIsBetter: false),
    ]
    for (path, size) in sizes + [("days/*.geojson", daysBytes)] {
        figures.append(
            BenchFigure(
                name: "  size of \(path)", value: Double(size) / 1_000_000, unit: "MB", target: 500,
                higherIsBetter: false))
    }
    if ProcessInfo.processInfo.environment["FRONTLINE_BENCH_SKIP_SMALL"] == nil {
        figures += try incrementalVersusRecompute(ledger: ledger)
    }
    return figures
}

/// A smaller case — the synthetic war's first `events` events (every place they name, every day they
/// span) — with every day written by the pipeline, against the GEOS reference that recomputes every
/// day's territories and fronts from scratch.
func incrementalVersusRecompute(ledger: Ledger, events: Int = 4000) throws -> [BenchFigure] {
    var small = ledger
    small.events = Array(
        ledger.events.enumerated().sorted { ($0.element.date.day, $0.offset) < ($1.element.date.day, $1.offset) }
            .prefix(events).map(\.element))
    let mapped = Set(small.events.compactMap(\.placeID)).count
    let options = MapOptions(pictures: false)
    var incremental = 0.0, reference = 0.0
    var bytes = 0
    incremental = try GeometryBench.seconds {
        _ = try MapPipeline.build(ledger: small, resolver: GeometryBench.NoPlaces(), options: options) { _, d in
            bytes += d.count
        }
    }
    var figures: [ReferenceGeometry.DayFigures] = []
    reference = try GeometryBench.seconds {
        figures = try ReferenceGeometry.recomputeEveryDay(
            ledger: small, resolver: GeometryBench.NoPlaces(), options: options)
    }
    return [
        BenchFigure(
            name: "small case (\(mapped) places, \(figures.count) days): incremental, every day written",
            value: incremental, unit: "s", target: reference, higherIsBetter: false),
        BenchFigure(
            name: "small case: GEOS recompute-everything-each-day", value: reference, unit: "s", target: reference,
            higherIsBetter: false),
        BenchFigure(
            name: "speed-up of incremental over recompute", value: reference / max(incremental, 1e-9), unit: "x",
            target: 1, higherIsBetter: true),
    ]
}
