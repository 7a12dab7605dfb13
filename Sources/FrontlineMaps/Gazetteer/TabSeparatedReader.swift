#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a tab-separated file as bytes: lines and fields are ranges into one buffer, numbers are parsed
/// in place, and a `String` is made only for the fields kept. This is what keeps loading 10,000 places
/// within a few milliseconds; errors name `file:line:col` and show the line.
struct TabSeparatedReader {
    /// The file's bytes followed by one NUL, so `strtod` always stops inside the buffer.
    let bytes: [UInt8]
    let path: String

    /// Takes `bytes` over (no copy when the caller hands over its only reference and left capacity for
    /// the terminating NUL: a 100 MB GeoNames dump is held once, not three times).
    init(bytes: consuming [UInt8], path: String) {
        // A UTF-8 byte-order mark is not part of the first field.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        bytes.append(0)
        self.bytes = bytes
        self.path = path
    }

    /// Calls `body` with the 1-based line number, the line's byte range (without the newline) and its
    /// fields' ranges, for every non-empty line. A `\r` before the newline is not part of the last field.
    func forEachLine(_ body: (_ line: Int, _ range: Range<Int>, _ fields: [Range<Int>]) throws -> Void) rethrows {
        let end = bytes.count - 1
        var fields: [Range<Int>] = []
        fields.reserveCapacity(32)
        var lineNumber = 0
        var start = 0
        while start < end {
            lineNumber += 1
            var stop = start
            fields.removeAll(keepingCapacity: true)
            var fieldStart = start
            while stop < end && bytes[stop] != 0x0A {
                if bytes[stop] == 0x09 {
                    fields.append(fieldStart..<stop)
                    fieldStart = stop + 1
                }
                stop += 1
            }
            var lineEnd = stop
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            fields.append(fieldStart..<max(fieldStart, lineEnd))
            if lineEnd > start {
                try body(lineNumber, start..<lineEnd, fields)
            }
            start = stop + 1
        }
    }

    func string(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// A decimal number filling the whole field, or nil (empty, text, "nan", "inf").
    func double(_ range: Range<Int>) -> Double? {
        guard !range.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Double? in
            let base = UnsafeRawPointer(buffer.baseAddress! + range.lowerBound).assumingMemoryBound(to: CChar.self)
            var endPointer: UnsafeMutablePointer<CChar>? = nil
            // strtod reports "no number" by leaving the end pointer at the start; it reads in the C locale
            // because Swift programs never call setlocale.
            let value = strtod(base, &endPointer)
            guard let endPointer, UnsafeRawPointer(endPointer) == UnsafeRawPointer(base + range.count),
                value.isFinite
            else { return nil }
            return value
        }
    }

    /// A non-negative decimal integer filling the whole field (a ".0" tail is accepted), or nil.
    func int(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        var value = 0
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b == UInt8(ascii: ".") {
                for k in (i + 1)..<range.upperBound where bytes[k] != UInt8(ascii: "0") { return nil }
                return value
            }
            guard b >= 0x30 && b <= 0x39, value < Int.max / 10 - 10 else { return nil }
            value = value * 10 + Int(b - 0x30)
            i += 1
        }
        return value
    }

    /// Bytes of a field, for the name index.
    func withField<T>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// An error at a byte offset of a line: `file:line:col` with the column counted in characters.
    func error(_ message: String, line: Int, lineRange: Range<Int>, at offset: Int) -> FrontlineError {
        let column = string(lineRange.lowerBound..<max(lineRange.lowerBound, offset)).count + 1
        return FrontlineError(
            message, at: SourceLocation(file: path, line: line, column: column), sourceLine: string(lineRange))
    }
}
