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

    /// - Parameter pairs: (key hash, record index) pairs, in any order, duplicates allowed.
    init(pairs: [(UInt64, Int32)]) {
        var sorted = pairs
        sorted.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var distinct = 0
        var previous: UInt64? = nil
        for (h, _) in sorted where h != previous {
            distinct += 1
            previous = h
        }
        var capacity = 16
        while capacity < distinct * 2 { capacity <<= 1 }
        mask = capacity - 1
        slotHash = Array(repeating: 0, count: capacity)
        slotStart = Array(repeating: -1, count: capacity)
        slotCount = Array(repeating: 0, count: capacity)
        postings = []
        postings.reserveCapacity(sorted.count)
        var i = 0
        while i < sorted.count {
            let h = sorted[i].0
            let start = postings.count
            var lastRecord: Int32 = -1
            while i < sorted.count && sorted[i].0 == h {
                if sorted[i].1 != lastRecord {
                    postings.append(sorted[i].1)
                    lastRecord = sorted[i].1
                }
                i += 1
            }
            var slot = Int(truncatingIfNeeded: h) & mask
            while slotStart[slot] >= 0 { slot = (slot + 1) & mask }
            slotHash[slot] = h
            slotStart[slot] = Int32(start)
            slotCount[slot] = Int32(postings.count - start)
        }
    }

    /// The record indices stored under `hash` (empty when none).
    @inline(__always) func lookup(_ hash: UInt64) -> ArraySlice<Int32> {
        var slot = Int(truncatingIfNeeded: hash) & mask
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
