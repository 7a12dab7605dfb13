import CGEOS

/// A planar position (metres in this project).
public typealias XY = (x: Double, y: Double)

extension Geometry {
    /// A point.
    /// - Throws: `GeosError.invalidInput` for a non-finite coordinate; `GeosError.library` when GEOS fails.
    public static func point(_ p: XY, context: GeosContext) throws -> Geometry {
        guard p.x.isFinite, p.y.isFinite else { throw GeosError.invalidInput("non-finite point (\(p.x), \(p.y))") }
        // GEOSGeom_createPointFromXY_r returns NULL on exception.
        return try wrap(GEOSGeom_createPointFromXY_r(context.handle, p.x, p.y), "GEOSGeom_createPointFromXY_r", context)
    }

    /// A line string through `points` (at least two).
    /// - Throws: `GeosError.invalidInput` for fewer than two points; `GeosError.library` when GEOS fails.
    public static func lineString(_ points: [XY], context: GeosContext) throws -> Geometry {
        guard points.count >= 2 else {
            throw GeosError.invalidInput("a line string needs 2 points, got \(points.count)")
        }
        let seq = try sequence(points, context: context)
        // GEOSGeom_createLineString_r returns NULL on exception and then frees nothing: free the sequence.
        guard let g = GEOSGeom_createLineString_r(context.handle, seq) else {
            GEOSCoordSeq_destroy_r(context.handle, seq)
            throw context.error("GEOSGeom_createLineString_r")
        }
        return Geometry(owning: g, context: context)
    }

    /// A polygon from rings (exterior first), each closed (first point equals last) with at least four points.
    /// - Throws: `GeosError.invalidInput` for an open or short ring; `GeosError.library` when GEOS fails.
    public static func polygon(_ rings: [[XY]], context: GeosContext) throws -> Geometry {
        guard let exteriorPoints = rings.first else {
            // GEOSGeom_createEmptyPolygon_r returns NULL on exception.
            return try wrap(GEOSGeom_createEmptyPolygon_r(context.handle), "GEOSGeom_createEmptyPolygon_r", context)
        }
        let shell = try ring(exteriorPoints, context: context)
        var holes: [OpaquePointer?] = []
        do {
            for r in rings.dropFirst() { holes.append(try ring(r, context: context)) }
        } catch {
            GEOSGeom_destroy_r(context.handle, shell)
            for h in holes { GEOSGeom_destroy_r(context.handle, h) }
            throw error
        }
        // GEOSGeom_createPolygon_r returns NULL on exception. It takes the rings; whether it freed them on
        // failure is unspecified, so they are not freed here (a leak on a failure that valid rings never hit).
        let g = holes.withUnsafeMutableBufferPointer { buf in
            GEOSGeom_createPolygon_r(context.handle, shell, buf.baseAddress, UInt32(buf.count))
        }
        guard let g else { throw context.error("GEOSGeom_createPolygon_r") }
        return Geometry(owning: g, context: context)
    }

    /// A collection of the given kind (`multiPoint`, `multiLineString`, `multiPolygon` or `collection`),
    /// made from copies of `parts`.
    /// - Throws: `GeosError.invalidInput` for a non-collection kind; `GeosError.library` when GEOS fails.
    public static func collection(_ kind: Kind, _ parts: [Geometry], context: GeosContext) throws -> Geometry {
        guard [.multiPoint, .multiLineString, .multiPolygon, .collection].contains(kind) else {
            throw GeosError.invalidInput("\(kind) is not a collection kind")
        }
        var handles: [OpaquePointer?] = []
        handles.reserveCapacity(parts.count)
        for p in parts {
            // GEOSGeom_clone_r returns NULL on exception.
            guard let c = GEOSGeom_clone_r(context.handle, p.handle) else {
                for h in handles { GEOSGeom_destroy_r(context.handle, h) }
                throw context.error("GEOSGeom_clone_r")
            }
            handles.append(c)
        }
        // GEOSGeom_createCollection_r returns NULL on exception; ownership of the parts on failure is
        // unspecified, so they are not freed (no double free; a failure needs mismatched part kinds).
        let g = handles.withUnsafeMutableBufferPointer { buf in
            GEOSGeom_createCollection_r(context.handle, kind.rawValue, buf.baseAddress, UInt32(buf.count))
        }
        guard let g else { throw context.error("GEOSGeom_createCollection_r") }
        return Geometry(owning: g, context: context)
    }

    /// A multipoint of `points`, in order.
    /// - Throws: `GeosError.invalidInput` for a non-finite coordinate; `GeosError.library` when GEOS fails.
    public static func multiPoint(_ points: [XY], context: GeosContext) throws -> Geometry {
        try collection(.multiPoint, points.map { try point($0, context: context) }, context: context)
    }

    /// Reads Well-Known Text (for tests and fixtures).
    /// - Throws: `GeosError.library` with GEOS's parse message.
    public static func wkt(_ text: String, context: GeosContext) throws -> Geometry {
        // GEOSWKTReader_create_r returns NULL on exception.
        guard let reader = GEOSWKTReader_create_r(context.handle) else { throw context.error("GEOSWKTReader_create_r") }
        defer { GEOSWKTReader_destroy_r(context.handle, reader) }
        context.clearMessage()
        // GEOSWKTReader_read_r returns NULL on a parse error, with the reason in the error handler.
        return try wrap(GEOSWKTReader_read_r(context.handle, reader, text), "GEOSWKTReader_read_r", context)
    }

    /// Builds a coordinate sequence, owned by the caller until a geometry takes it.
    static func sequence(_ points: [XY], context: GeosContext) throws -> OpaquePointer {
        var flat: [Double] = []
        flat.reserveCapacity(points.count * 2)
        for p in points {
            guard p.x.isFinite, p.y.isFinite else {
                throw GeosError.invalidInput("non-finite coordinate (\(p.x), \(p.y))")
            }
            flat.append(p.x)
            flat.append(p.y)
        }
        // GEOSCoordSeq_copyFromBuffer_r returns NULL on exception.
        guard let seq = GEOSCoordSeq_copyFromBuffer_r(context.handle, flat, UInt32(points.count), 0, 0) else {
            throw context.error("GEOSCoordSeq_copyFromBuffer_r")
        }
        return seq
    }

    /// Builds a linear ring handle, owned by the caller until a polygon takes it.
    static func ring(_ points: [XY], context: GeosContext) throws -> OpaquePointer {
        guard points.count >= 4 else { throw GeosError.invalidInput("a ring needs 4 points, got \(points.count)") }
        guard let f = points.first, let l = points.last, f.x == l.x, f.y == l.y else {
            throw GeosError.invalidInput("ring is not closed")
        }
        let seq = try sequence(points, context: context)
        // GEOSGeom_createLinearRing_r returns NULL on exception; the sequence is then still ours.
        guard let r = GEOSGeom_createLinearRing_r(context.handle, seq) else {
            GEOSCoordSeq_destroy_r(context.handle, seq)
            throw context.error("GEOSGeom_createLinearRing_r")
        }
        return r
    }
}
