/// A read-only multimap from a 64-bit key hash to record indices: an open-addressing table whose slots
/// head chains of postings. Built once at load by inserting (hash, record) pairs in order, with no
/// sort; a lookup is one hash probe and a short chain walk, and no `String` is created, which is what
/// lets a resolution take about a microsecond.
///
/// 64-bit FNV-1a over normalised keys: with ~100,000 keys a collision has odds of about 1 in 10^9.
struct HashPostings: Sendable {
    private var slotHash: [UInt64]
    /// First posting of each slot's chain, -1 for an empty slot.
    private var slotHead: [Int32]
    private var postingRecord: [Int32]
    /// Next posting in the same chain, -1 at the end.
    private var postingNext: [Int32]
    private var mask: Int

    /// The records under one hash, most recently inserted first. Holds the table's arrays (shared,
    /// never copied), so it stays valid on its own.
    struct Postings: Sequence, IteratorProtocol {
        fileprivate let records: [Int32]
        fileprivate let links: [Int32]
        fileprivate var current: Int32
        var isEmpty: Bool { current < 0 }

        mutating func next() -> Int32? {
            guard current >= 0 else { return nil }
            let r = records[Int(current)]
            current = links[Int(current)]
            return r
        }
    }

    /// - Parameter pairs: (key hash, record index) pairs; the same record under the same hash is stored
    ///   once when its pairs are adjacent (all names of a record are added together).
    init(pairs: [(UInt64, Int32)]) {
        var capacity = 16
        while capacity < pairs.count + pairs.count / 2 { capacity <<= 1 }
        mask = capacity - 1
        slotHash = Array(repeating: 0, count: capacity)
        slotHead = Array(repeating: -1, count: capacity)
        postingRecord = []
        postingNext = []
        postingRecord.reserveCapacity(pairs.count)
        postingNext.reserveCapacity(pairs.count)
        for (hash, record) in pairs {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slotHead[slot] >= 0 && slotHash[slot] != hash { slot = (slot + 1) & mask }
            let head = slotHead[slot]
            if head >= 0 && postingRecord[Int(head)] == record { continue }
            slotHash[slot] = hash
            postingRecord.append(record)
            postingNext.append(head)
            slotHead[slot] = Int32(postingRecord.count - 1)
        }
    }

    /// The record indices stored under `hash` (empty when none).
    @inline(__always) func lookup(_ hash: UInt64) -> Postings {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let head = slotHead[slot]
            if head < 0 { return Postings(records: [], links: [], current: -1) }
            if slotHash[slot] == hash { return Postings(records: postingRecord, links: postingNext, current: head) }
            slot = (slot + 1) & mask
        }
    }

    /// The hash of `bytes` without the bytes at `skip1` and `skip2` (pass -1 for none): the probes of
    /// the fuzzy index, made without copying.
    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>, skipping skip1: Int, _ skip2: Int, tag: UInt8) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(tag)
        for i in 0..<bytes.count where i != skip1 && i != skip2 {
            h ^= UInt64(bytes[i])
            h = h &* 0x0000_0100_0000_01b3
        }
        return finish(h)
    }

    /// 64-bit FNV-1a of the bytes, mixed with a tier tag so equal bytes in different tiers differ.
    @inline(__always) static func hash<C: Collection>(_ bytes: C, tag: UInt8 = 0) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(tag)
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return finish(h)
    }

    /// Final avalanche so that the low bits used as the slot index are well mixed.
    @inline(__always) private static func finish(_ h: UInt64) -> UInt64 {
        var h = h
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }
}
