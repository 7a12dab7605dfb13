import CGEOS

/// One GEOS geometry, owned: the wrapper destroys it in `deinit`.
///
/// Coordinates are plain `(x, y)` pairs in whatever planar units the caller uses (this project: metres).
/// The geometry keeps its context alive; like the context it belongs to one task.
public final class Geometry {
    /// The kinds of geometry GEOS reports with `GEOSGeomTypeId_r`.
    public enum Kind: Int32, Sendable {
        case point = 0, lineString, linearRing, polygon, multiPoint, multiLineString, multiPolygon, collection
    }

    public let context: GeosContext
    /// The owned C handle. Never leaves the module.
    let handle: OpaquePointer

    /// Takes ownership of `handle`, which must have been made with `context`.
    init(owning handle: OpaquePointer, context: GeosContext) {
        self.handle = handle
        self.context = context
    }

    deinit {
        GEOSGeom_destroy_r(context.handle, handle)
    }

    /// Wraps a result that GEOS returns as NULL on failure.
    static func wrap(_ result: OpaquePointer?, _ function: String, _ context: GeosContext) throws -> Geometry {
        guard let result else { throw context.error(function) }
        return Geometry(owning: result, context: context)
    }

    /// The geometry's kind.
    /// - Throws: `GeosError.library` when GEOS cannot tell.
    public func kind() throws -> Kind {
        // GEOSGeomTypeId_r returns -1 on exception.
        let id = GEOSGeomTypeId_r(context.handle, handle)
        guard id >= 0, let kind = Kind(rawValue: id) else { throw context.error("GEOSGeomTypeId_r") }
        return kind
    }

    /// Whether the geometry has no points.
    /// - Throws: `GeosError.library` on a GEOS exception.
    public func isEmpty() throws -> Bool {
        // GEOSisEmpty_r returns 2 on exception.
        let r = GEOSisEmpty_r(context.handle, handle)
        guard r != 2 else { throw context.error("GEOSisEmpty_r") }
        return r == 1
    }

    /// A deep copy.
    /// - Throws: `GeosError.library` when GEOS cannot copy.
    public func clone() throws -> Geometry {
        // GEOSGeom_clone_r returns NULL on exception.
        try Geometry.wrap(GEOSGeom_clone_r(context.handle, handle), "GEOSGeom_clone_r", context)
    }

    /// The number of parts of a collection (1 for a single geometry).
    /// - Throws: `GeosError.library` on a GEOS exception.
    public func partCount() throws -> Int {
        // GEOSGetNumGeometries_r returns -1 on exception.
        let n = GEOSGetNumGeometries_r(context.handle, handle)
        guard n >= 0 else { throw context.error("GEOSGetNumGeometries_r") }
        return Int(n)
    }

    /// Copies of the parts of a collection (the geometry itself, copied, when it is not a collection).
    /// - Throws: `GeosError.library` on a GEOS exception.
    public func parts() throws -> [Geometry] {
        let n = try partCount()
        var out: [Geometry] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            // GEOSGetGeometryN_r returns NULL on exception; the part belongs to the collection, so copy it.
            guard let part = GEOSGetGeometryN_r(context.handle, handle, Int32(i)) else {
                throw context.error("GEOSGetGeometryN_r")
            }
            // GEOSGeom_clone_r returns NULL on exception.
            out.append(try Geometry.wrap(GEOSGeom_clone_r(context.handle, part), "GEOSGeom_clone_r", context))
        }
        return out
    }
}
