import CRsvg

/// One Cairo image surface in memory (32-bit premultiplied ARGB, native-endian), owned: destroyed with
/// `cairo_surface_destroy` in `deinit`.
final class CairoSurface {
    let surface: OpaquePointer
    let width: Int
    let height: Int

    /// A transparent surface of `width` × `height` pixels.
    /// - Throws: `RasterError.library` with Cairo's status text when it cannot allocate the pixels.
    init(width: Int, height: Int) throws {
        // cairo_image_surface_create returns an error surface rather than NULL when it fails (checked
        // below); NULL is guarded anyway, as the pointer is imported as optional.
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else {
            throw RasterError.library(function: "cairo_image_surface_create", message: "no surface")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw RasterError.library(function: "cairo_image_surface_create", message: CairoSurface.text(status))
        }
        self.surface = surface
        self.width = width
        self.height = height
    }

    deinit {
        cairo_surface_destroy(surface)
    }

    /// Cairo's description of `status` ("out of memory", "invalid matrix", …).
    static func text(_ status: cairo_status_t) -> String {
        // cairo_status_to_string returns a static string for every status.
        String(cString: cairo_status_to_string(status))
    }

    /// Calls `body` with each row's pixels, top row first, once drawing is finished.
    func withRows(_ body: (_ y: Int, _ row: UnsafeRawPointer) -> Void) throws {
        // Pending drawing must reach memory before the bytes are read.
        cairo_surface_flush(surface)
        // cairo_image_surface_get_data returns NULL only for a surface in an error state.
        guard let data = cairo_image_surface_get_data(surface) else {
            throw RasterError.library(
                function: "cairo_image_surface_get_data", message: CairoSurface.text(cairo_surface_status(surface)))
        }
        let stride = Int(cairo_image_surface_get_stride(surface))
        for y in 0..<height { body(y, UnsafeRawPointer(data + y * stride)) }
    }
}
