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
