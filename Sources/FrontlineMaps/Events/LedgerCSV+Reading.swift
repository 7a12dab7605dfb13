import Foundation

extension LedgerCSV {
    /// The largest ledger read (a 75,000-row ledger is about 25 MB).
    public static let maximumBytes = 4 * 1024 * 1024 * 1024

    /// Reads a ledger CSV file (what `write` writes, or any ledger with these columns in any order).
    /// - Throws: `FrontlineError` at `file:line:col` for a missing column, a row with the wrong number
    ///   of cells, a bad quote, or a value that is not what its column needs, saying what to write instead.
    public static func read(contentsOf url: URL, title: String = "", sides: [Side]? = nil) throws -> Ledger {
        let at = SourceLocation(file: url.path, line: 1, column: 1)
        let outcome: InputFile.Outcome
        do {
            // Plain reads: /dev/stdin, a FIFO or `<(…)` are read as streams, not refused.
            outcome = try InputFile.read(url.path, limit: maximumBytes)
        } catch let error as FrontlineError {
            throw FrontlineError("cannot read the ledger: \(error.diagnostic.message); check the path", at: at)
        }
        guard case let .data(data) = outcome else {
            throw FrontlineError(
                "the ledger is more than \(maximumBytes / (1024 * 1024 * 1024)) GB; split it, or map fewer years at once",
                at: at)
        }
        return try read(data: data, file: url.path, title: title, sides: sides)
    }

    /// Reads ledger CSV text; `file` is only used in error messages.
    public static func read(_ text: String, file: String, title: String = "", sides: [Side]? = nil) throws -> Ledger {
        try read(data: Data(text.utf8), file: file, title: title, sides: sides)
    }

