import Foundation

/// The ledger as CSV, the file an analyst reads, corrects and feeds back (`frontline map --ledger`).
///
/// Columns follow ACLED and UCDP GED where they fit. Quoting is RFC 4180; a cell that begins with
/// `=`, `+`, `-` or `@` gets a leading `'` so a spreadsheet never runs it as a formula (plain numbers
/// such as `-12.5` are left alone: they cannot be formulas), and the reader removes that `'` again.
public enum LedgerCSV {
    public static let columns = [
        "event_id", "event_date", "date_precision", "date_earliest", "date_latest", "event_type",
        "sub_event_type", "side", "actor", "place_name", "place_id", "latitude", "longitude",
        "geo_precision", "fatalities_low", "fatalities_best", "fatalities_high", "certainty",
        "source_sentence", "source_section", "source_offset",
    ]

    /// The CSV text of `ledger`, header first, CRLF-free (`\n` line ends), in event order.
    public static func write(_ ledger: Ledger) -> String {
        var out = columns.joined(separator: ",") + "\n"
        out.reserveCapacity(ledger.events.count * 300)
        for e in ledger.events {
            let cells: [String] = [
                e.id, e.date.day.iso, e.date.precision.rawValue, e.date.earliest.iso, e.date.latest.iso, e.type.rawValue,
                e.subType, e.side.map { "combatant\($0)" } ?? "", e.actor, e.placeName, e.placeID ?? "",
                e.latitude.map(coordinate) ?? "", e.longitude.map(coordinate) ?? "", e.geoPrecision,
                e.fatalities.low.map(String.init) ?? "", e.fatalities.best.map(String.init) ?? "", e.fatalities.high.map(String.init) ?? "",
                e.certainty.rawValue, e.sourceSentence, e.sourceSection, String(e.sourceOffset),
            ]
            var first = true
            for c in cells {
                if !first { out += "," }
                first = false
                out += cell(c)
            }
            out += "\n"
        }
        return out
    }

    /// Coordinates with six decimals (about 0.1 m), the precision every output uses.
    static func coordinate(_ v: Double) -> String {
        String(format: "%.6f", v)
    }

    /// One cell: neutralised when it could be a formula, quoted when it holds a comma, quote or line break.
    static func cell(_ s: String) -> String {
        var s = s
        if let f = s.utf8.first, f == UInt8(ascii: "=") || f == UInt8(ascii: "+") || f == UInt8(ascii: "-") || f == UInt8(ascii: "@"), !isPlainNumber(s) {
            s = "'" + s
        }
        guard s.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func isPlainNumber(_ s: String) -> Bool {
        var digits = 0
        for (i, c) in s.utf8.enumerated() {
            if c >= 48 && c <= 57 { digits += 1; continue }
            if i == 0 && (c == UInt8(ascii: "-") || c == UInt8(ascii: "+")) { continue }
            if c == UInt8(ascii: ".") { continue }
            return false
        }
        return digits > 0 && s.utf8.filter { $0 == UInt8(ascii: ".") }.count <= 1
    }
}
