import CGEOS

/// A geometry indexed for many repeated predicate tests against it, owned and freed in `deinit`.
/// See `GEOSPrepare_r`.
public final class PreparedGeometry {
    /// The geometry it was prepared from; GEOS requires it to outlive the prepared form.
    public let base: Geometry
    let handle: OpaquePointer

    /// Indexes `geometry`.
    /// - Throws: `GeosError.library` (NULL on exception).
    public init(_ geometry: Geometry) throws {
        base = geometry
        // GEOSPrepare_r returns NULL on exception.
        guard let h = GEOSPrepare_r(geometry.context.handle, geometry.handle) else {
            throw geometry.context.error("GEOSPrepare_r")
        }
        handle = h
    }

    deinit {
        GEOSPreparedGeom_destroy_r(base.context.handle, handle)
    }

    /// Whether `other` lies inside. See `GEOSPreparedContains_r`.
    /// - Throws: `GeosError.library` (2 on exception).
    public func contains(_ other: Geometry) throws -> Bool {
        // GEOSPreparedContains_r returns 2 on exception.
        let r = GEOSPreparedContains_r(base.context.handle, handle, other.handle)
        guard r != 2 else { throw base.context.error("GEOSPreparedContains_r") }
        return r == 1
    }

    /// Whether `other` shares any point. See `GEOSPreparedIntersects_r`.
    /// - Throws: `GeosError.library` (2 on exception).
    public func intersects(_ other: Geometry) throws -> Bool {
        // GEOSPreparedIntersects_r returns 2 on exception.
        let r = GEOSPreparedIntersects_r(base.context.handle, handle, other.handle)
        guard r != 2 else { throw base.context.error("GEOSPreparedIntersects_r") }
        return r == 1
    }
}
