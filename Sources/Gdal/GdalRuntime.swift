import CGDAL
import Foundation

/// GDAL's process-wide state: the library itself, driver registration and version.
public enum GdalRuntime {
    /// Loads libgdal and registers every driver, once. A global `let` is initialised lazily and
    /// atomically by Swift, so concurrent first callers wait for one load instead of racing it.
    private static let loaded: Result<Void, GdalError> = {
        var message = [CChar](repeating: 0, count: 1024)
        guard frontline_gdal_load(&message, message.count) == 1 else {
            let reason = message.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            return .failure(.unavailable(reason))
        }
        // GDALAllRegister cannot fail; drivers whose plugins are missing are simply absent.
        GDALAllRegister()
        return .success(())
    }()

    /// Makes sure libgdal is loaded and its drivers registered; cheap after the first call. Every
    /// entry point of this module calls it before any GDAL function. Loading takes 100-200 ms, so a
    /// caller that knows it will write a GIS format can call it early on another thread.
    /// - Throws: `GdalError.unavailable` when libgdal cannot be loaded.
    public static func load() throws {
        try loaded.get()
    }

    /// Starts `load()` on a background thread and returns at once, so the loading overlaps the caller's
    /// own work on a second core. The first call that needs GDAL then waits for it, and reports its error.
    public static func loadInBackground() {
        Thread.detachNewThread { _ = try? load() }
    }

    /// GDAL's release name, e.g. "3.6.2".
    public static func version() throws -> String {
        try load()
        // GDALVersionInfo returns a static string; it cannot fail.
        return String(cString: GDALVersionInfo("RELEASE_NAME"))
    }

    /// Whether this GDAL has the OGR driver `name` (e.g. "GPKG", "FlatGeobuf", "PostgreSQL").
    public static func hasDriver(_ name: String) throws -> Bool {
        try load()
        // GDALGetDriverByName returns NULL for an unknown driver.
        return GDALGetDriverByName(name) != nil
    }
}
