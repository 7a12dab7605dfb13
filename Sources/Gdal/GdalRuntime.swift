import CGDAL

/// GDAL's process-wide state: driver registration and version.
public enum GdalRuntime {
    /// Registers every driver once. A global `let` is initialised lazily and atomically by Swift, so
    /// concurrent first callers wait for one `GDALAllRegister` instead of racing its driver manager.
    private static let registered: Void = {
        // GDALAllRegister cannot fail; drivers whose plugins are missing are simply absent.
        GDALAllRegister()
    }()

    /// Makes sure the drivers are registered; cheap after the first call.
    static func register() { _ = registered }

    /// GDAL's release name, e.g. "3.6.2".
    public static var version: String {
        // GDALVersionInfo returns a static string; it cannot fail.
        String(cString: GDALVersionInfo("RELEASE_NAME"))
    }

    /// Whether this GDAL has the OGR driver `name` (e.g. "GPKG", "FlatGeobuf", "PostgreSQL").
    public static func hasDriver(_ name: String) -> Bool {
        register()
        // GDALGetDriverByName returns NULL for an unknown driver.
        return GDALGetDriverByName(name) != nil
    }
}
