import CGEOS

/// Overlay, construction and measurement. Each wraps one GEOS `_r` function of the same name.
extension Geometry {
    private func unary(_ name: String, _ body: (OpaquePointer, OpaquePointer) -> OpaquePointer?) throws -> Geometry {
        context.clearMessage()
        return try Geometry.wrap(body(context.handle, handle), name, context)
    }

    private func binary(
        _ other: Geometry, _ name: String, _ body: (OpaquePointer, OpaquePointer, OpaquePointer) -> OpaquePointer?
    ) throws -> Geometry {
        context.clearMessage()
        return try Geometry.wrap(body(context.handle, handle, other.handle), name, context)
    }

    /// The shared part. See `GEOSIntersection_r`.
    /// - Throws: `GeosError.library` (NULL on exception, e.g. a topology error).
    public func intersection(_ other: Geometry) throws -> Geometry {
        // GEOSIntersection_r returns NULL on exception.
        try binary(other, "GEOSIntersection_r") { GEOSIntersection_r($0, $1, $2) }
    }

    /// This minus `other`. See `GEOSDifference_r`.
    /// - Throws: `GeosError.library` (NULL on exception).
    public func difference(_ other: Geometry) throws -> Geometry {
        // GEOSDifference_r returns NULL on exception.
        try binary(other, "GEOSDifference_r") { GEOSDifference_r($0, $1, $2) }
    }

    /// Both together. See `GEOSUnion_r`.
    /// - Throws: `GeosError.library` (NULL on exception).
    public func union(_ other: Geometry) throws -> Geometry {
        // GEOSUnion_r returns NULL on exception.
        try binary(other, "GEOSUnion_r") { GEOSUnion_r($0, $1, $2) }
    }

    /// The union of all parts of a collection. See `GEOSUnaryUnion_r`.
    /// - Throws: `GeosError.library` (NULL on exception).
    public func unaryUnion() throws -> Geometry {
        // GEOSUnaryUnion_r returns NULL on exception.
        try unary("GEOSUnaryUnion_r") { GEOSUnaryUnion_r($0, $1) }
    }

    /// The union of a collection of polygons that touch only along shared edges (a coverage), falling back
    /// to `unaryUnion` when GEOS's coverage union fails (it can on large or slightly noded inputs).
    /// - Throws: `GeosError.library` when both fail.
    public func coverageUnion() throws -> Geometry {
        context.clearMessage()
        // GEOSCoverageUnion_r returns NULL on exception (e.g. the input is not a clean coverage).
        if let g = GEOSCoverageUnion_r(context.handle, handle) {
            return Geometry(owning: g, context: context)
        }
        return try unaryUnion()
    }

    /// The area within `distance` (negative shrinks), arcs drawn with `quadrantSegments` segments per
    /// quarter circle. See `GEOSBuffer_r`.
    /// - Throws: `GeosError.invalidInput` for a non-finite distance; `GeosError.library` (NULL on exception).
    public func buffer(_ distance: Double, quadrantSegments: Int = 8) throws -> Geometry {
        guard distance.isFinite else { throw GeosError.invalidInput("non-finite buffer distance") }
        // GEOSBuffer_r returns NULL on exception.
        return try unary("GEOSBuffer_r") { GEOSBuffer_r($0, $1, distance, Int32(quadrantSegments)) }
    }

    /// The part inside an axis-aligned rectangle, fast and cell by cell. See `GEOSClipByRect_r`.
    /// - Throws: `GeosError.library` (NULL on exception).
    public func clip(xmin: Double, ymin: Double, xmax: Double, ymax: Double) throws -> Geometry {
        // GEOSClipByRect_r returns NULL on exception.
        try unary("GEOSClipByRect_r") { GEOSClipByRect_r($0, $1, xmin, ymin, xmax, ymax) }
    }

    /// Douglas–Peucker simplification that keeps rings valid and non-crossing.
    /// See `GEOSTopologyPreserveSimplify_r`.
    /// - Throws: `GeosError.library` (NULL on exception).
    public func simplified(tolerance: Double) throws -> Geometry {
        // GEOSTopologyPreserveSimplify_r returns NULL on exception.
        try unary("GEOSTopologyPreserveSimplify_r") { GEOSTopologyPreserveSimplify_r($0, $1, tolerance) }
    }

    /// Plain Douglas–Peucker simplification: many times faster than `simplified(tolerance:)` on
    /// large outlines, but a polygon may come out invalid (make it valid after, on the smaller
    /// result). See `GEOSSimplify_r`.
    /// - Throws: `GeosError.library` (NULL on exception).
    public func simplifiedQuickly(tolerance: Double) throws -> Geometry {
        // GEOSSimplify_r returns NULL on exception.
        try unary("GEOSSimplify_r") { GEOSSimplify_r($0, $1, tolerance) }
    }

    /// Sequences of lines joined where they meet end to end. See `GEOSLineMerge_r`.
    /// - Throws: `GeosError.library` (NULL on exception).
    public func lineMerged() throws -> Geometry {
        // GEOSLineMerge_r returns NULL on exception.
        try unary("GEOSLineMerge_r") { GEOSLineMerge_r($0, $1) }
    }

    /// A point guaranteed to lie inside a polygon (on a line for lines), for placing a label.
    /// See `GEOSPointOnSurface_r`.
    /// - Throws: `GeosError.library` (NULL on exception).
    public func pointOnSurface() throws -> Geometry {
        // GEOSPointOnSurface_r returns NULL on exception.
        try unary("GEOSPointOnSurface_r") { GEOSPointOnSurface_r($0, $1) }
    }

