import Foundation

@testable import FrontlineMaps

/// A small stand-in gazetteer read from a fixture table, so extraction tests do not depend on the
/// real gazetteer's scoring: a name or link page resolves when it is one of a row's names, exactly
/// (case and apostrophe style aside).
struct TableResolver: PlaceResolver {
    var records: [GazetteerRecord] = []
    var byName: [String: GazetteerRecord] = [:]
    /// Names longest first, for spotting in plain text.
    var spellings: [(String, GazetteerRecord)] = []

    init(file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        for f in try DelimitedTextReader.rows(of: text, dialect: .tabs, file: file.path).dropFirst() {
            guard f.count >= 6, let lat = Double(f[2]), let lon = Double(f[3]) else { continue }
            let r = GazetteerRecord(id: f[0], name: f[1], latitude: lat, longitude: lon, featureCode: f[4])
            records.append(r)
            for n in f[5].split(separator: "|").map(String.init) + [f[1]] {
                byName[Self.key(n)] = byName[Self.key(n)] ?? r
                spellings.append((n, r))
            }
        }
        spellings.sort { $0.0.utf8.count > $1.0.utf8.count }
    }

    static func key(_ s: String) -> String {
        s.lowercased().replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "_", with: " ")
    }

    func resolve(_ query: PlaceQuery, context: ResolutionContext) -> PlaceResolution {
        let hit = query.linkPage.flatMap { byName[Self.key($0)] } ?? byName[Self.key(query.name)]
        return PlaceResolution(
            query: query, record: hit, score: hit == nil ? 0 : 1,
            reason: hit == nil ? "not in the table" : "name in the table")
    }

    func spot(in text: String) -> [PlaceSpot] {
        let u = Array(text.utf8)
        var taken = [Bool](repeating: false, count: u.count)
        var out: [PlaceSpot] = []
        func isWord(_ c: UInt8) -> Bool {
            (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0x80
        }
        for (name, _) in spellings where !name.contains(",") {
            let n = Array(name.utf8)
            guard n.count <= u.count else { continue }
            var i = 0
            while i + n.count <= u.count {
                if u[i] == n[0], Array(u[i..<i + n.count]) == n,
                    i == 0 || !isWord(u[i - 1]), i + n.count == u.count || !isWord(u[i + n.count]),
                    !taken[i..<i + n.count].contains(true)
                {
                    for k in i..<i + n.count { taken[k] = true }
                    out.append(PlaceSpot(range: i..<i + n.count, name: name))
                    i += n.count
                } else {
                    i += 1
                }
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    func record(id: String) -> GazetteerRecord? { records.first { $0.id == id } }
    var boundaries: [AdminBoundary] { [] }
}
