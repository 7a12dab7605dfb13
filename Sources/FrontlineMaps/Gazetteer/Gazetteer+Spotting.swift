extension Gazetteer {
    /// Words a sentence starts with or an article uses often that must never be read as a place, even
    /// when some village is spelled that way. English, so generic: no place name of any article is here.
    static let ordinaryWords: Set<String> = Set<String>([
        "a", "about", "according", "after", "again", "against", "all", "also", "an", "and", "another", "any", "are",
        "army", "around", "as", "at", "away", "back", "base", "be", "because", "been", "before", "being", "between",
        "both", "but", "by", "can", "city", "control", "could", "day", "days", "during", "each", "early", "east",
        "eastern", "even", "every", "few", "first", "for", "forces", "free", "from", "government", "had", "half",
        "has", "have", "he", "her", "his", "however", "if", "in", "inside", "into", "is", "it", "its", "last", "late",
        "later", "little", "local", "main", "many", "may", "more", "most", "much", "near", "nearby", "new", "no",
        "north", "northern", "not", "now", "of", "on", "one", "only", "or", "other", "our", "out", "over", "part",
        "parts", "people", "rebel", "rebels", "road", "same", "second", "several", "she", "since", "so", "some",
        "south", "southern", "still", "such", "than", "that", "the", "their", "them", "then", "there", "these",
        "they", "third", "this", "those", "three", "through", "to", "town", "towns", "two", "under", "until", "up",
        "village", "villages", "was", "we", "week", "were", "west", "western", "what", "when", "where", "which",
        "while", "who", "will", "with", "within", "would", "year", "yet",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozens", "hundreds",
        "thousands",
    ]).union(Day.monthNames.map { $0.lowercased() })

    /// The longest number of words a place name in running text is read over.
    static let longestSpotWords = 5

    /// Place names written in plain text: spans of up to five words that start with a capital letter, an
    /// Arabic article (al-, el-, as-, …) or Arabic script, and whose exact or transliteration-variant key
    /// is some record's name. Leftmost-longest and non-overlapping; never fuzzy (a misspelling in running
    /// text is indistinguishable from an ordinary word); ordinary English words are skipped.
    public func spot(in text: String) -> [PlaceSpot] {
        var text = text
        return text.withUTF8 { bytes -> [PlaceSpot] in
            let words = Self.words(in: bytes)
            var spots: [PlaceSpot] = []
            var i = 0
            while i < words.count {
                guard words[i].canStart, !isOrdinary(bytes, words[i].range) else {
                    i += 1
                    continue
                }
                var matched: Int? = nil
                let last = min(words.count - 1, i + Self.longestSpotWords - 1)
                for j in stride(from: last, through: i, by: -1) {
                    // A span never crosses sentence punctuation (commas, full stops, brackets).
                    if j > i && words[i + 1...j].contains(where: { $0.afterBreak }) { continue }
                    if j > i && isOrdinary(bytes, words[j].range) { continue }
                    let range = words[i].range.lowerBound..<words[j].range.upperBound
                    let keys = NameNormalizer.withKeys(
                        UnsafeBufferPointer(rebasing: bytes[range]), NameNormalizer.hashes)
                    guard keys.hasExact else { continue }
                    if !names.exact.lookup(keys.exact).isEmpty
                        || (keys.hasVariant && !names.variant.lookup(keys.variant).isEmpty)
                    {
                        matched = j
                        spots.append(
                            PlaceSpot(
                                range: range,
                                name: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)))
                        break
                    }
                }
                i = (matched ?? i) + 1
            }
            return spots
        }
    }

    private func isOrdinary(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count <= 12, bytes[range].allSatisfy({ $0 < 0x80 }) else { return false }
        if range.count < 3 && bytes[range].allSatisfy({ $0 < 0x80 }) {
            return true  // "al" alone, "On", "In": too short to be read as a place in running text
        }
        return Self.ordinaryWords.contains(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).lowercased())
    }

    /// A word of running text: letters (any script), digits, and apostrophes or hyphens inside it; an
    /// English possessive "'s" is not part of it.
    struct TextWord {
        var range: Range<Int>
        /// Starts with a capital, with an Arabic article and a hyphen ("al-Tleisa"), or with Arabic script.
        var canStart: Bool
        /// Sentence punctuation stands between this word and the previous one.
        var afterBreak: Bool
    }

    static func words(in bytes: UnsafeBufferPointer<UInt8>) -> [TextWord] {
        var words: [TextWord] = []
        var i = 0
        let n = bytes.count
        var sawBreak = false
        func isLetter(_ k: Int) -> Bool {
            guard k < n else { return false }
            let b = bytes[k]
            if b >= 0x80 {
                // General punctuation (E2 80 xx: dashes, quotes, ellipsis) and no-break space are not letters.
                if b == 0xE2 && k + 1 < n && bytes[k + 1] == 0x80 { return false }
                if b == 0xC2 && k + 1 < n && (bytes[k + 1] == 0xA0 || bytes[k + 1] == 0xAB || bytes[k + 1] == 0xBB) {
                    return false
                }
                return true
            }
            return (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
        }
        func isJoiner(_ k: Int) -> Bool {
            guard k < n else { return false }
            if bytes[k] == UInt8(ascii: "'") || bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: "`") {
                return true
            }
            // ’ ‘ (E2 80 98/99) and ʿ ʾ (CA BF / CA BE) as ayn/hamza inside a word.
            if bytes[k] == 0xE2 && k + 2 < n && bytes[k + 1] == 0x80 && (bytes[k + 2] == 0x98 || bytes[k + 2] == 0x99) {
                return true
            }
            return false
        }
        func joinerLength(_ k: Int) -> Int { bytes[k] == 0xE2 ? 3 : 1 }
        while i < n {
            guard isLetter(i) else {
                let b = bytes[i]
                if b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
                    || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: "[")
                    || b == UInt8(ascii: "]")
                    || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: "\"") || b == 0x0A
                    || b == 0xE2
                {
                    sawBreak = true
                }
                i += bytes[i] >= 0xC0 ? (bytes[i] >= 0xE0 ? (bytes[i] >= 0xF0 ? 4 : 3) : 2) : 1
                continue
            }
            let start = i
            while true {
                while isLetter(i) { i += 1 }
                if isJoiner(i) && isLetter(i + joinerLength(i)) {
                    i += joinerLength(i)
                    continue
                }
                break
            }
            var end = i
            // English possessive: "Hama's".
            if end - start > 3, bytes[end - 1] == UInt8(ascii: "s") {
                if bytes[end - 2] == UInt8(ascii: "'") {
                    end -= 2
                } else if end - start > 5, bytes[end - 2] == 0x99, bytes[end - 3] == 0x80, bytes[end - 4] == 0xE2 {
                    end -= 4
                }
            }
            let first = bytes[start]
            var canStart = (first >= 0x41 && first <= 0x5A) || first >= 0xD8 && first <= 0xDB
            if first >= 0xC3 && first < 0xD8 || first == 0xE1 {
                // A capital Latin letter with a diacritic (Ḩ, Ţ, Ş, …) also starts a name.
                let scalarText = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + 3)]), as: UTF8.self)
                canStart = scalarText.first?.isUppercase ?? false
            }
            if !canStart, let hyphen = bytes[start..<end].firstIndex(of: UInt8(ascii: "-")), hyphen - start <= 3 {
                var probe = Array(bytes[start..<hyphen])
                for k in probe.indices { probe[k] |= 0x20 }
                canStart = NameNormalizer.isArticle(probe)
            }
            words.append(TextWord(range: start..<end, canStart: canStart, afterBreak: sawBreak))
            sawBreak = false
        }
        return words
    }
}
