import CGDAL

/// One layer of a dataset. The handle is borrowed (the dataset owns and frees it), so the layer keeps
/// its dataset alive.
final class Layer {
    let handle: OGRLayerH
    private let dataset: Dataset

    init(handle: OGRLayerH, dataset: Dataset) {
        self.handle = handle
        self.dataset = dataset
    }

    /// Adds a field.
    /// - Throws: `GdalError.library` when the driver refuses the field.
    func addField(
        name: String, type: OGRFieldType, subType: OGRFieldSubType = OFSTNone, width: Int32 = 0, trap: ErrorTrap
    ) throws {
        // OGR_Fld_Create returns a new definition (it aborts rather than return NULL).
        let definition = OGR_Fld_Create(name, type)
        defer { OGR_Fld_Destroy(definition) }
        if subType != OFSTNone { OGR_Fld_SetSubType(definition, subType) }
        if width > 0 { OGR_Fld_SetWidth(definition, width) }
        trap.clear()
        // OGR_L_CreateField copies the definition and returns an OGRErr other than OGRERR_NONE on failure.
        guard OGR_L_CreateField(handle, definition, 1) == OGRERR_NONE else { throw trap.error("OGR_L_CreateField") }
    }

    /// A new, empty feature of this layer's schema.
    func makeFeature() throws -> Feature {
        // OGR_L_GetLayerDefn returns the layer's own definition; OGR_F_Create returns NULL only on
        // allocation failure.
        guard let feature = OGR_F_Create(OGR_L_GetLayerDefn(handle)) else {
            throw GdalError.library(function: "OGR_F_Create", message: "could not allocate a feature")
        }
        return Feature(owning: feature)
    }

    /// Writes a feature.
    /// - Throws: `GdalError.library` with the driver's reason when it refuses the feature.
    func create(_ feature: Feature, trap: ErrorTrap) throws {
        trap.clear()
        // OGR_L_CreateFeature returns an OGRErr other than OGRERR_NONE on failure.
        guard OGR_L_CreateFeature(handle, feature.handle) == OGRERR_NONE else {
            throw trap.error("OGR_L_CreateFeature")
        }
    }
}
