/// Every name of every record under its three normalised keys (see `NameNormalizer`), plus the variant
/// keys themselves, flat, for the fuzzy index that is built only when a name matches nothing.
struct NameIndex: Sendable {
    static let exactTag: UInt8 = 1
    static let variantTag: UInt8 = 2
    static let skeletonTag: UInt8 = 3

    var exact: HashPostings
    var variant: HashPostings
    var skeleton: HashPostings
    /// Variant keys, concatenated; entry `i` is `keyBytes[keyEnds[i-1]..<keyEnds[i]]` of record `keyRecords[i]`.
    var keyBytes: [UInt8]
    var keyEnds: [Int32]
    var keyRecords: [Int32]

    func key(_ entry: Int) -> ArraySlice<UInt8> {
        let start = entry == 0 ? 0 : Int(keyEnds[entry - 1])
        return keyBytes[start..<Int(keyEnds[entry])]
    }
}

/// Collects the keys of each record's names while the gazetteer files are read.
struct NameIndexBuilder {
    private var exactPairs: [(UInt64, Int32)] = []
    private var variantPairs: [(UInt64, Int32)] = []
    private var skeletonPairs: [(UInt64, Int32)] = []
    private var keyBytes: [UInt8] = []
    private var keyEnds: [Int32] = []
    private var keyRecords: [Int32] = []
    /// Variant hashes already stored for the record being filled, so repeated spellings cost nothing.
    private var currentRecord: Int32 = -1
    private var currentHashes: [UInt64] = []

    init(expectedNames: Int = 0) {
        exactPairs.reserveCapacity(expectedNames)
        variantPairs.reserveCapacity(expectedNames)
        skeletonPairs.reserveCapacity(expectedNames)
        keyBytes.reserveCapacity(expectedNames * 10)
    }

    /// Adds one name of `record`.
    mutating func add(_ name: UnsafeBufferPointer<UInt8>, record: Int32) {
        NameNormalizer.withKeys(name) { folded, variant, skeleton in
            guard !folded.isEmpty else { return }
            let h = NameNormalizer.hashes(folded, variant, skeleton)
            exactPairs.append((h.exact, record))
            guard h.hasVariant else { return }
            if record != currentRecord {
                currentRecord = record
                currentHashes.removeAll(keepingCapacity: true)
            } else if currentHashes.contains(h.variant) {
                return
            }
            currentHashes.append(h.variant)
            variantPairs.append((h.variant, record))
            if h.hasSkeleton { skeletonPairs.append((h.skeleton, record)) }
            keyBytes.append(contentsOf: variant)
            keyEnds.append(Int32(keyBytes.count))
            keyRecords.append(record)
        }
    }

    mutating func add(_ name: String, record: Int32) {
        var name = name
        name.withUTF8 { add($0, record: record) }
    }

    func build() -> NameIndex {
        NameIndex(
            exact: HashPostings(pairs: exactPairs), variant: HashPostings(pairs: variantPairs),
            skeleton: HashPostings(pairs: skeletonPairs), keyBytes: keyBytes, keyEnds: keyEnds,
            keyRecords: keyRecords)
    }
}
