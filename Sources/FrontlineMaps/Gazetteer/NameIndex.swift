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
