/// Coordinates as whole micro-degrees (6 decimals, about 0.1 m): the grid every written position is
/// on. Rounding happens once per position, so equal text means equal numbers.
enum Microdegrees {
    /// Rounds a coordinate to micro-degrees exactly as `JSONValue.format(_:digits: 6)` does.
    static func round(_ v: Double) -> Int64 {
        guard v.isFinite else { return 0 }
        let n = Int64((abs(v) * 1_000_000).rounded(.toNearestOrAwayFromZero))
        return v < 0 ? -n : n
    }

    /// The text of `JSONValue.format(v, digits: 6)` for `n = round(v)`.
    static func append(_ n: Int64, to out: inout [UInt8]) {
        if n == 0 { out.append(UInt8(ascii: "0")); return }
        // Digits right to left into a fixed buffer: no String per number.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let count = withUnsafeMutableBytes(of: &digits) { raw -> Int in
            var m = n.magnitude
            var pos = raw.count
            var frac = 6
            var trimming = true
            while frac > 0 {
                let d = UInt8(m % 10)
                m /= 10
                frac -= 1
                if trimming && d == 0 { continue }
                trimming = false
                pos -= 1
                raw[pos] = 48 + d
            }
            if !trimming {
                pos -= 1
                raw[pos] = UInt8(ascii: ".")
            }
            repeat {
                pos -= 1
                raw[pos] = 48 + UInt8(m % 10)
                m /= 10
            } while m > 0
            if n < 0 {
                pos -= 1
                raw[pos] = UInt8(ascii: "-")
            }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[pos...]))
            return raw.count - pos
        }
        _ = count
    }

}
