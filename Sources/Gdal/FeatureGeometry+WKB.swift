/// Coordinate forms encoded as little-endian ISO WKB, so OGR builds every geometry from one reader.
extension FeatureGeometry {
    /// The WKB bytes for the coordinate forms (WKB as given; `nil` for WKT and GeoJSON).
    /// - Throws: `GdalError.invalidInput` for a non-finite coordinate, an unclosed ring or too few points.
    func encodedWKB() throws -> [UInt8]? {
        var out: [UInt8] = []
        switch self {
        case let .wkb(bytes): return bytes
        case .wkt, .geoJSON: return nil
        case let .point(c):
            header(1, &out)
            try put(c, &out)
        case let .lineString(points):
            try line(points, &out)
        case let .multiLineString(lines):
            header(5, &out)
            count(lines.count, &out)
            for points in lines { try line(points, &out) }
        case let .polygon(rings):
            try polygon(rings, &out)
        case let .multiPolygon(polygons):
            header(6, &out)
            count(polygons.count, &out)
            for rings in polygons { try polygon(rings, &out) }
        }
        return out
    }

    private func header(_ type: UInt32, _ out: inout [UInt8]) {
        out.append(1)  // little-endian
        count(Int(type), &out)
    }

    private func count(_ n: Int, _ out: inout [UInt8]) {
        withUnsafeBytes(of: UInt32(n).littleEndian) { out.append(contentsOf: $0) }
    }

    private func put(_ c: Coordinate, _ out: inout [UInt8]) throws {
        guard c.longitude.isFinite, c.latitude.isFinite else {
            throw GdalError.invalidInput("non-finite coordinate (\(c.longitude), \(c.latitude))")
        }
        withUnsafeBytes(of: c.longitude.bitPattern.littleEndian) { out.append(contentsOf: $0) }
        withUnsafeBytes(of: c.latitude.bitPattern.littleEndian) { out.append(contentsOf: $0) }
    }

    private func line(_ points: [Coordinate], _ out: inout [UInt8]) throws {
        guard points.count >= 2 else { throw GdalError.invalidInput("a line needs two points, got \(points.count)") }
        header(2, &out)
        count(points.count, &out)
        for c in points { try put(c, &out) }
    }

    private func polygon(_ rings: [[Coordinate]], _ out: inout [UInt8]) throws {
        guard !rings.isEmpty else { throw GdalError.invalidInput("a polygon needs an outer ring") }
        header(3, &out)
        count(rings.count, &out)
        for ring in rings {
            guard ring.count >= 4 else { throw GdalError.invalidInput("a ring needs four points, got \(ring.count)") }
            guard ring.first == ring.last else { throw GdalError.invalidInput("ring is not closed") }
            count(ring.count, &out)
            for c in ring { try put(c, &out) }
        }
    }
}
