import CGDAL

/// One GDAL vector dataset, owned: closed with `GDALClose` by `close(trap:)` or, failing that, in
/// `deinit`.
///
/// Closing is where GeoPackage and FlatGeobuf finish writing (FlatGeobuf builds its spatial index
/// then), so a writer closes explicitly inside its error trap to see those failures; `deinit` only
/// covers the paths that threw first.
final class Dataset {
    private var handle: GDALDatasetH?

    private init(handle: GDALDatasetH) {
        self.handle = handle
    }

    deinit {
        if let handle {
            ErrorTrap.quietly { GDALClose(handle) }
        }
    }

    /// Creates a new vector dataset at `path` with the driver `driverName`.
    /// - Throws: `GdalError.library` when the driver is missing or cannot create the file.
    static func create(driver driverName: String, path: String, trap: ErrorTrap) throws -> Dataset {
        // GDALGetDriverByName returns NULL when the driver is not built in.
        guard let driver = GDALGetDriverByName(driverName) else {
            throw GdalError.library(function: "GDALGetDriverByName", message: "this GDAL has no \(driverName) driver")
        }
        // GDALCreate returns NULL and reports through CPLError when it cannot create the dataset.
        guard let handle = GDALCreate(driver, path, 0, 0, 0, GDT_Unknown, nil) else { throw trap.error("GDALCreate") }
        return Dataset(handle: handle)
    }

    /// Opens an existing dataset for update with only the driver `driverName` allowed.
    /// - Throws: `GdalError.library` with GDAL's reason when it cannot open `name`.
    static func openForUpdate(_ name: String, driver driverName: String, trap: ErrorTrap) throws -> Dataset {
        let drivers = StringList([driverName])
        let flags = UInt32(GDAL_OF_VECTOR | GDAL_OF_UPDATE | GDAL_OF_VERBOSE_ERROR)
        // GDALOpenEx returns NULL and (with GDAL_OF_VERBOSE_ERROR) reports the reason through CPLError.
        guard let handle = GDALOpenEx(name, flags, drivers.readOnly, nil, nil) else { throw trap.error("GDALOpenEx") }
        return Dataset(handle: handle)
    }

    /// The open handle; a closed dataset is a programming error.
    private var open: GDALDatasetH {
        guard let handle else { preconditionFailure("dataset used after close") }
        return handle
    }

    /// Closes the dataset, flushing everything.
    /// - Throws: `GdalError.library` when GDAL reported a failure while closing.
    func close(trap: ErrorTrap) throws {
        guard let handle else { return }
        self.handle = nil
        trap.clear()
        // GDALClose returns nothing in GDAL 3.6; a failure while flushing is reported through CPLError.
        GDALClose(handle)
        try trap.check("GDALClose")
    }

    /// Starts a dataset transaction (a real one: SQLite for GeoPackage, PostgreSQL for PostGIS).
    /// - Throws: `GdalError.library` when the driver cannot start one.
    func startTransaction(trap: ErrorTrap) throws {
        trap.clear()
        // GDALDatasetStartTransaction returns an OGRErr other than OGRERR_NONE on failure.
        guard GDALDatasetStartTransaction(open, 0) == OGRERR_NONE else {
            throw trap.error("GDALDatasetStartTransaction")
        }
    }

    /// Commits the transaction started by `startTransaction`.
    /// - Throws: `GdalError.library` when the commit fails (nothing is then written).
    func commitTransaction(trap: ErrorTrap) throws {
        trap.clear()
        // GDALDatasetCommitTransaction returns an OGRErr other than OGRERR_NONE on failure.
        guard GDALDatasetCommitTransaction(open) == OGRERR_NONE else {
            throw trap.error("GDALDatasetCommitTransaction")
        }
        try trap.check("GDALDatasetCommitTransaction")
    }

    /// Rolls back the transaction; failures are ignored, as this runs while another error is thrown.
    func rollbackTransaction() {
        guard let handle else { return }
        ErrorTrap.quietly {
            // The result does not matter: the caller is already reporting the error that led here.
            _ = GDALDatasetRollbackTransaction(handle)
        }
    }

    /// Creates a layer.
    /// - Throws: `GdalError.library` when the driver refuses the layer or its options.
    func createLayer(name: String, srs: SpatialReference?, type: OGRwkbGeometryType, options: [String], trap: ErrorTrap)
        throws -> Layer
    {
        let list = StringList(options)
        trap.clear()
        // GDALDatasetCreateLayer returns NULL and reports through CPLError when it cannot create the layer.
        guard let layer = GDALDatasetCreateLayer(open, name, srs?.handle, type, list.handle) else {
            throw trap.error("GDALDatasetCreateLayer")
        }
        return Layer(handle: layer, dataset: self)
    }

    /// Runs an SQL statement that returns no rows (DDL, DML).
    /// - Throws: `GdalError.library` with the database's message when the statement fails.
    func execute(_ sql: String, trap: ErrorTrap) throws {
        trap.clear()
        // GDALDatasetExecuteSQL returns NULL for a statement without a result set, and reports failure
        // only through CPLError; a result set, if any, is released at once.
        if let result = GDALDatasetExecuteSQL(open, sql, nil, nil) {
            GDALDatasetReleaseResultSet(open, result)
        }
        try trap.check("GDALDatasetExecuteSQL")
    }

    /// Runs a query and returns every row's fields as text (NULL as `nil`).
    /// - Throws: `GdalError.library` with the database's message when the query fails.
    func query(_ sql: String, trap: ErrorTrap) throws -> [[String?]] {
        trap.clear()
        // GDALDatasetExecuteSQL returns NULL and reports through CPLError when a query fails.
        guard let result = GDALDatasetExecuteSQL(open, sql, nil, nil) else {
            try trap.check("GDALDatasetExecuteSQL")
            return []
        }
        defer { GDALDatasetReleaseResultSet(open, result) }
        var rows: [[String?]] = []
        OGR_L_ResetReading(result)
        // OGR_L_GetNextFeature returns NULL at the end (or on a read error, checked below).
        while let feature = OGR_L_GetNextFeature(result) {
            defer { OGR_F_Destroy(feature) }
            let count = OGR_F_GetFieldCount(feature)
            rows.append(
                (0..<count).map { i in
                    // OGR_F_IsFieldSetAndNotNull is false for NULL; OGR_F_GetFieldAsString returns an
                    // internal string valid until the next call on this feature.
                    OGR_F_IsFieldSetAndNotNull(feature, i) != 0
                        ? String(cString: OGR_F_GetFieldAsString(feature, i)) : nil
                })
        }
        try trap.check("OGR_L_GetNextFeature")
        return rows
    }
}
