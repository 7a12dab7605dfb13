import CGDAL

/// One OGR spatial reference, owned: released with `OSRRelease`.
///
/// Axis order is forced to the traditional GIS order (longitude, latitude) with
/// `OSRSetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER)`; without it GDAL 3 reads EPSG:4326 as
/// latitude first. See `OSRImportFromEPSG` in the GDAL C API.
final class SpatialReference {
    let handle: OGRSpatialReferenceH

    /// - Throws: `GdalError.library` when the EPSG code is unknown to PROJ's database.
    init(epsg: Int32, trap: ErrorTrap) throws {
        // OSRNewSpatialReference returns NULL on allocation failure.
        guard let handle = OSRNewSpatialReference(nil) else { throw trap.error("OSRNewSpatialReference") }
        self.handle = handle
        // OSRImportFromEPSG returns an OGRErr other than OGRERR_NONE for an unknown code.
        guard OSRImportFromEPSG(handle, epsg) == OGRERR_NONE else { throw trap.error("OSRImportFromEPSG") }
        OSRSetAxisMappingStrategy(handle, OAMS_TRADITIONAL_GIS_ORDER)
    }

    deinit {
        OSRRelease(handle)
    }
}
