import CGDAL

/// One OGR geometry, owned: destroyed with `OGR_G_DestroyGeometry` unless a feature took a copy.
final class OGRGeometryHandle {
    private(set) var handle: OGRGeometryH

    init(owning handle: OGRGeometryH) {
        self.handle = handle
    }

    deinit {
        OGR_G_DestroyGeometry(handle)
    }

    /// Parses ISO or OGC WKB (little- or big-endian).
    /// - Throws: `GdalError.invalidInput` when OGR cannot read the bytes.
    static func wkb(_ bytes: [UInt8], trap: ErrorTrap) throws -> OGRGeometryHandle {
        var out: OGRGeometryH?
        // OGR_G_CreateFromWkb returns an OGRErr other than OGRERR_NONE for corrupt or unsupported data.
        let err = bytes.withUnsafeBytes { OGR_G_CreateFromWkb($0.baseAddress, nil, &out, Int32($0.count)) }
        guard err == OGRERR_NONE, let out else {
            throw GdalError.invalidInput("unreadable WKB (\(bytes.count) bytes)" + Self.reason(trap))
        }
        return OGRGeometryHandle(owning: out)
    }

    /// Parses WKT.
    /// - Throws: `GdalError.invalidInput` when OGR cannot read the text.
    static func wkt(_ text: String, trap: ErrorTrap) throws -> OGRGeometryHandle {
        var out: OGRGeometryH?
        // OGR_G_CreateFromWkt advances the pointer it is given, so it gets a copy; it returns an OGRErr
        // other than OGRERR_NONE for text it cannot parse.
        let err = text.withCString { base -> OGRErr in
            var cursor: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(mutating: base)
            return OGR_G_CreateFromWkt(&cursor, nil, &out)
        }
        guard err == OGRERR_NONE, let out else {
            throw GdalError.invalidInput("unreadable WKT '\(text.prefix(60))'" + Self.reason(trap))
        }
        return OGRGeometryHandle(owning: out)
    }

    /// Parses a GeoJSON geometry object.
    /// - Throws: `GdalError.invalidInput` when OGR cannot read the text.
    static func geoJSON(_ text: String, trap: ErrorTrap) throws -> OGRGeometryHandle {
        // OGR_G_CreateGeometryFromJson returns NULL (and reports through CPLError) for bad input.
        guard let out = OGR_G_CreateGeometryFromJson(text) else {
            throw GdalError.invalidInput("unreadable GeoJSON geometry '\(text.prefix(60))'" + Self.reason(trap))
        }
        return OGRGeometryHandle(owning: out)
    }

    /// The geometry as WKT (OGR's formatting: no space after commas).
    /// - Throws: `GdalError.library` when OGR cannot export it.
    func wkt(trap: ErrorTrap) throws -> String {
        var text: UnsafeMutablePointer<CChar>?
        // OGR_G_ExportToWkt allocates the text (freed with VSIFree) and returns an OGRErr on failure.
        guard OGR_G_ExportToWkt(handle, &text) == OGRERR_NONE, let text else { throw trap.error("OGR_G_ExportToWkt") }
        defer { VSIFree(text) }
        return String(cString: text)
    }

    /// The flat (2D, no measure) geometry type.
    var flatType: OGRwkbGeometryType {
        // OGR_G_GetGeometryType cannot fail on a valid handle.
        OGR_GT_Flatten(OGR_G_GetGeometryType(handle))
    }

    /// Converts in place to `type` when OGR knows how (Polygon → MultiPolygon, …); the caller checks
    /// `flatType` afterwards, as `OGR_G_ForceTo` returns the input unchanged when it cannot convert.
    func force(to type: OGRwkbGeometryType) {
        // OGR_G_ForceTo consumes its input and returns the converted geometry (or the input itself).
        handle = OGR_G_ForceTo(handle, type, nil)
    }

    private static func reason(_ trap: ErrorTrap) -> String {
        let text = trap.take()
        return text.isEmpty ? "" : ": \(text)"
    }
}
