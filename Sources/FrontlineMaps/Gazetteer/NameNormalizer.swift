/// Turns a place name, written any of the ways articles and gazetteers write it, into three comparison
/// keys, from strict to loose, so that one spelling finds the record another spelling came from.
///
/// - `folded`: lowercase, diacritics and ayn/hamza marks (' ‘ ’ ʿ ʾ `) removed, hyphens, spaces and
///   punctuation collapsed to one space; Arabic script with its vowel marks and tatweel removed and its
///   alef, yeh, teh marbuta, kaf and hamza-seat forms unified. "Ḩalfāyā" and "Halfaya" meet here.
/// - `variant`: the folded words without Arabic articles (al-, el-, as-, ash-, ad-, ar-, at-, az-, an-
///   and their French/German forms; the Arabic ال), with transliteration variants unified
///   (kh/h, gh/g, dh/z/d, th/t, sh/ch/sch, ph/f, dj/j, k/q, ou/oo/o/u and aw before a consonant, ee/i,
///   ei/ey/ai/ay, e/a), doubled
///   letters single, a final vowel + h and the construct -at of teh marbuta reduced to the vowel, and the
///   words joined without spaces. "Kafr Naboudeh" and "Kafr Nabudah" meet here.
/// - `skeleton`: the variant key without the vowels a e i o u (y and w stay consonants), for the vowel
///   differences transliterations disagree on most ("Mhardeh", "Muhradah"). Empty for non-Latin names.
///   Only used when at least three consonants remain.
///
/// The work is done in one stack-allocated scratch buffer per name (`withKeys`), so normalising a query
/// allocates nothing; the struct form keeps copies of the keys for tests and the rarer paths.
struct NameNormalizer {
    private(set) var folded: [UInt8] = []
    private(set) var variant: [UInt8] = []
    private(set) var skeleton: [UInt8] = []

    init() {}

    /// Normalises a Swift string (copying it to contiguous UTF-8 only if it is not already).
    mutating func normalize(_ name: String) {
        var name = name
        name.withUTF8 { normalize($0) }
    }

    /// Normalises UTF-8 bytes; fills `folded`, `variant` and `skeleton`.
    mutating func normalize(_ bytes: UnsafeBufferPointer<UInt8>) {
        let (f, v, s) = Self.withKeys(bytes) { (Array($0), Array($1), Array($2)) }
        folded = f
        variant = v
        skeleton = s
    }

    /// Consonants in the skeleton: below three, a skeleton matches too many unrelated names.
    var skeletonIsUsable: Bool { skeleton.count >= Self.minimumSkeleton }
    static let minimumSkeleton = 3

    /// The three hashed keys of a name, as the name index stores them.
    struct Hashes {
        var exact: UInt64 = 0
        var variant: UInt64 = 0
        var skeleton: UInt64 = 0
        var hasExact = false
        var hasVariant = false
        var hasSkeleton = false
    }

    static func hashes(
        _ folded: UnsafeBufferPointer<UInt8>, _ variant: UnsafeBufferPointer<UInt8>,
        _ skeleton: UnsafeBufferPointer<UInt8>
    ) -> Hashes {
        var h = Hashes()
        if !folded.isEmpty {
            h.exact = HashPostings.hash(folded, tag: NameIndex.exactTag)
            h.hasExact = true
        }
        if !variant.isEmpty {
            h.variant = HashPostings.hash(variant, tag: NameIndex.variantTag)
            h.hasVariant = true
        }
        if skeleton.count >= minimumSkeleton {
            h.skeleton = HashPostings.hash(skeleton, tag: NameIndex.skeletonTag)
            h.hasSkeleton = true
        }
        return h
    }

    static func hashes(of name: String) -> Hashes {
        var name = name
        return name.withUTF8 { withKeys($0, hashes) }
    }

