/// Splits a sentence into `Token`s in one pass over its UTF-8 bytes.
///
/// Apostrophes and hyphens inside a word belong to it ("Ma'an", "al-Tleisa", "pro-government"),
/// thousands separators belong to a number ("1,500"), and typographic dashes are punctuation so that
/// "90–200" reads as a range.
enum Tokenizer {
    static func tokens(_ u: [UInt8]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(u.count / 5)
        var i = 0
        let n = u.count
        while i < n {
            let c = u[i]
            if isSpace(c) { i += 1; continue }
            // Typographic punctuation: en/em dash, curly quotes.
            if c == 0xE2, i + 2 < n, u[i + 1] == 0x80 {
                let d = u[i + 2]
                if d == 0x93 || d == 0x94 {
                    out.append(Token(key: "-", kind: .punctuation, range: i..<i + 3, isCapitalised: false, value: nil))
                    i += 3; continue
                }
                if d == 0x9C || d == 0x9D || d == 0x98 {
                    out.append(Token(key: "\"", kind: .punctuation, range: i..<i + 3, isCapitalised: false, value: nil))
                    i += 3; continue
                }
            }
            if isDigit(c) {
                var j = i
                var v = 0
                while j < n {
                    if isDigit(u[j]) {
                        v = v &* 10 &+ Int(u[j] - 48); j += 1
                    } else if u[j] == UInt8(ascii: ","), j + 3 < n, isDigit(u[j + 1]), isDigit(u[j + 2]),
                        isDigit(u[j + 3]),
                        j + 4 >= n || !isDigit(u[j + 4])
                    {
                        j += 1
                    } else {
                        break
                    }
                }
                // A number glued to letters ("40km", "3rd") stays one word.
                if j < n, isWordByte(u[j]), !isTypographic(u, j) {
                    let start = i
                    while j < n, !isTypographic(u, j), isWordByte(u[j]) || isDigit(u[j]) || isInnerMark(u, j) {
                        j += apostropheLength(u, j)
                    }
                    out.append(
                        Token(key: lower(u[start..<j]), kind: .word, range: start..<j, isCapitalised: false, value: nil)
                    )
                } else {
                    // More than 15 digits is no count of anything (and has wrapped): a number without a value.
                    let digits = u[i..<j].reduce(0) { $0 + (isDigit($1) ? 1 : 0) }
                    out.append(
                        Token(
                            key: String(decoding: u[i..<j], as: UTF8.self), kind: .number, range: i..<j,
                            isCapitalised: false,
                            value: digits <= 15 ? v : nil))
                }
                i = j
                continue
            }
            if isWordByte(c) {
                var j = i + 1
                while j < n {
                    if isInnerMark(u, j) { j += apostropheLength(u, j); continue }
                    guard !isTypographic(u, j), isWordByte(u[j]) || isDigit(u[j]) else { break }
                    j += 1
                }
                out.append(
                    Token(
                        key: lower(u[i..<j]), kind: .word, range: i..<j, isCapitalised: c >= 65 && c <= 90, value: nil))
                i = j
                continue
            }
            // Other punctuation, one byte (or one scalar) at a time.
            var len = 1
            if c >= 0xC0 { len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2 }  // unreachable for letters; kept for safety
            let end = min(n, i + len)
            out.append(
                Token(
                    key: String(decoding: u[i..<end], as: UTF8.self), kind: .punctuation, range: i..<end,
                    isCapitalised: false, value: nil))
            i = end
        }
        return out
    }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// Letters: ASCII letters and any non-ASCII scalar that is not typographic punctuation.
    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0x80
    }

    /// An apostrophe or hyphen between two word characters, or a backtick used as 'ayn ("Ma`an").
    static func isInnerMark(_ u: [UInt8], _ j: Int) -> Bool {
        let n = u.count
        let c = u[j]
        if c == UInt8(ascii: "'") || c == UInt8(ascii: "-") || c == UInt8(ascii: "`") {
            // ("al-'Amariyah", "al-`Ayn": a hyphen before an 'ayn written as an apostrophe.)
            if c == UInt8(ascii: "-"), j + 2 < n, u[j + 1] == UInt8(ascii: "'") || u[j + 1] == UInt8(ascii: "`") {
                return isWordByte(u[j + 2]) && !isTypographic(u, j + 2)
            }
            return j + 1 < n && (isWordByte(u[j + 1]) && !isTypographic(u, j + 1) || isDigit(u[j + 1]))
        }
        if c == 0xE2, j + 2 < n, u[j + 1] == 0x80, u[j + 2] == 0x99 {  // ’
            return j + 3 < n && isWordByte(u[j + 3]) && !isTypographic(u, j + 3)
        }
        return false
    }

    /// Bytes to advance over position j inside a word: 3 for ’ and for typographic scalars, else 1.
    @inline(__always) static func apostropheLength(_ u: [UInt8], _ j: Int) -> Int {
        if u[j] == 0xE2, j + 2 < u.count, u[j + 1] == 0x80, u[j + 2] == 0x99 { return 3 }
        return 1
    }

    /// A dash or curly quote (which are punctuation, not letters).
    @inline(__always) static func isTypographic(_ u: [UInt8], _ j: Int) -> Bool {
        u[j] == 0xE2 && j + 2 < u.count && u[j + 1] == 0x80 && [0x93, 0x94, 0x9C, 0x9D, 0x98].contains(u[j + 2])
    }

    static func lower(_ s: ArraySlice<UInt8>) -> String {
        var b = [UInt8]()
        b.reserveCapacity(s.count)
        for c in s { b.append(c >= 65 && c <= 90 ? c + 32 : c) }
        // Normalise the curly apostrophe to ASCII so "Ma’an" and "Ma'an" are one key.
        if let k = b.firstIndex(of: 0xE2) {
            var r = [UInt8]()
            var i = 0
            while i < b.count {
                if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x99 {
                    r.append(39); i += 3
                } else {
                    r.append(b[i]); i += 1
                }
            }
            _ = k
            return String(decoding: r, as: UTF8.self)
        }
        return String(decoding: b, as: UTF8.self)
    }
}
