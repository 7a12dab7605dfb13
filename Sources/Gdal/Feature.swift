import CGDAL

/// One OGR feature, owned: destroyed with `OGR_F_Destroy`. The layer copies it on write.
final class Feature {
    let handle: OGRFeatureH

    init(owning handle: OGRFeatureH) {
        self.handle = handle
    }

    deinit {
        OGR_F_Destroy(handle)
    }

    /// Sets the geometry (OGR copies it).
    /// - Throws: `GdalError.library` when OGR refuses the geometry.
    func setGeometry(_ geometry: OGRGeometryHandle, trap: ErrorTrap) throws {
        trap.clear()
        // OGR_F_SetGeometry copies the geometry and returns an OGRErr other than OGRERR_NONE on failure.
        guard OGR_F_SetGeometry(handle, geometry.handle) == OGRERR_NONE else { throw trap.error("OGR_F_SetGeometry") }
    }

    /// Sets field `index` to `value`. The caller has checked the value against the field's type.
    func set(_ index: Int32, _ value: FieldValue) {
        // The OGR_F_SetField* setters report nothing; a bad index is excluded by the caller.
        switch value {
        case .null: OGR_F_SetFieldNull(handle, index)
        case let .string(text): OGR_F_SetFieldString(handle, index, text)
        case let .integer(number): OGR_F_SetFieldInteger64(handle, index, GIntBig(number))
        case let .real(number): OGR_F_SetFieldDouble(handle, index, number)
        case let .date(day):
            OGR_F_SetFieldDateTime(handle, index, Int32(day.year), Int32(day.month), Int32(day.day), 0, 0, 0, 0)
        }
    }
}
