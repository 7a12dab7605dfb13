import CGEOS

/// Reading coordinates back out, without exposing GEOS's own structures.
extension Geometry {
    /// The polygons in this geometry (a polygon, a multipolygon, or the polygonal parts of a collection),
    /// each as rings (exterior first), each ring closed, in GEOS's orientation.
    /// - Throws: `GeosError.library` on a GEOS exception.
    public func polygons() throws -> [[[XY]]] {
        var out: [[[XY]]] = []
        try collectPolygons(handle, into: &out)
        return out
    }

    /// The line strings in this geometry (linear parts of any collection; rings count as lines).
    /// - Throws: `GeosError.library` on a GEOS exception.
    public func lines() throws -> [[XY]] {
        var out: [[XY]] = []
        try collectLines(handle, into: &out)
        return out
    }

    /// The points of a point or multipoint (or the vertices of anything else, in order).
    /// - Throws: `GeosError.library` on a GEOS exception.
    public func points() throws -> [XY] {
        var out: [XY] = []
        try collectPoints(handle, into: &out)
        return out
    }

    private func typeID(_ g: OpaquePointer) throws -> Kind {
        // GEOSGeomTypeId_r returns -1 on exception.
        let id = GEOSGeomTypeId_r(context.handle, g)
        guard id >= 0, let kind = Kind(rawValue: id) else { throw context.error("GEOSGeomTypeId_r") }
        return kind
    }

    private func children(_ g: OpaquePointer) throws -> [OpaquePointer] {
        // GEOSGetNumGeometries_r returns -1 on exception.
        let n = GEOSGetNumGeometries_r(context.handle, g)
        guard n >= 0 else { throw context.error("GEOSGetNumGeometries_r") }
        var out: [OpaquePointer] = []
        for i in 0..<n {
            // GEOSGetGeometryN_r returns NULL on exception; the child stays owned by `g`.
            guard let c = GEOSGetGeometryN_r(context.handle, g, i) else { throw context.error("GEOSGetGeometryN_r") }
            out.append(c)
        }
        return out
    }

    private func collectPolygons(_ g: OpaquePointer, into out: inout [[[XY]]]) throws {
        switch try typeID(g) {
        case .polygon:
            // GEOSisEmpty_r returns 2 on exception.
            let empty = GEOSisEmpty_r(context.handle, g)
            guard empty != 2 else { throw context.error("GEOSisEmpty_r") }
            if empty == 1 { return }
            // GEOSGetExteriorRing_r returns NULL on exception; the ring stays owned by the polygon.
            guard let shell = GEOSGetExteriorRing_r(context.handle, g) else {
                throw context.error("GEOSGetExteriorRing_r")
            }
            var rings = [try coordinates(of: shell)]
            // GEOSGetNumInteriorRings_r returns -1 on exception.
            let n = GEOSGetNumInteriorRings_r(context.handle, g)
            guard n >= 0 else { throw context.error("GEOSGetNumInteriorRings_r") }
            for i in 0..<n {
                // GEOSGetInteriorRingN_r returns NULL on exception; the ring stays owned by the polygon.
                guard let hole = GEOSGetInteriorRingN_r(context.handle, g, i) else {
                    throw context.error("GEOSGetInteriorRingN_r")
                }
                rings.append(try coordinates(of: hole))
            }
            out.append(rings)
        case .multiPolygon, .collection:
            for c in try children(g) { try collectPolygons(c, into: &out) }
        default:
            return
        }
    }

    private func collectLines(_ g: OpaquePointer, into out: inout [[XY]]) throws {
        switch try typeID(g) {
        case .lineString, .linearRing:
            let c = try coordinates(of: g)
            if !c.isEmpty { out.append(c) }
        case .multiLineString, .collection:
            for c in try children(g) { try collectLines(c, into: &out) }
        default:
            return
        }
    }

    private func collectPoints(_ g: OpaquePointer, into out: inout [XY]) throws {
        switch try typeID(g) {
        case .point, .lineString, .linearRing:
            out.append(contentsOf: try coordinates(of: g))
        case .polygon:
            var polys: [[[XY]]] = []
            try collectPolygons(g, into: &polys)
            for p in polys { for r in p { out.append(contentsOf: r) } }
        default:
            for c in try children(g) { try collectPoints(c, into: &out) }
        }
    }

    /// The coordinates of a point, line string or ring.
    private func coordinates(of g: OpaquePointer) throws -> [XY] {
        // GEOSGeom_getCoordSeq_r returns NULL on exception; the sequence stays owned by the geometry.
        guard let seq = GEOSGeom_getCoordSeq_r(context.handle, g) else { throw context.error("GEOSGeom_getCoordSeq_r") }
        var size: UInt32 = 0
        // GEOSCoordSeq_getSize_r returns 0 on exception, 1 on success.
        guard GEOSCoordSeq_getSize_r(context.handle, seq, &size) == 1 else {
            throw context.error("GEOSCoordSeq_getSize_r")
        }
        if size == 0 { return [] }
        var flat = [Double](repeating: 0, count: Int(size) * 2)
        // GEOSCoordSeq_copyToBuffer_r returns 0 on exception, 1 on success.
        let ok = flat.withUnsafeMutableBufferPointer { buf in
            GEOSCoordSeq_copyToBuffer_r(context.handle, seq, buf.baseAddress, 0, 0)
        }
        guard ok == 1 else { throw context.error("GEOSCoordSeq_copyToBuffer_r") }
        var out: [XY] = []
        out.reserveCapacity(Int(size))
        for i in 0..<Int(size) { out.append((flat[2 * i], flat[2 * i + 1])) }
        return out
    }
}
