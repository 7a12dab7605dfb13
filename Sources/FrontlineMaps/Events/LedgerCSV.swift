import Foundation

/// The ledger as CSV, the file an analyst reads, corrects and feeds back (`frontline map --ledger`).
///
/// Columns follow ACLED and UCDP GED where they fit. Conventions a reader of the file needs:
/// - `side` is the acting side, `combatant1`… as the article's infobox numbers them; for a
///   `withdrawal` it is the side that left (as in `shared/bench/synthetic_war.py`).
/// - `date_precision` is `day`, `approximate` (the day is inferred; `date_earliest…date_latest`
///   bound it) or `range` (only the span is known; `event_date` is its first day, or its last for
///   "by early February").
/// - A `sub_event_type` beginning with "origin" marks where an advance or attack set out from: the
///   place was held by `side` on that date (the ledger's way of stating a baseline per place).
/// - An unresolved place keeps its name, with empty `place_id`, coordinates, and `geo_precision`
///   "unresolved". Quoting is RFC 4180; a cell that begins with
/// `=`, `+`, `-` or `@` gets a leading `'` so a spreadsheet never runs it as a formula (plain numbers
/// such as `-12.5` are left alone: they cannot be formulas), and the reader removes that `'` again.
public enum LedgerCSV {
    public static let columns = LedgerColumn.csv.map(\.rawValue)

    /// The CSV text of `ledger`, header first, `\n` line ends, in event order.
    public static func write(_ ledger: Ledger) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(ledger.events.count * 320 + 300)
        out += columns.joined(separator: ",").utf8
        out.append(0x0A)
        for e in ledger.events {
            append(e.id, &out); out.append(0x2C)
            appendISO(e.date.day, &out); out.append(0x2C)
            append(e.date.precision.rawValue, &out); out.append(0x2C)
            appendISO(e.date.earliest, &out); out.append(0x2C)
            appendISO(e.date.latest, &out); out.append(0x2C)
            append(e.type.rawValue, &out); out.append(0x2C)
            append(e.subType, &out); out.append(0x2C)
            if let side = e.side { out += Side.keyPrefix.utf8; out += String(side).utf8 }
            out.append(0x2C)
            append(e.actor, &out); out.append(0x2C)
            append(e.placeName, &out); out.append(0x2C)
            append(e.placeID ?? "", &out); out.append(0x2C)
            if let v = e.latitude { appendCoordinate(v, &out) }
            out.append(0x2C)
            if let v = e.longitude { appendCoordinate(v, &out) }
            out.append(0x2C)
            append(e.geoPrecision, &out); out.append(0x2C)
            if let v = e.fatalities.low { out += String(v).utf8 }
            out.append(0x2C)
            if let v = e.fatalities.best { out += String(v).utf8 }
            out.append(0x2C)
            if let v = e.fatalities.high { out += String(v).utf8 }
            out.append(0x2C)
            append(e.certainty.rawValue, &out); out.append(0x2C)
            append(e.sourceSentence, &out); out.append(0x2C)
            append(e.sourceSection, &out); out.append(0x2C)
            out += String(e.sourceOffset).utf8
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `YYYY-MM-DD` without building a String (the ledger writes three per row).
    static func appendISO(_ d: Day, _ out: inout [UInt8]) {
        let c = d.components
        guard c.year >= 0, c.year <= 9999 else { out += d.iso.utf8; return }
        out.append(UInt8(48 + c.year / 1000)); out.append(UInt8(48 + c.year / 100 % 10))
        out.append(UInt8(48 + c.year / 10 % 10)); out.append(UInt8(48 + c.year % 10))
        out.append(0x2D); out.append(UInt8(48 + c.month / 10)); out.append(UInt8(48 + c.month % 10))
        out.append(0x2D); out.append(UInt8(48 + c.day / 10)); out.append(UInt8(48 + c.day % 10))
    }

    /// Coordinates with six decimals (about 0.1 m), the precision every output uses: "35.260140".
    static func coordinate(_ v: Double) -> String {
        var out: [UInt8] = []
        appendCoordinate(v, &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendCoordinate(_ v: Double, _ out: inout [UInt8]) {
        guard v.isFinite else { return }
        let scaled = (abs(v) * 1_000_000).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { out += String(v).utf8; return }
        let n = Int64(scaled)
        if v < 0 && n != 0 { out.append(0x2D) }
        out += String(n / 1_000_000).utf8
        out.append(0x2E)
        let frac = String(n % 1_000_000)
        for _ in frac.utf8.count..<6 { out.append(0x30) }
        out += frac.utf8
    }

    /// One cell: neutralised when it could be a formula, quoted when it holds a comma, quote or line break.
    static func cell(_ s: String) -> String {
        var out: [UInt8] = []
        append(s, &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func append(_ s: String, _ out: inout [UInt8]) {
        var s = s
        s.withUTF8 { u in
            guard let f = u.first else { return }
            let formula = (f == 0x3D || f == 0x2B || f == 0x2D || f == 0x40) && !isPlainNumber(u)
            var quote = false
            for c in u where c == 0x2C || c == 0x22 || c == 0x0A || c == 0x0D { quote = true; break }
            if quote { out.append(0x22) }
            if formula { out.append(0x27) }
            if quote {
                // Copy runs between quotes in one go; double each quote.
                var start = 0
                for k in 0..<u.count where u[k] == 0x22 {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start...k]))
                    out.append(0x22)
                    start = k + 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<u.count]))
                out.append(0x22)
            } else {
                out.append(contentsOf: u)
            }
        }
    }

    static func isPlainNumber(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { isPlainNumber($0) }
    }

    static func isPlainNumber(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        var dots = 0
        for (i, c) in u.enumerated() {
            if c >= 48 && c <= 57 { digits += 1; continue }
            if i == 0 && (c == UInt8(ascii: "-") || c == UInt8(ascii: "+")) { continue }
            if c == UInt8(ascii: ".") { dots += 1; continue }
            return false
        }
        return digits > 0 && dots <= 1
    }
}