    /// A valid version of an invalid geometry. See `GEOSMakeValid_r`.
    /// - Throws: `GeosError.library` (NULL on exception).
    public func madeValid() throws -> Geometry {
        // GEOSMakeValid_r returns NULL on exception.
        try unary("GEOSMakeValid_r") { GEOSMakeValid_r($0, $1) }
    }

    /// The Voronoi cells of this geometry's vertices, as polygons. GEOS 3.11 returns them in no particular
    /// order: match each to its site (`Geometry.voronoiCells(sites:…)` does). See `GEOSVoronoiDiagram_r`.
    /// - Parameter envelope: cells are extended to at least this geometry's envelope.
    /// - Throws: `GeosError.library` (NULL on exception).
    public func voronoiDiagram(envelope: Geometry?, tolerance: Double = 0) throws -> Geometry {
        context.clearMessage()
        // GEOSVoronoiDiagram_r returns NULL on exception.
        return try Geometry.wrap(
            GEOSVoronoiDiagram_r(context.handle, handle, envelope?.handle, tolerance, 0),
            "GEOSVoronoiDiagram_r", context)
    }

    /// The area in squared units. See `GEOSArea_r`.
    /// - Throws: `GeosError.library` (0 on exception).
    public func area() throws -> Double {
        var value = 0.0
        // GEOSArea_r returns 0 on exception, 1 on success.
        guard GEOSArea_r(context.handle, handle, &value) == 1 else { throw context.error("GEOSArea_r") }
        return value
    }

    /// The length (perimeter for polygons). See `GEOSLength_r`.
    /// - Throws: `GeosError.library` (0 on exception).
    public func length() throws -> Double {
        var value = 0.0
        // GEOSLength_r returns 0 on exception, 1 on success.
        guard GEOSLength_r(context.handle, handle, &value) == 1 else { throw context.error("GEOSLength_r") }
        return value
    }

    /// Whether the geometry is valid in the OGC sense. See `GEOSisValid_r`.
    /// - Throws: `GeosError.library` (2 on exception).
    public func isValid() throws -> Bool {
        // GEOSisValid_r returns 2 on exception.
        let r = GEOSisValid_r(context.handle, handle)
        guard r != 2 else { throw context.error("GEOSisValid_r") }
        return r == 1
    }

    /// Why the geometry is invalid ("Valid Geometry" when it is). See `GEOSisValidReason_r`.
    /// - Throws: `GeosError.library` (NULL on exception).
    public func validityReason() throws -> String {
        // GEOSisValidReason_r returns NULL on exception; the string is ours to free with GEOSFree_r.
        guard let text = GEOSisValidReason_r(context.handle, handle) else { throw context.error("GEOSisValidReason_r") }
        defer { GEOSFree_r(context.handle, text) }
        return String(cString: text)
    }

    /// Whether the two share any point. See `GEOSIntersects_r`.
    /// - Throws: `GeosError.library` (2 on exception).
    public func intersects(_ other: Geometry) throws -> Bool {
        // GEOSIntersects_r returns 2 on exception.
        let r = GEOSIntersects_r(context.handle, handle, other.handle)
        guard r != 2 else { throw context.error("GEOSIntersects_r") }
        return r == 1
    }

    /// Whether `other` lies inside this geometry. See `GEOSContains_r`.
    /// - Throws: `GeosError.library` (2 on exception).
    public func contains(_ other: Geometry) throws -> Bool {
        // GEOSContains_r returns 2 on exception.
        let r = GEOSContains_r(context.handle, handle, other.handle)
        guard r != 2 else { throw context.error("GEOSContains_r") }
        return r == 1
    }

    /// Whether the DE-9IM relation with `other` matches `pattern` (e.g. "2********": interiors overlap).
    /// See `GEOSRelatePattern_r`.
    /// - Throws: `GeosError.library` (2 on exception).
    public func relate(_ other: Geometry, pattern: String) throws -> Bool {
        // GEOSRelatePattern_r returns 2 on exception.
        let r = GEOSRelatePattern_r(context.handle, handle, other.handle, pattern)
        guard r != 2 else { throw context.error("GEOSRelatePattern_r") }
        return r == 1
    }

    /// The bounding box.
    /// - Throws: `GeosError.library` (0 on exception, e.g. for an empty geometry).
    public func envelope() throws -> (xmin: Double, ymin: Double, xmax: Double, ymax: Double) {
        var a = 0.0, b = 0.0, c = 0.0, d = 0.0
        // GEOSGeom_getExtent_r returns 0 on exception (also for an empty geometry).
        guard GEOSGeom_getExtent_r(context.handle, handle, &a, &b, &c, &d) == 1 else {
            throw context.error("GEOSGeom_getExtent_r")
        }
        return (a, b, c, d)
    }

    /// Well-Known Text, for messages and tests.
    /// - Throws: `GeosError.library` (NULL on exception).
    public func wkt(precision: Int = 6) throws -> String {
        // GEOSWKTWriter_create_r returns NULL on exception.
        guard let writer = GEOSWKTWriter_create_r(context.handle) else { throw context.error("GEOSWKTWriter_create_r") }
        defer { GEOSWKTWriter_destroy_r(context.handle, writer) }
        GEOSWKTWriter_setRoundingPrecision_r(context.handle, writer, Int32(precision))
        GEOSWKTWriter_setTrim_r(context.handle, writer, 1)
        // GEOSWKTWriter_write_r returns NULL on exception; the text is ours to free with GEOSFree_r.
        guard let text = GEOSWKTWriter_write_r(context.handle, writer, handle) else {
            throw context.error("GEOSWKTWriter_write_r")
        }
        defer { GEOSFree_r(context.handle, text) }
        return String(cString: text)
    }
}
