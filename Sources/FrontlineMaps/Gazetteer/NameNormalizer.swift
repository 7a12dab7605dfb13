/// Turns a place name, written any of the ways articles and gazetteers write it, into three comparison
/// keys, from strict to loose, so that one spelling finds the record another spelling came from.
///
/// - `folded`: lowercase, diacritics and ayn/hamza marks (' ‘ ’ ʿ ʾ `) removed, hyphens, spaces and
///   punctuation collapsed to one space; Arabic script with its vowel marks and tatweel removed and its
///   alef, yeh, teh marbuta, kaf and hamza-seat forms unified. "Ḩalfāyā" and "Halfaya" meet here.
/// - `variant`: the folded words without Arabic articles (al-, el-, as-, ash-, ad-, ar-, at-, az-, an-
///   and their French/German forms; the Arabic ال), with transliteration variants unified
///   (kh/h, gh/g, dh/z/d, th/t, sh/ch/sch, ph/f, dj/j, k/q, ou/oo/o/u, ee/i, ei/ey/ai/ay, e/a), doubled
///   letters single, a final vowel + h and the construct -at of teh marbuta reduced to the vowel, and the
///   words joined without spaces. "Kafr Naboudeh" and "Kafr Nabudah" meet here.
/// - `skeleton`: the variant key without the vowels a e i o u (y and w stay consonants), for the vowel
///   differences transliterations disagree on most ("Mhardeh", "Muhradah"). Empty for non-Latin names.
///   Only used when at least three consonants remain.
///
/// Buffers are reused between calls so that normalising a query allocates nothing in the steady state.
struct NameNormalizer {
    private(set) var folded: [UInt8] = []
    private(set) var variant: [UInt8] = []
    private(set) var skeleton: [UInt8] = []
    private var word: [UInt8] = []
    private var mapped: [UInt8] = []

    init() {
        folded.reserveCapacity(64)
        variant.reserveCapacity(64)
        skeleton.reserveCapacity(64)
        word.reserveCapacity(32)
        mapped.reserveCapacity(32)
    }

    /// Normalises a Swift string (copying it to contiguous UTF-8 only if it is not already).
    mutating func normalize(_ name: String) {
        var name = name
        name.withUTF8 { normalize($0) }
    }

    /// Normalises UTF-8 bytes; fills `folded`, `variant` and `skeleton`.
    mutating func normalize(_ bytes: UnsafeBufferPointer<UInt8>) {
        fold(bytes)
        makeVariant()
        makeSkeleton()
    }

    /// Only the folded key (for exact comparison of names written with a different case or marks).
    mutating func foldOnly(_ bytes: UnsafeBufferPointer<UInt8>) {
        fold(bytes)
    }

    // MARK: - Folding

