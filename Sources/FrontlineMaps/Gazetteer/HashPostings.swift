/// A read-only multimap from a 64-bit key hash to record indices: one open-addressing table over a flat
/// postings array. Built once at load from (hash, record) pairs; a lookup is one hash probe, and no
/// `String` is created, which is what lets a resolution take about a microsecond.
///
/// 64-bit FNV-1a over normalised keys: with ~100,000 keys a collision has odds of about 1 in 10^9.
struct HashPostings: Sendable {
    private var slotHash: [UInt64]
    /// Start in `postings` of each slot's run; the run ends where the next occupied run starts.
    private var slotStart: [Int32]
    private var slotCount: [Int32]
    private var postings: [Int32]
    private var mask: Int

    static let empty = HashPostings(pairs: [])

    /// Bits of the hash kept in the table; the low `recordBits` are replaced by the record index so that
    /// building is one sort of plain integers. 44 bits leave the odds of any false match among 100,000
    /// keys at about 1 in 3,000, and such a match only adds a candidate that ranking then weighs.
    static let recordBits: UInt64 = 20
    static let hashMask: UInt64 = ~((1 << recordBits) - 1)

    /// - Parameter pairs: (key hash, record index) pairs, in any order, duplicates allowed; record
    ///   indices must be below 2^20.
    init(pairs: [(UInt64, Int32)]) {
        var packed = pairs.map { ($0.0 & Self.hashMask) | UInt64(UInt32(bitPattern: $0.1)) }
        packed.sort()
        var distinct = 0
        var previous: UInt64 = 0
        for (i, p) in packed.enumerated() where i == 0 || p & Self.hashMask != previous {
            distinct += 1
            previous = p & Self.hashMask
        }
        var capacity = 16
        while capacity < distinct * 2 { capacity <<= 1 }
        mask = capacity - 1
        slotHash = Array(repeating: 0, count: capacity)
        slotStart = Array(repeating: -1, count: capacity)
        slotCount = Array(repeating: 0, count: capacity)
        postings = []
        postings.reserveCapacity(packed.count)
        var i = 0
        while i < packed.count {
            let h = packed[i] & Self.hashMask
            let start = postings.count
            var lastRecord: Int32 = -1
            while i < packed.count && packed[i] & Self.hashMask == h {
                let record = Int32(truncatingIfNeeded: packed[i] & ~Self.hashMask)
                if record != lastRecord {
                    postings.append(record)
                    lastRecord = record
                }
                i += 1
            }
            var slot = Int(truncatingIfNeeded: h >> Self.recordBits) & mask
            while slotStart[slot] >= 0 { slot = (slot + 1) & mask }
            slotHash[slot] = h
            slotStart[slot] = Int32(start)
            slotCount[slot] = Int32(postings.count - start)
        }
    }

    /// The record indices stored under `hash` (empty when none).
    @inline(__always) func lookup(_ fullHash: UInt64) -> ArraySlice<Int32> {
        let hash = fullHash & Self.hashMask
        var slot = Int(truncatingIfNeeded: hash >> Self.recordBits) & mask
        while true {
            let start = slotStart[slot]
            if start < 0 { return [] }
            if slotHash[slot] == hash {
                let s = Int(start)
                return postings[s..<(s + Int(slotCount[slot]))]
            }
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
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }

    /// 64-bit FNV-1a of the bytes, mixed with a tier tag so equal bytes in different tiers differ.
    @inline(__always) static func hash<C: Collection>(_ bytes: C, tag: UInt8 = 0) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(tag)
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        // Final avalanche so that the low bits used as the slot index are well mixed.
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }
}
