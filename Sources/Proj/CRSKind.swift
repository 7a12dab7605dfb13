import CProj

/// What a CRS definition describes, as far as Frontline must know before measuring in it: whether it
/// is a projected (planar) CRS, and the unit of its first axis. Geometry takes `--radius 12000` as
/// metres; in a geographic CRS that would be 12,000 degrees, in a foot-based one 3.7 km.
public struct CRSKind: Sendable, Equatable {
    /// PROJ's name for the CRS type, e.g. "projected CRS", "geographic 2D CRS", "geocentric CRS".
    public var typeName: String
    public var isProjected: Bool
    /// The first axis's unit name ("metre", "US survey foot"); empty when PROJ gives none.
    public var unitName: String
    /// Metres per unit of the first axis (1 for metres).
    public var metresPerUnit: Double

    /// - Throws: `ProjError.invalidDefinition` with PROJ's message when the definition is unknown.
    public init(_ definition: String, context: ProjContext) throws {
        // proj_create returns NULL and logs the reason for an unknown definition.
        guard let crs = proj_create(context.handle, definition) else {
            throw ProjError.invalidDefinition(source: definition, target: definition, message: context.takeMessages())
        }
        defer { proj_destroy(crs) }
        let type = proj_get_type(crs)
        typeName = Self.name(type)
        isProjected = type == PJ_TYPE_PROJECTED_CRS
        unitName = ""
        metresPerUnit = 1
        // proj_crs_get_coordinate_system returns NULL for objects without one (not a CRS, compound CRS).
        guard let cs = proj_crs_get_coordinate_system(context.handle, crs) else { return }
        defer { proj_destroy(cs) }
        var factor = 0.0
        var unit: UnsafePointer<CChar>? = nil
        // proj_cs_get_axis_info returns 0 on failure (no such axis).
        if proj_cs_get_axis_count(context.handle, cs) > 0,
            proj_cs_get_axis_info(context.handle, cs, 0, nil, nil, nil, &factor, &unit, nil, nil) != 0
        {
            unitName = unit.map { String(cString: $0) } ?? ""
            if factor > 0 { metresPerUnit = factor }
        }
    }

    private static func name(_ type: PJ_TYPE) -> String {
        switch type {
        case PJ_TYPE_PROJECTED_CRS: return "projected CRS"
        case PJ_TYPE_GEOGRAPHIC_2D_CRS, PJ_TYPE_GEOGRAPHIC_3D_CRS, PJ_TYPE_GEOGRAPHIC_CRS:
            return "geographic CRS (degrees)"
        case PJ_TYPE_GEOCENTRIC_CRS: return "geocentric CRS"
        case PJ_TYPE_VERTICAL_CRS: return "vertical CRS"
        case PJ_TYPE_COMPOUND_CRS: return "compound CRS"
        case PJ_TYPE_ENGINEERING_CRS: return "engineering CRS"
        default: return "not a CRS"
        }
    }
}
