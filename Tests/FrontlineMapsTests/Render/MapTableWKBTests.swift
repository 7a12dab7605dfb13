import Foundation
import Testing

@testable import FrontlineMaps

/// The GIS rows carry WKB instead of GeoJSON text; a reader of either must get the same doubles, or
/// war.gpkg would drift from the GeoJSON files (and from its committed bytes).
@Suite("GIS rows as WKB")
struct MapTableWKBTests {
    /// The doubles of a WKB point (little-endian ISO, as `WKBBytes` writes).
    func coordinates(_ wkb: [UInt8]) -> (Double, Double) {
        func double(at offset: Int) -> Double {
            var bits: UInt64 = 0
            for i in 0..<8 { bits |= UInt64(wkb[offset + i]) << (8 * UInt64(i)) }
            return Double(bitPattern: bits)
        }
        return (double(at: 5), double(at: 13))
    }

    @Test("a WKB coordinate is the double a parser reads from the GeoJSON text of the same micro-degrees")
    func sameDoubles() throws {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, 1e-6, -1e-6, 0.5, -0.5, 180, -180, 90, -90, 36.123456, 35.999999, 0.1, 0.3]
        for _ in 0..<20_000 { values.append(Double.random(in: -180...180, using: &generator)) }
        for v in values {
            let e6 = GeometryBytes.e6(v)
            var text: [UInt8] = []
            Microdegrees.append(e6, to: &text)
            var wkb = WKBBytes()
            wkb.point(SIMD2(e6, e6))
            let parsed = try #require(Double(String(decoding: text, as: UTF8.self)))
            let (x, y) = coordinates(wkb.bytes)
            #expect(x.bitPattern == parsed.bitPattern, "\(v): WKB \(x), text \(String(decoding: text, as: UTF8.self))")
            #expect(y.bitPattern == parsed.bitPattern)
        }
    }

    @Test("a multipolygon's WKB has ISO type codes and counts in little-endian order")
    func multiPolygonLayout() {
        var wkb = WKBBytes()
        let ring = [LonLat(lon: 0, lat: 0), LonLat(lon: 1, lat: 0), LonLat(lon: 1, lat: 1), LonLat(lon: 0, lat: 0)]
        wkb.multiPolygon(grid: [[ring]])
        #expect(Array(wkb.bytes.prefix(9)) == [1, 6, 0, 0, 0, 1, 0, 0, 0])
        #expect(Array(wkb.bytes[9..<22]) == [1, 3, 0, 0, 0, 1, 0, 0, 0, 4, 0, 0, 0])
        #expect(wkb.bytes.count == 9 + 9 + 4 + 4 * 16)
    }
}
