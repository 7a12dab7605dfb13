import CGDAL

/// A GDAL string list (`char **`, NULL-terminated), owned: built with `CSLAddString`, freed with
/// `CSLDestroy`. Used for driver, layer and open options ("KEY=VALUE").
final class StringList {
    private(set) var handle: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?

    init(_ items: [String]) {
        for item in items {
            // CSLAddString returns the (possibly moved) list; it aborts on allocation failure rather
            // than returning NULL.
            handle = CSLAddString(handle, item)
        }
    }

    /// The same list as `const char *const *`, for the functions that only read it (`GDALOpenEx`).
    var readOnly: UnsafePointer<UnsafePointer<CChar>?>? {
        handle.map { UnsafeRawPointer($0).assumingMemoryBound(to: UnsafePointer<CChar>?.self) }
    }

    deinit {
        CSLDestroy(handle)
    }
}
