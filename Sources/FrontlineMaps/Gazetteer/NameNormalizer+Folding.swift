import Foundation

extension NameNormalizer {
    /// What folding does with one non-ASCII scalar.
    enum ScalarClass {
        /// Removed without a word break: combining marks, ayn/hamza signs, Arabic vowel marks, tatweel.
        case drop
        /// A word break: dashes, no-break spaces, Arabic punctuation.
        case separator
        /// Replaced by one or two lowercase ASCII bytes, packed low byte first ("ß" → "ss").
        case latin(UInt16)
        /// An Arabic letter, possibly unified with its variants (أ إ آ ٱ → ا, ى ی → ي, ة → ه, ک → ك).
        case arabic(UInt32)
        /// Any other script: kept byte for byte.
        case keep
    }

    @inline(__always) static func scalarClass(_ s: UInt32) -> ScalarClass {
        if s < 0x2B0 { return latinTable[Int(s &- 0x80)] }
        if s < 0x370 { return .drop }  // spacing modifier letters (ʿ ʾ ʻ ʼ ˈ) and combining diacritics
        if s >= 0x0600 && s < 0x0700 { return arabicClass(s) }
        if s >= 0x1E00 && s < 0x1F00 { return latinExtendedTable[Int(s - 0x1E00)] }
        switch s {
        case 0x2010...0x2015, 0x2212, 0x00A0, 0x2000...0x200B, 0x2026, 0x3000: return .separator
        case 0x2018...0x201F, 0x2032, 0x2035, 0x200C, 0x200D, 0xFEFF: return .drop
        default: return .keep
        }
    }

    private static func arabicClass(_ s: UInt32) -> ScalarClass {
        switch s {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x0621: return .drop
        case 0x0622, 0x0623, 0x0625, 0x0671: return .arabic(0x0627)
        case 0x0624: return .arabic(0x0648)
        case 0x0626, 0x0649, 0x06CC: return .arabic(0x064A)
        case 0x0629, 0x06C1, 0x06D5, 0x06BE: return .arabic(0x0647)
        case 0x06A9: return .arabic(0x0643)
        case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4: return .separator
        case 0x0660...0x0669: return .latin(UInt16(0x30 + (s - 0x0660)))
        case 0x06F0...0x06F9: return .latin(UInt16(0x30 + (s - 0x06F0)))
        default: return .arabic(s)
        }
    }

    /// Letters Unicode does not decompose to a base letter, folded by their usual transliteration.
    private static let undecomposable: [UInt32: String] = [
        0x00DF: "ss", 0x00E6: "ae", 0x00C6: "ae", 0x0153: "oe", 0x0152: "oe", 0x00F8: "o", 0x00D8: "o",
        0x0131: "i", 0x0142: "l", 0x0141: "l", 0x0111: "d", 0x0110: "d", 0x0127: "h", 0x0126: "h",
        0x00FE: "th", 0x00DE: "th", 0x00F0: "d", 0x00D0: "d", 0x0167: "t", 0x0166: "t", 0x0259: "e",
        0x018F: "e", 0x025B: "e", 0x0190: "e", 0x0263: "gh", 0x0283: "sh", 0x0292: "zh", 0x01B7: "zh",
        0x014B: "n", 0x014A: "n", 0x0138: "k", 0x0140: "l", 0x013F: "l", 0x0149: "n",
    ]

    /// Scalars U+0080…U+02AF (Latin-1, Latin Extended-A/B, IPA): base letters from Unicode's canonical
    /// decomposition, so the table is derived, not typed; punctuation becomes a word break.
    static let latinTable: [ScalarClass] = (0x80..<0x2B0).map { foldLatin(UInt32($0)) }

    /// Scalars U+1E00…U+1EFF (Latin Extended Additional: ḩ ţ ş ḑ ẓ …), as above.
    static let latinExtendedTable: [ScalarClass] = (0x1E00..<0x1F00).map { foldLatin(UInt32($0)) }

    private static func foldLatin(_ value: UInt32) -> ScalarClass {
        if let special = undecomposable[value] { return pack(special) }
        switch value {
        case 0xB4, 0xAD: return .drop  // acute accent and soft hyphen, written for ayn or inside words
        case 0x80...0xBF, 0xD7, 0xF7: return .separator
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { return .keep }
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let base = decomposed.first, base.isASCII, base.properties.isAlphabetic else { return .keep }
        return pack(String(base).lowercased())
    }

    private static func pack(_ ascii: String) -> ScalarClass {
        let bytes = Array(ascii.utf8)
        return .latin(UInt16(bytes[0]) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0))
    }
}
