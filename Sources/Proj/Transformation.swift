import CProj

/// A coordinate transformation between two CRSs, always in lon/lat (x/y) order.
///
/// Built with `proj_create_crs_to_crs` and then `proj_normalize_for_visualization`, without which
/// EPSG:4326 would silently expect latitude first. See `proj_trans` in the PROJ C API.
public final class Transformation {
    private let context: ProjContext
    private let pj: OpaquePointer
    public let source: String
    public let target: String

    /// - Throws: `ProjError.invalidDefinition` with PROJ's own message when either CRS is unknown.
    public init(from source: String, to target: String, context: ProjContext) throws {
        self.context = context
        self.source = source
        self.target = target
        _ = context.takeMessages()
        // proj_create_crs_to_crs returns NULL and logs the reason when a definition is bad.
        guard let raw = proj_create_crs_to_crs(context.handle, source, target, nil) else {
            throw ProjError.invalidDefinition(source: source, target: target, message: Self.reason(context))
        }
        // proj_normalize_for_visualization returns NULL and logs the reason on failure.
        let normalized = proj_normalize_for_visualization(context.handle, raw)
        proj_destroy(raw)
        guard let normalized else {
            throw ProjError.invalidDefinition(source: source, target: target, message: Self.reason(context))
        }
        pj = normalized
    }

    deinit {
        proj_destroy(pj)
    }

    /// Transforms one point from `source` to `target`.
    /// - Throws: `ProjError.transformFailed` when PROJ returns a non-finite result.
    public func forward(_ p: (x: Double, y: Double)) throws -> (x: Double, y: Double) {
        try trans(p, PJ_FWD)
    }

    /// Transforms one point from `target` back to `source`.
    /// - Throws: `ProjError.transformFailed` when PROJ returns a non-finite result.
    public func inverse(_ p: (x: Double, y: Double)) throws -> (x: Double, y: Double) {
        try trans(p, PJ_INV)
    }

    /// Transforms arrays in place (one `proj_trans_generic` call for all points).
    /// - Throws: `ProjError.transformFailed` naming the first point that came back non-finite.
    public func forward(_ xs: inout [Double], _ ys: inout [Double]) throws {
        try transArrays(&xs, &ys, PJ_FWD)
    }

    /// Inverse of `forward(_:_:)`, in place.
    public func inverse(_ xs: inout [Double], _ ys: inout [Double]) throws {
        try transArrays(&xs, &ys, PJ_INV)
    }

    private func trans(_ p: (x: Double, y: Double), _ direction: PJ_DIRECTION) throws -> (x: Double, y: Double) {
        var coord = PJ_COORD()
        coord.xy = PJ_XY(x: p.x, y: p.y)
        proj_errno_reset(pj)
        // proj_trans signals failure by returning HUGE_VAL (infinity) coordinates.
        let out = proj_trans(pj, direction, coord)
        guard out.xy.x.isFinite, out.xy.y.isFinite else {
            throw ProjError.transformFailed(x: p.x, y: p.y, message: Self.reason(context))
        }
        return (out.xy.x, out.xy.y)
    }

    private func transArrays(_ xs: inout [Double], _ ys: inout [Double], _ direction: PJ_DIRECTION) throws {
        guard xs.count == ys.count else { throw ProjError.mismatchedLengths(xs.count, ys.count) }
        let n = xs.count
        guard n > 0 else { return }
        let originalX = xs, originalY = ys
        let stride = MemoryLayout<Double>.stride
        proj_errno_reset(pj)
        xs.withUnsafeMutableBufferPointer { xb in
            ys.withUnsafeMutableBufferPointer { yb in
                // proj_trans_generic marks failed points with HUGE_VAL; checked below.
                _ = proj_trans_generic(
                    pj, direction, xb.baseAddress, stride, n, yb.baseAddress, stride, n, nil, 0, 0, nil, 0, 0)
            }
        }
        for i in 0..<n where !(xs[i].isFinite && ys[i].isFinite) {
            throw ProjError.transformFailed(x: originalX[i], y: originalY[i], message: Self.reason(context))
        }
    }

    private static func reason(_ context: ProjContext) -> String {
        let logged = context.takeMessages()
        if !logged.isEmpty { return logged }
        let code = proj_context_errno(context.handle)
        guard code != 0, let text = proj_context_errno_string(context.handle, code) else { return "" }
        return String(cString: text)
    }
}

extension Transformation {
    /// The WGS84 UTM zone (EPSG:326xx north, 327xx south) containing a lon/lat point: the metric CRS
    /// Frontline uses by default, chosen from the data's centroid.
    public static func utmCRS(lon: Double, lat: Double) -> String {
        let zone = min(60, max(1, Int(((lon + 180) / 6).rounded(.down)) + 1))
        return "EPSG:\((lat >= 0 ? 32600 : 32700) + zone)"
    }
}
