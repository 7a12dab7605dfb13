/// Finds names a small edit distance away from a misspelled one, without comparing against all of them:
/// every variant key is stored with each of its one-letter deletions (a "symmetric delete" index), so a
/// query's own deletions meet the keys within one edit in a handful of hash probes, and a query's
/// two-letter deletions reach most keys within two edits (used for suggestions).
///
/// Built on first need from `NameIndex`; Latin-script keys of at least three letters only.
final class FuzzyIndex: Sendable {
    private let names: NameIndex
    private let deletions: HashPostings

    init(names: NameIndex) {
        self.names = names
        var pairs: [(UInt64, Int32)] = []
        pairs.reserveCapacity(names.keyRecords.count * 12)
        var scratch: [UInt8] = []
        for entry in 0..<names.keyRecords.count {
            let key = names.key(entry)
            guard key.count >= 3, key.allSatisfy({ $0 < 0x80 }) else { continue }
            let e = Int32(entry)
            pairs.append((HashPostings.hash(key, tag: 9), e))
            for skip in key.indices {
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: key[key.startIndex..<skip])
                scratch.append(contentsOf: key[(skip + 1)...])
                pairs.append((HashPostings.hash(scratch, tag: 9), e))
            }
        }
        deletions = HashPostings(pairs: pairs)
    }

    /// Records whose some variant key is within `maxDistance` edits (insertion, deletion, substitution,
    /// transposition) of `query`, each with its smallest distance, nearest first, then by record index.
    func matches(_ query: [UInt8], maxDistance: Int) -> [(record: Int32, distance: Int)] {
        guard query.count >= 3, query.allSatisfy({ $0 < 0x80 }) else { return [] }
        var probes: [[UInt8]] = [query]
        for i in query.indices {
            var d = query
            d.remove(at: i)
            probes.append(d)
            if maxDistance >= 2 && d.count >= 3 {
                for j in d.indices {
                    var dd = d
                    dd.remove(at: j)
                    probes.append(dd)
                }
            }
        }
        var seen = Set<Int32>()
        var best: [Int32: Int] = [:]
        for probe in probes {
            for entry in deletions.lookup(HashPostings.hash(probe, tag: 9)) where seen.insert(entry).inserted {
                let distance = Self.editDistance(query, names.key(Int(entry)), limit: maxDistance)
                guard distance <= maxDistance else { continue }
                let record = names.keyRecords[Int(entry)]
                if distance < best[record, default: Int.max] { best[record] = distance }
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
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] { v = min(v, previous2[j - 2] + 1) }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