    private mutating func fold(_ bytes: UnsafeBufferPointer<UInt8>) {
        folded.removeAll(keepingCapacity: true)
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        @inline(__always) func emit(_ b: UInt8, _ folded: inout [UInt8], _ pendingSpace: inout Bool) {
            if pendingSpace {
                if !folded.isEmpty { folded.append(0x20) }
                pendingSpace = false
            }
            folded.append(b)
        }
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                switch b0 {
                case 0x41...0x5A: emit(b0 | 0x20, &folded, &pendingSpace)
                case 0x61...0x7A, 0x30...0x39: emit(b0, &folded, &pendingSpace)
                case 0x27, 0x60: break  // ' and ` stand for ayn or hamza: dropped, not a word break
                default: pendingSpace = true
                }
                continue
            }
            // Decode one multi-byte scalar.
            var scalar: UInt32
            var length: Int
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
            if i + length > n {
                break
            }
            for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
            let start = i
            i += length
            switch Self.scalarClass(scalar) {
            case .drop:
                continue
            case .separator:
                pendingSpace = true
            case .latin(let packed):
                emit(UInt8(truncatingIfNeeded: packed), &folded, &pendingSpace)
                if packed > 0xFF { folded.append(UInt8(truncatingIfNeeded: packed >> 8)) }
            case .arabic(let unified):
                emit(0xC0 | UInt8(unified >> 6), &folded, &pendingSpace)
                folded.append(0x80 | UInt8(unified & 0x3F))
            case .keep:
                emit(bytes[start], &folded, &pendingSpace)
                for k in 1..<length { folded.append(bytes[start + k]) }
            }
        }
    }

    // MARK: - Variant

    private mutating func makeVariant() {
        variant.removeAll(keepingCapacity: true)
        // Count the words first: an article is dropped only when a word follows it.
        var wordCount = folded.isEmpty ? 0 : 1
        for b in folded where b == 0x20 { wordCount += 1 }
        var start = 0
        var remaining = wordCount
        while start < folded.count {
            var end = start
            while end < folded.count && folded[end] != 0x20 { end += 1 }
            word.removeAll(keepingCapacity: true)
            word.append(contentsOf: folded[start..<end])
            remaining -= 1
            start = end + 1
            if remaining > 0 && Self.isArticle(word) { continue }
            if word.first ?? 0 >= 0x80 {
                appendArabicWord()
            } else {
                appendLatinWord()
            }
        }
    }

    /// Arabic word: the article ال is dropped when at least two letters follow it.
    private mutating func appendArabicWord() {
        var from = 0
        if word.count >= 8, word[0] == 0xD8, word[1] == 0xA7, word[2] == 0xD9, word[3] == 0x84 {
            from = 4
        }
        variant.append(contentsOf: word[from...])
    }

    /// Latin word: transliteration variants unified, doubled letters single, endings reduced.
    private mutating func appendLatinWord() {
        mapped.removeAll(keepingCapacity: true)
        let w = word
        let n = w.count
        var i = 0
        @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? w[k] : 0 }
        while i < n {
            let c = w[i]
            let c1 = at(i + 1)
            switch c {
            case UInt8(ascii: "s") where c1 == UInt8(ascii: "c") && at(i + 2) == UInt8(ascii: "h"):
                mapped.append(UInt8(ascii: "s")); mapped.append(UInt8(ascii: "h")); i += 3
            case UInt8(ascii: "c") where c1 == UInt8(ascii: "h"):
                mapped.append(UInt8(ascii: "s")); mapped.append(UInt8(ascii: "h")); i += 2
            case UInt8(ascii: "k") where c1 == UInt8(ascii: "h"):
                mapped.append(UInt8(ascii: "h")); i += 2
            case UInt8(ascii: "g") where c1 == UInt8(ascii: "h"):
                mapped.append(UInt8(ascii: "g")); i += 2
            case UInt8(ascii: "d") where c1 == UInt8(ascii: "h"):
                mapped.append(UInt8(ascii: "d")); i += 2
            case UInt8(ascii: "t") where c1 == UInt8(ascii: "h"):
                mapped.append(UInt8(ascii: "t")); i += 2
            case UInt8(ascii: "p") where c1 == UInt8(ascii: "h"):
                mapped.append(UInt8(ascii: "f")); i += 2
            case UInt8(ascii: "d") where c1 == UInt8(ascii: "j"):
                mapped.append(UInt8(ascii: "j")); i += 2
            case UInt8(ascii: "o") where c1 == UInt8(ascii: "u") || c1 == UInt8(ascii: "o"):
                mapped.append(UInt8(ascii: "u")); i += 2
            case UInt8(ascii: "o"):
                mapped.append(UInt8(ascii: "u")); i += 1
            case UInt8(ascii: "e") where c1 == UInt8(ascii: "e"):
                mapped.append(UInt8(ascii: "i")); i += 2
            case UInt8(ascii: "e") where c1 == UInt8(ascii: "i") || c1 == UInt8(ascii: "y"):
                mapped.append(UInt8(ascii: "a")); mapped.append(UInt8(ascii: "y")); i += 2
            case UInt8(ascii: "a") where c1 == UInt8(ascii: "i"):
                mapped.append(UInt8(ascii: "a")); mapped.append(UInt8(ascii: "y")); i += 2
            case UInt8(ascii: "e"):
                mapped.append(UInt8(ascii: "a")); i += 1
            case UInt8(ascii: "q"):
                mapped.append(UInt8(ascii: "k")); i += 1
            case UInt8(ascii: "z"):
                mapped.append(UInt8(ascii: "d")); i += 1
            default:
                mapped.append(c); i += 1
            }
        }
        // Doubled letters single.
        var out = 0
        for k in 0..<mapped.count where out == 0 || mapped[k] != mapped[out - 1] {
            mapped[out] = mapped[k]
            out += 1
        }
        mapped.removeLast(mapped.count - out)
        // Endings: vowel + h (teh marbuta, "-ah", "-eh", "-ih") and construct "-at" keep the vowel only.
        if mapped.count >= 3, let last = mapped.last {
            let before = mapped[mapped.count - 2]
            if last == UInt8(ascii: "h") && Self.isVowel(before) {
                mapped.removeLast()
            } else if mapped.count >= 4 && last == UInt8(ascii: "t") && before == UInt8(ascii: "a") {
                mapped.removeLast()
            }
        }
        variant.append(contentsOf: mapped)
    }

    // MARK: - Skeleton

    private mutating func makeSkeleton() {
        skeleton.removeAll(keepingCapacity: true)
        for b in variant {
            if b >= 0x80 {
                skeleton.removeAll(keepingCapacity: true)
                return
            }
            if Self.isVowel(b) || (skeleton.last == b) { continue }
            skeleton.append(b)
        }
    }

    /// Consonants in the skeleton: below three, a skeleton matches too many unrelated names.
    var skeletonIsUsable: Bool { skeleton.count >= 3 }

    @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "a") || b == UInt8(ascii: "e") || b == UInt8(ascii: "i") || b == UInt8(ascii: "o")
            || b == UInt8(ascii: "u")
    }

    /// Arabic article forms as separate words after folding ("al-Tleisa" → "al tleisa"), including the
    /// sun-letter assimilations and French/German spellings (el, ech, esh, ed, er, et, ez, en, es).
    static func isArticle(_ w: [UInt8]) -> Bool {
        switch w.count {
        case 2:
            let a = w[0], b = w[1]
            guard a == UInt8(ascii: "a") || a == UInt8(ascii: "e") || a == UInt8(ascii: "i") || a == UInt8(ascii: "u") else {
                return false
            }
            if a == UInt8(ascii: "i") || a == UInt8(ascii: "u") { return b == UInt8(ascii: "l") }
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
