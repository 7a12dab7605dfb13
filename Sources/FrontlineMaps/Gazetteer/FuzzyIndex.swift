/// Finds names a small edit distance away from a misspelled one, without comparing against all of them:
/// every variant key is stored with each of its one-letter deletions (a "symmetric delete" index), so a
/// query's own deletions meet the keys within one edit in a handful of hash probes, and a query's
/// two-letter deletions reach most keys within two edits.
///
/// Built on first need from `NameIndex`; Latin-script keys of at least three letters only.
final class FuzzyIndex: Sendable {
    private let names: NameIndex
    private let deletions: HashPostings
    /// The longest key indexed: a query longer by more than the allowed edits cannot match, and
    /// probing its deletions would cost the cube of its length (a 3,000-letter link took a minute).
    private let longestKey: Int
    private static let tag: UInt8 = 9

    init(names: NameIndex) {
        self.names = names
        var pairs: [(UInt64, Int32)] = []
        var longest = 0
        pairs.reserveCapacity(names.keyRecords.count * 12)
        names.keyBytes.withUnsafeBufferPointer { all in
            for entry in 0..<names.keyRecords.count {
                let start = entry == 0 ? 0 : Int(names.keyEnds[entry - 1])
                let key = UnsafeBufferPointer(rebasing: all[start..<Int(names.keyEnds[entry])])
                guard key.count >= 3, key.allSatisfy({ $0 < 0x80 }) else { continue }
                let e = Int32(entry)
                longest = max(longest, key.count)
                pairs.append((HashPostings.hash(key, skipping: -1, -1, tag: Self.tag), e))
                for skip in 0..<key.count {
                    pairs.append((HashPostings.hash(key, skipping: skip, -1, tag: Self.tag), e))
                }
            }
        }
        deletions = HashPostings(pairs: pairs)
        longestKey = longest
    }

    /// Records whose some variant key is within `maxDistance` edits (insertion, deletion, substitution,
    /// transposition) of `query`, each with its smallest distance, nearest first, then by record index.
    func matches(_ query: [UInt8], maxDistance: Int) -> [(record: Int32, distance: Int)] {
        guard query.count >= 3, query.count <= longestKey + maxDistance, query.allSatisfy({ $0 < 0x80 }) else {
            return []
        }
        var seen = Set<Int32>()
        var best: [Int32: Int] = [:]
        query.withUnsafeBufferPointer { q in
            func probe(_ skip1: Int, _ skip2: Int) {
                for entry in deletions.lookup(HashPostings.hash(q, skipping: skip1, skip2, tag: Self.tag))
                where seen.insert(entry).inserted {
                    let distance = Self.editDistance(q, names.key(Int(entry)), limit: maxDistance)
                    guard distance <= maxDistance else { continue }
                    let record = names.keyRecords[Int(entry)]
                    if distance < best[record, default: Int.max] { best[record] = distance }
                }
            }
            probe(-1, -1)
            for i in 0..<q.count {
                probe(i, -1)
                if maxDistance >= 2 && q.count >= 4 {
                    for j in (i + 1)..<q.count where q[j] != q[j - 1] || j == i + 1 { probe(i, j) }
                }
            }
        }
        return best.map { (record: $0.key, distance: $0.value) }
            .sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.record < $1.record }
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping early
    /// once every alignment exceeds `limit`.
    static func editDistance<A: Collection, B: Collection>(_ a: A, _ b: B, limit: Int) -> Int
    where A.Element == UInt8, B.Element == UInt8 {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: width * 3) { rows in
            var previous2 = rows.baseAddress!
            var previous = previous2 + width
            var current = previous + width
            for j in 0..<width {
                previous[j] = j
                previous2[j] = 0
            }
            for i in 1...a.count {
                current[0] = i
                var rowMin = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        v = min(v, previous2[j - 2] + 1)
                    }
                    current[j] = v
                    rowMin = min(rowMin, v)
                }
                if rowMin > limit { return limit + 1 }
                (previous2, previous, current) = (previous, current, previous2)
            }
            return previous[b.count]
        }
    }
}