    /// Reads ledger CSV bytes; origin rows ("origin of …") also become baseline statements.
    public static func read(data: Data, file: String, title: String = "", sides: [Side]? = nil) throws -> Ledger {
        var events: [Event] = []
        try data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            var parser = DelimitedTextReader(bytes: b, file: file, dialect: .csv)
            guard let header = try parser.nextRecord() else {
                throw FrontlineError(
                    "the ledger is empty; expected a header line: \(columns.joined(separator: ","))",
                    at: SourceLocation(file: file, line: 1, column: 1))
            }
            let names = header.indices.map { parser.string(header[$0]) }
            var index: [String: Int] = [:]
            for (i, n) in names.enumerated() where index[n] == nil { index[n.trimmingCharacters(in: .whitespaces)] = i }
            let missing = columns.filter { index[$0] == nil }
            guard missing.isEmpty else {
                throw FrontlineError(
                    "the ledger's header lacks column(s) \(missing.joined(separator: ", ")); the header must name: \(columns.joined(separator: ","))",
                    at: SourceLocation(file: file, line: 1, column: 1),
                    sourceLine: parser.lineText(of: header.first?.start ?? 0))
            }
            let col = columns.map { index[$0]! }
            events.reserveCapacity(b.count / 200)
            var rowOfID: [String: Int] = [:]
            while let row = try parser.nextRecord() {
                if row.count == 1, row[0].start == row[0].end { continue }  // a blank line
                guard row.count == names.count else {
                    throw parser.error(
                        at: row[0].start, line: row[0].line,
                        "this row has \(row.count) cells but the header has \(names.count); quote cells that contain commas (\"a, b\")"
                    )
                }
                let e = try event(row, col, &parser, sides: sides)
                // Contradiction warnings, the map's event_ids and corrections all name events by id.
                let idCell = row[col[0]]
                // (A scan of the bytes, not Foundation's trimming: this runs once per row.)
                guard e.id.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 }) else {
                    throw parser.error(
                        at: idCell.start, line: idCell.line, "event_id is empty; give every row an id (e.g. EV-0042)")
                }
                if let first = rowOfID[e.id] {
                    throw parser.error(
                        at: idCell.start, line: idCell.line,
                        "event_id '\(e.id)' is also on line \(first); give every row its own id")
                }
                rowOfID[e.id] = idCell.line
                events.append(e)
            }
        }
        var baseline: [Baseline] = []
        for e in events where e.placeRole == .origin {
            guard let side = e.side, let id = e.placeID else { continue }
            let b = Baseline(side: side, scope: .places([id]), sourceSentence: e.sourceSentence)
            if !baseline.contains(b) { baseline.append(b) }
        }
        return Ledger(title: title, sides: sides ?? [], events: events, baseline: baseline)
    }

    /// The header and the rows as strings, for tests and tools.
    static func readTable(_ text: String, file: String) throws -> (header: [String], rows: [[String]]) {
        let rows = try DelimitedTextReader.rows(of: text, dialect: .csv, file: file)
        return (rows.first ?? [], Array(rows.dropFirst()))
    }

    private static func event(
        _ row: [DelimitedTextReader.Cell], _ col: [Int], _ p: inout DelimitedTextReader, sides: [Side]?
    ) throws -> Event {
        func cell(_ c: Int) -> DelimitedTextReader.Cell { row[col[c]] }
        func text(_ c: Int) -> String { p.string(cell(c)) }
        func fail(_ c: Int, _ message: String) -> FrontlineError {
            p.error(at: cell(c).start, line: cell(c).line, "\(columns[c]) '\(text(c))': \(message)")
        }
        func day(_ c: Int, or fallback: Day?) throws -> Day {
            let x = cell(c)
            if x.start == x.end, let fallback { return fallback }
            guard let d = p.day(x) else {
                throw fail(c, "not a calendar day; write it as YYYY-MM-DD (e.g. 2012-12-16)")
            }
            return d
        }
        func int(_ c: Int) throws -> Int? {
            let x = cell(c)
            if x.start == x.end { return nil }
            guard let v = p.int(x) else { throw fail(c, "not a whole number; write digits only, or leave it empty") }
            guard v >= 0 else { throw fail(c, "a negative count; write zero or more, or leave it empty") }
            return v
        }
        func double(_ c: Int, _ range: ClosedRange<Double>) throws -> Double? {
            let x = cell(c)
            if x.start == x.end { return nil }
            guard let v = p.double(x), range.contains(v) else {
                throw fail(c, "not a coordinate in \(range); write decimal degrees or leave it empty")
            }
            return v
        }
        let date = try day(1, or: nil)
        let pc = cell(2)
        guard let precision = pc.start == pc.end ? .day : p.enumValue(pc, EventDate.Precision.self) else {
            throw fail(
                2,
                "unknown precision; use one of \(EventDate.Precision.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let earliest = try day(3, or: date)
        let latest = try day(4, or: date)
        guard earliest <= latest else { throw fail(3, "date_earliest is after date_latest; swap them") }
        guard let type = p.enumValue(cell(5), EventType.self) else {
            throw fail(
                5, "unknown event type; use one of \(EventType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let subType = text(6)
        var side: Int?
        let sc = cell(7)
        if sc.end - sc.start == 10, p.bytes[sc.start + 9] >= 0x31, p.bytes[sc.start + 9] <= 0x39,
            p.equals(DelimitedTextReader.Cell(start: sc.start, end: sc.start + 9, line: sc.line), Side.keyPrefix)
        {
            side = Int(p.bytes[sc.start + 9] - 0x30)
        } else if sc.start != sc.end {
            let sideText = text(7)
            guard let n = Side.number(ofKey: sideText) ?? Int(sideText), n >= 1 else {
                throw fail(7, "not a side; write combatant1, combatant2, … as in the infobox, or leave it empty")
            }
            side = n
        }
        // A side the article's infobox does not name has no name, colour or legend entry: say so here,
        // not with a map that quietly draws an unnamed side.
        if let side, let sides, !sides.contains(where: { $0.number == side }) {
            let named = sides.map(\.key)
            throw fail(
                7,
                named.isEmpty
                    ? "the article's infobox names no combatants; add \(Side.key(side)) to its infobox, or leave the side empty"
                    : "the article's infobox names no \(Side.key(side)) (it names \(named.joined(separator: ", "))); write one of those, or leave it empty"
            )
        }
        let placeID = text(10)
        let lat = try double(11, -90...90)
        let lon = try double(12, -180...180)
        guard (lat == nil) == (lon == nil) else {
            throw fail(11, "latitude and longitude must both be given or both be empty")
        }
        let gc = cell(13)
        let geo =
            gc.start == gc.end
            ? (lat == nil ? "unresolved" : "locality") : p.equals(gc, "locality") ? "locality" : text(13)
        let cc = cell(17)
        guard let certainty = cc.start == cc.end ? .stated : p.enumValue(cc, Certainty.self) else {
            throw fail(
                17, "unknown certainty; use one of \(Certainty.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return Event(
            id: text(0), date: EventDate(day: date, precision: precision, earliest: earliest, latest: latest),
            type: type, subType: subType, side: side, actor: text(8), placeName: text(9),
            placeID: placeID.isEmpty ? nil : placeID, latitude: lat, longitude: lon, geoPrecision: geo,
            placeRole: subType.hasPrefix("origin")
                ? .origin : subType.hasPrefix(PlaceRole.vicinityPrefix) ? .vicinity : .target,
            fatalities: Fatalities(low: try int(14), best: try int(15), high: try int(16)),
            certainty: certainty, sourceSentence: text(18), sourceSection: text(19), sourceOffset: try int(20) ?? 0,
            sourceLocation: SourceLocation(file: p.file, line: cell(0).line, column: 1))
    }
}