    /// Computes the three keys of `input` in scratch memory and hands them to `body`.
    static func withKeys<R>(
        _ input: UnsafeBufferPointer<UInt8>,
        _ body: (
            _ folded: UnsafeBufferPointer<UInt8>, _ variant: UnsafeBufferPointer<UInt8>,
            _ skeleton: UnsafeBufferPointer<UInt8>
        ) -> R
    ) -> R {
        // Folding never lengthens a name by more than its separators; the variant and skeleton never
        // lengthen the folded key.
        let capacity = input.count + 8
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity * 3) { scratch in
            let f = scratch.baseAddress!
            let v = f + capacity
            let s = v + capacity
            let nf = fold(input, into: f)
            let nv = makeVariant(UnsafeBufferPointer(start: f, count: nf), into: v)
            let ns = makeSkeleton(UnsafeBufferPointer(start: v, count: nv), into: s)
            return body(
                UnsafeBufferPointer(start: f, count: nf), UnsafeBufferPointer(start: v, count: nv),
                UnsafeBufferPointer(start: s, count: ns))
        }
    }

    // MARK: - Folding

    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        @inline(__always) func emit(_ b: UInt8) {
            if pendingSpace {
                if count > 0 {
                    out[count] = 0x20
                    count += 1
                }
                pendingSpace = false
            }
            out[count] = b
            count += 1
        }
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                switch b0 {
                case 0x41...0x5A: emit(b0 | 0x20)
                case 0x61...0x7A, 0x30...0x39: emit(b0)
                case 0x27, 0x60: break  // ' and ` stand for ayn or hamza: dropped, not a word break
                default: pendingSpace = true
                }
                continue
            }
            var scalar: UInt32
            let length: Int
            if b0 & 0xE0 == 0xC0 {
                scalar = UInt32(b0 & 0x1F)
                length = 2
            } else if b0 & 0xF0 == 0xE0 {
                scalar = UInt32(b0 & 0x0F)
                length = 3
            } else if b0 & 0xF8 == 0xF0 {
                scalar = UInt32(b0 & 0x07)
                length = 4
            } else {
                i += 1  // stray continuation byte: skip
                continue
            }
            if i + length > n { break }
            for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
            let start = i
            i += length
            switch scalarClass(scalar) {
            case .drop:
                continue
            case .separator:
                pendingSpace = true
            case .latin(let packed):
                emit(UInt8(truncatingIfNeeded: packed))
                if packed > 0xFF {
                    out[count] = UInt8(truncatingIfNeeded: packed >> 8)
                    count += 1
                }
            case .arabic(let unified):
                emit(0xC0 | UInt8(unified >> 6))
                out[count] = 0x80 | UInt8(unified & 0x3F)
                count += 1
            case .keep:
                emit(bytes[start])
                for k in 1..<length {
                    out[count] = bytes[start + k]
                    count += 1
                }
            }
        }
        return count
    }

    // MARK: - Variant

    private static func makeVariant(_ folded: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int
    {
        var count = 0
        var start = 0
        let n = folded.count
        while start < n {
            var end = start
            while end < n && folded[end] != 0x20 { end += 1 }
            let word = UnsafeBufferPointer(rebasing: folded[start..<end])
            let hasNext = end < n
            start = end + 1
            // An article is dropped only when a word follows it ("Tall al" keeps its "al").
            if hasNext && isArticle(word) { continue }
            if word[0] >= 0x80 {
                // Arabic (or other script): the article ال is dropped when at least two letters follow it.
                var from = 0
                if word.count >= 8, word[0] == 0xD8, word[1] == 0xA7, word[2] == 0xD9, word[3] == 0x84 { from = 4 }
                for k in from..<word.count {
                    out[count] = word[k]
                    count += 1
                }
            } else {
                count = appendLatinWord(word, to: out, at: count)
            }
        }
        return count
    }

    /// Latin word: transliteration variants unified, doubled letters single, endings reduced.
    private static func appendLatinWord(
        _ w: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>, at base: Int
    ) -> Int {
        var count = base
        let n = w.count
        var i = 0
        @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? w[k] : 0 }
        @inline(__always) func put(_ b: UInt8) {
            // Doubled letters single, as they are written.
            if count > base && out[count - 1] == b { return }
            out[count] = b
            count += 1
        }
        while i < n {
            let c = w[i]
            // Most letters start no rule: copy them without walking the rules below.
            if !startsRule[Int(c)] {
                put(c)
                i += 1
                continue
            }
            let c1 = at(i + 1)
            switch c {
            case UInt8(ascii: "s") where c1 == UInt8(ascii: "c") && at(i + 2) == UInt8(ascii: "h"):
                put(UInt8(ascii: "s")); put(UInt8(ascii: "h")); i += 3
            case UInt8(ascii: "c") where c1 == UInt8(ascii: "h"):
                put(UInt8(ascii: "s")); put(UInt8(ascii: "h")); i += 2
            case UInt8(ascii: "k") where c1 == UInt8(ascii: "h"):
                put(UInt8(ascii: "h")); i += 2
            case UInt8(ascii: "g") where c1 == UInt8(ascii: "h"):
                put(UInt8(ascii: "g")); i += 2
            case UInt8(ascii: "d") where c1 == UInt8(ascii: "h"):
                put(UInt8(ascii: "d")); i += 2
            case UInt8(ascii: "t") where c1 == UInt8(ascii: "h"):
                put(UInt8(ascii: "t")); i += 2
            case UInt8(ascii: "p") where c1 == UInt8(ascii: "h"):
                put(UInt8(ascii: "f")); i += 2
            case UInt8(ascii: "d") where c1 == UInt8(ascii: "j"):
                put(UInt8(ascii: "j")); i += 2
            case UInt8(ascii: "o") where c1 == UInt8(ascii: "u") || c1 == UInt8(ascii: "o"):
                put(UInt8(ascii: "u")); i += 2
            case UInt8(ascii: "o"):
                put(UInt8(ascii: "u")); i += 1
            case UInt8(ascii: "e") where c1 == UInt8(ascii: "e"):
                put(UInt8(ascii: "i")); i += 2
            case UInt8(ascii: "e") where c1 == UInt8(ascii: "i") || c1 == UInt8(ascii: "y"):
                put(UInt8(ascii: "a")); put(UInt8(ascii: "y")); i += 2
            case UInt8(ascii: "a") where c1 == UInt8(ascii: "i"):
                put(UInt8(ascii: "a")); put(UInt8(ascii: "y")); i += 2
            case UInt8(ascii: "a") where c1 == UInt8(ascii: "w") && closesDiphthong(at(i + 2)):
                // The diphthong aw before a consonant is spoken, and often written, o/ou/u ("Hawsh" ~
                // "Hosh"); before a vowel or another w ("Dawa", "Kawwash") the w is a consonant.
                put(UInt8(ascii: "u")); i += 2
            case UInt8(ascii: "e"):
                put(UInt8(ascii: "a")); i += 1
            case UInt8(ascii: "q"):
                put(UInt8(ascii: "k")); i += 1
            case UInt8(ascii: "z"):
                put(UInt8(ascii: "d")); i += 1
            default:
                put(c); i += 1
            }
        }
        // Endings: vowel + h (teh marbuta, "-ah", "-eh", "-ih") and construct "-at" keep the vowel only.
        let length = count - base
        if length >= 3 {
            let last = out[count - 1]
            let before = out[count - 2]
            if last == UInt8(ascii: "h") && isVowel(before) {
                count -= 1
            } else if length >= 4 && last == UInt8(ascii: "t") && before == UInt8(ascii: "a") {
                count -= 1
            }
        }
        return count
    }

    /// Whether the letter after "aw" makes it a diphthong: a consonant or the end of the word.
    @inline(__always) private static func closesDiphthong(_ b: UInt8) -> Bool {
        b == 0 || (b < 0x80 && !isVowel(b) && b != UInt8(ascii: "w") && b != UInt8(ascii: "y"))
    }

    /// Bytes that begin a transliteration rule in `appendLatinWord` (s c k g d t p o e a q z).
    private static let startsRule: [Bool] = (0..<256).map { b in
        Array("sckgdtpoeaqz".utf8).contains(UInt8(b))
    }

    // MARK: - Skeleton

    private static func makeSkeleton(_ variant: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>)
        -> Int
    {
        var count = 0
        for b in variant {
            if b >= 0x80 { return 0 }
            if isVowel(b) || (count > 0 && out[count - 1] == b) { continue }
            out[count] = b
            count += 1
        }
        return count
    }

    @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "a") || b == UInt8(ascii: "e") || b == UInt8(ascii: "i") || b == UInt8(ascii: "o")
            || b == UInt8(ascii: "u")
    }

    static func isArticle(_ w: [UInt8]) -> Bool {
        w.withUnsafeBufferPointer { isArticle($0) }
    }

    /// Arabic article forms as separate words after folding ("al-Tleisa" → "al tleisa"), including the
    /// sun-letter assimilations and French/German spellings (el, ech, esh, ed, er, et, ez, en, es).
    static func isArticle(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        switch w.count {
        case 2:
            let a = w[0], b = w[1]
            if a == UInt8(ascii: "i") || a == UInt8(ascii: "u") { return b == UInt8(ascii: "l") }
            guard a == UInt8(ascii: "a") || a == UInt8(ascii: "e") else { return false }
            return b == UInt8(ascii: "l") || b == UInt8(ascii: "s") || b == UInt8(ascii: "d") || b == UInt8(ascii: "r")
                || b == UInt8(ascii: "t") || b == UInt8(ascii: "z") || b == UInt8(ascii: "n")
        case 3:
            let a = w[0], b = w[1], c = w[2]
            guard (a == UInt8(ascii: "a") || a == UInt8(ascii: "e")) && c == UInt8(ascii: "h") else { return false }
            return b == UInt8(ascii: "s") || b == UInt8(ascii: "t") || b == UInt8(ascii: "d") || b == UInt8(ascii: "c")
                || b == UInt8(ascii: "z")
        case 4:
            // The Arabic article ال written alone.
            return w[0] == 0xD8 && w[1] == 0xA7 && w[2] == 0xD9 && w[3] == 0x84
        default:
            return false
        }
    }
}
