/// A read-only multimap from a 64-bit key hash to record indices: an open-addressing table whose slots
/// head chains of postings. Built once at load by inserting (hash, record) pairs in order, with no
/// sort; a lookup is one hash probe and a short chain walk, and no `String` is created, which is what
/// lets a resolution take about a microsecond.
///
/// 64-bit FNV-1a over normalised keys, of which 49 or more bits are compared: with ~100,000 keys the odds
/// that a query meets a false match are below 1 in 10^9 per lookup.
struct HashPostings: Sendable {
    /// A slot: the key hash's high 32 bits (its low bits chose the slot) and the first posting of its
    /// chain (-1 for an empty slot), in 8 bytes so the table stays small enough for the cache: a probe
    /// is a cache miss, and resolving is bound by those. The slot index and the stored bits together
    /// compare at least 49 bits of the hash.
    ///
    /// Most keys name one record: that record is kept in the slot itself (`head` = -2 - record), so
    /// the lookup needs no second memory access; a second record turns the slot into a chain.
    struct Slot {
        var fingerprint: UInt32
        var head: Int32
    }

    private static let empty: Int32 = -1

    /// A posting: a record and the next posting of the same chain (-1 at the end).
    struct Posting {
        var record: Int32
        var next: Int32
    }

    private var slots: [Slot]
    private var postings: [Posting]
    private var mask: Int

    /// The records under one hash, most recently inserted first. Holds the table's arrays (shared,
    /// never copied), so it stays valid on its own.
    struct Postings: Sequence, IteratorProtocol {
        fileprivate let postings: [Posting]
        /// A posting index, -1 at the end, or -2 - record for a record held in the slot.
        fileprivate var current: Int32
        var isEmpty: Bool { current == -1 }

        mutating func next() -> Int32? {
            if current >= 0 {
                let p = postings[Int(current)]
                current = p.next
                return p.record
            }
            if current == -1 { return nil }
            let record = -2 - current
            current = -1
            return record
        }
    }

    /// - Parameter pairs: (key hash, record index) pairs; the same record under the same hash is stored
    ///   once when its pairs are adjacent (all names of a record are added together).
    init(pairs: [(UInt64, Int32)]) {
        var capacity = 16
        while capacity < pairs.count + pairs.count / 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = Array(repeating: Slot(fingerprint: 0, head: Self.empty), count: capacity)
        postings = []
        postings.reserveCapacity(pairs.count)
        for (hash, record) in pairs {
            let fingerprint = UInt32(truncatingIfNeeded: hash >> 32)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].head != Self.empty && slots[slot].fingerprint != fingerprint { slot = (slot + 1) & mask }
            let head = slots[slot].head
            if head == Self.empty {
                slots[slot] = Slot(fingerprint: fingerprint, head: -2 - record)
                continue
            }
            if head < -1 {
                // The slot held one record inline: move it into a chain.
                let inline = -2 - head
                if inline == record { continue }
                postings.append(Posting(record: inline, next: -1))
                postings.append(Posting(record: record, next: Int32(postings.count - 1)))
            } else {
                if postings[Int(head)].record == record { continue }
                postings.append(Posting(record: record, next: head))
            }
            slots[slot].head = Int32(postings.count - 1)
        }
    }

    /// The record indices stored under `hash` (empty when none).
    @inline(__always) func lookup(_ hash: UInt64) -> Postings {
        let fingerprint = UInt32(truncatingIfNeeded: hash >> 32)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let s = slots[slot]
            if s.head == Self.empty { return Postings(postings: [], current: -1) }
            if s.fingerprint == fingerprint { return Postings(postings: s.head < -1 ? [] : postings, current: s.head) }
            slot = (slot + 1) & mask
        }
    }

    /// The hash of `bytes` without the bytes at `skip1` and `skip2` (pass -1 for none): the probes of
    /// the fuzzy index, made without copying.
    @inline(__always) static func hash(
        _ bytes: UnsafeBufferPointer<UInt8>, skipping skip1: Int, _ skip2: Int, tag: UInt8
    ) -> UInt64 {
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
