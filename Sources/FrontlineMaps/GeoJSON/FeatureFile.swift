import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A GeoJSON FeatureCollection built straight into bytes, in the layout `GeoJSON.fileText` writes (one
/// feature per line), for files with many features or many coordinates.
///
/// Positions are given as micro-degree integers (`E6`), so rounding happens once per vertex and
/// positions that round to the same point can be dropped before they make a zero-length segment.
///
/// The features are kept in chunks of about `chunkSize` bytes rather than one array, so that `data()`
/// can release each chunk as soon as it is copied: a whole array would be held beside its copy, twice
/// the file at once (96 MB for the 10,000-place war's 48 MB `events.geojson`, the run's peak), and
/// would pass through a doubling copy on growth besides.
struct FeatureFile {
    /// The chunk being written; full chunks move to `chunks`.
    private(set) var body: [UInt8] = []
    /// Full chunks, in order, before `body`.
    private var chunks: [[UInt8]] = []
    private(set) var count = 0
    /// The bounding box of every position written, in micro-degrees.
    private(set) var bounds = E6Box()

    /// A chunk is set aside once it holds this many bytes.
    static let chunkSize = 1 << 20

    init(reserve: Int = 0) { body.reserveCapacity(min(reserve, Self.chunkSize)) }

    /// Sets the current chunk aside once it is full; called after each feature, so a feature is
    /// never split (a chunk may exceed `chunkSize` by one feature).
    private mutating func endFeature() {
        guard body.count >= Self.chunkSize else { return }
        chunks.append(body)
        body = []
        body.reserveCapacity(Self.chunkSize + Self.chunkSize / 8)
    }

    /// Appends a feature: `{"type":"Feature","properties":…,"geometry":…}`.
    mutating func add(properties: [(String, JSONValue)], geometry: (inout GeometryBytes) -> Void) {
        body.append(contentsOf: count == 0 ? Array("\n".utf8) : Array(",\n".utf8))
        count += 1
        body.append(contentsOf: #"{"type":"Feature","properties":"#.utf8)
        JSONValue.writeObject(properties, into: &body)
        body.append(contentsOf: #","geometry":"#.utf8)
        // Hand the buffer over (swap, never copy: a copy per feature would make the file quadratic).
        var g = GeometryBytes(bytes: [], bounds: bounds)
        swap(&g.bytes, &body)
        geometry(&g)
        swap(&g.bytes, &body)
        bounds = g.bounds
        body.append(UInt8(ascii: "}"))
        endFeature()
    }

    /// Appends a feature whose geometry was serialized before (an unchanged territory reused).
    mutating func add(properties: [(String, JSONValue)], serializedGeometry: [UInt8], bounds extra: E6Box) {
        body.append(contentsOf: count == 0 ? Array("\n".utf8) : Array(",\n".utf8))
        count += 1
        body.append(contentsOf: #"{"type":"Feature","properties":"#.utf8)
        JSONValue.writeObject(properties, into: &body)
        body.append(contentsOf: #","geometry":"#.utf8)
        body.append(contentsOf: serializedGeometry)
        bounds.formUnion(extra)
        body.append(UInt8(ascii: "}"))
        endFeature()
    }

    /// Appends a feature already serialized whole (from `serializeFeature`), with its bounds.
    mutating func add(serializedFeature: [UInt8], bounds extra: E6Box) {
        body.append(contentsOf: count == 0 ? Array("\n".utf8) : Array(",\n".utf8))
        count += 1
        body.append(contentsOf: serializedFeature)
        bounds.formUnion(extra)
        endFeature()
    }

    /// Appends the pieces of one feature: `prefix` (everything up to the last property), then more
    /// properties, then `suffix` (closing the properties and carrying the geometry).
    mutating func add(prefix: [UInt8], extra: [(String, JSONValue)], suffix: [UInt8], bounds extra2: E6Box) {
        body.append(contentsOf: count == 0 ? Array("\n".utf8) : Array(",\n".utf8))
        count += 1
        body.append(contentsOf: prefix)
        for (k, v) in extra {
            body.append(UInt8(ascii: ","))
            JSONValue.escape(k, into: &body)
            body.append(UInt8(ascii: ":"))
            v.write(into: &body)
        }
        body.append(contentsOf: suffix)
        bounds.formUnion(extra2)
        endFeature()
    }

    /// The whole file: type, bbox (when anything was written and `withBBox`), foreign members, features.
    /// Takes the features: each chunk is released once copied, and the file is left empty.
    mutating func data(withBBox: Bool = true, foreign: [(String, JSONValue)] = []) -> Data {
        var head = "{\n\"type\":\"FeatureCollection\""
        if withBBox, !bounds.isEmpty {
            var b: [UInt8] = []
            b.append(UInt8(ascii: "["))
            GeometryBytes.appendE6(bounds.minLon, &b); b.append(UInt8(ascii: ","))
            GeometryBytes.appendE6(bounds.minLat, &b); b.append(UInt8(ascii: ","))
            GeometryBytes.appendE6(bounds.maxLon, &b); b.append(UInt8(ascii: ","))
            GeometryBytes.appendE6(bounds.maxLat, &b); b.append(UInt8(ascii: "]"))
            head += ",\n\"bbox\":" + String(decoding: b, as: UTF8.self)
        }
        for (k, v) in foreign {
            head += ",\n"
            JSONValue.escape(k, into: &head)
            head += ":" + v.serialized()
        }
        head += ",\n\"features\":["
        let size = chunks.reduce(body.count) { $0 + $1.count }
        var data = Data(capacity: head.utf8.count + size + 8)
        data.append(contentsOf: head.utf8)
        for i in chunks.indices {
            data.append(contentsOf: chunks[i])
            chunks[i] = []
            // Chunks this size come from malloc's heap, not their own mappings (glibc's mmap threshold
            // has grown past them by now), so freeing one keeps its pages resident: give them back
            // every 16 MB, or the copy would still hold the whole file twice.
            if i % 16 == 15 { Self.returnFreedMemory() }
        }
        chunks = []
        data.append(contentsOf: body)
        body = []
        data.append(contentsOf: "\n]\n}\n".utf8)
        return data
    }
}

extension FeatureFile {
    /// Returns the pages of freed heap memory to the system (glibc's `malloc_trim`); elsewhere, nothing.
    static func returnFreedMemory() {
        _ = mallocTrim?(0)
    }

    /// glibc's `malloc_trim`, looked up at run time: the Glibc module does not export `malloc.h`, and
    /// another C library may not have it (then `nil`).
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
            // dlsym with RTLD_DEFAULT (NULL in glibc) searches the process's global symbols; NULL if absent.
            guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
            return nil
        #endif
    }()
}

/// A bounding box in micro-degrees.
struct E6Box: Hashable {
    var minLon = Int64.max, minLat = Int64.max, maxLon = Int64.min, maxLat = Int64.min
    var isEmpty: Bool { minLon > maxLon }

    mutating func add(_ p: SIMD2<Int64>) {
        minLon = min(minLon, p.x); maxLon = max(maxLon, p.x)
        minLat = min(minLat, p.y); maxLat = max(maxLat, p.y)
    }

    mutating func formUnion(_ o: E6Box) {
        guard !o.isEmpty else { return }
        minLon = min(minLon, o.minLon); maxLon = max(maxLon, o.maxLon)
        minLat = min(minLat, o.minLat); maxLat = max(maxLat, o.maxLat)
    }
}

/// Writes RFC 7946 geometries as bytes from micro-degree positions.
struct GeometryBytes {
    var bytes: [UInt8]
    var bounds: E6Box

    init(bytes: [UInt8] = [], bounds: E6Box = E6Box()) {
        self.bytes = bytes
        self.bounds = bounds
    }

    static func e6(_ v: Double) -> Int64 { Microdegrees.round(v) }

    static func e6(_ p: LonLat) -> SIMD2<Int64> { SIMD2(e6(p.lon), e6(p.lat)) }

    static func appendE6(_ n: Int64, _ out: inout [UInt8]) { Microdegrees.append(n, to: &out) }

    mutating func position(_ p: SIMD2<Int64>) {
        bounds.add(p)
        bytes.append(UInt8(ascii: "["))
        Self.appendE6(p.x, &bytes)
        bytes.append(UInt8(ascii: ","))
        Self.appendE6(p.y, &bytes)
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    /// `{"type":"Point","coordinates":[lon,lat]}`.
    mutating func point(_ p: SIMD2<Int64>) {
        raw(#"{"type":"Point","coordinates":"#)
        position(p)
        raw("}")
    }

    /// Positions of a ring or line, dropping a position equal to the one before it (after rounding).
    /// Returns how many were written.
    private mutating func positions(_ points: [SIMD2<Int64>]) {
        bytes.append(UInt8(ascii: "["))
        for (i, p) in points.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            position(p)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// `{"type":"MultiPolygon","coordinates":[…]}` from polygons of rings (open, as vertex lists).
    mutating func multiPolygon(_ polygons: [[[SIMD2<Int64>]]]) {
        raw(#"{"type":"MultiPolygon","coordinates":["#)
        var firstPolygon = true
        for polygon in polygons {
            let rings = polygon.enumerated().compactMap { (i, r) -> [SIMD2<Int64>]? in
                let c = GeometryRings.clean(r, ring: true)
                return c.isEmpty && i > 0 ? nil : c
            }
            guard let shell = rings.first, !shell.isEmpty else { continue }
            if !firstPolygon { raw(",") }
            firstPolygon = false
            raw("[")
            for (i, r) in rings.enumerated() {
                if i > 0 { raw(",") }
                positions(r)
            }
            raw("]")
        }
        raw("]}")
    }

    /// `{"type":"MultiPolygon","coordinates":[…]}` from mesh polygons (rings of vertex indices) and the
    /// vertices' micro-degree positions: the same text as `multiPolygon(_:)` on the mapped positions.
    mutating func multiPolygon(_ polygons: [MeshPolygon], _ e6: [SIMD2<Int64>]) {
        var scratch: [SIMD2<Int64>] = []
        var cleaned: [[SIMD2<Int64>]] = []
        raw(#"{"type":"MultiPolygon","coordinates":["#)
        var firstPolygon = true
        for polygon in polygons {
            cleaned.removeAll(keepingCapacity: true)
            for (i, ring) in polygon.rings.enumerated() {
                scratch.removeAll(keepingCapacity: true)
                for v in ring { scratch.append(e6[Int(v)]) }
                let c = GeometryRings.clean(scratch, ring: true)
                if c.isEmpty { if i == 0 { break } else { continue } }
                cleaned.append(c)
            }
            guard !cleaned.isEmpty else { continue }
            if !firstPolygon { raw(",") }
            firstPolygon = false
            raw("[")
            for (i, r) in cleaned.enumerated() {
                if i > 0 { raw(",") }
                positions(r)
            }
            raw("]")
        }
        raw("]}")
    }

    /// `{"type":"MultiLineString","coordinates":[…]}`.
    mutating func multiLineString(_ lines: [[SIMD2<Int64>]]) {
        raw(#"{"type":"MultiLineString","coordinates":["#)
        var first = true
        for line in lines {
            let c = GeometryRings.clean(line, ring: false)
            guard !c.isEmpty else { continue }
            if !first { raw(",") }
            first = false
            positions(c)
        }
        raw("]}")
    }

    /// `{"type":"MultiPolygon","coordinates":[…]}` from a territory's polygons, whose positions are
    /// on the output grid and already cleaned: written as they are.
    mutating func multiPolygon(grid polygons: [[[LonLat]]]) {
        raw(#"{"type":"MultiPolygon","coordinates":["#)
        for (i, polygon) in polygons.enumerated() {
            if i > 0 { raw(",") }
            raw("[")
            for (j, ring) in polygon.enumerated() {
                if j > 0 { raw(",") }
                positions(ring.map(Self.e6))
            }
            raw("]")
        }
        raw("]}")
    }

    /// `{"type":"MultiLineString","coordinates":[…]}` from a front's lines (on the grid, cleaned).
    mutating func multiLineString(grid lines: [[LonLat]]) {
        raw(#"{"type":"MultiLineString","coordinates":["#)
        for (i, line) in lines.enumerated() {
            if i > 0 { raw(",") }
            positions(line.map(Self.e6))
        }
        raw("]}")
    }
}
