import CRsvg

/// One Cairo drawing context on a `CairoSurface`, owned: destroyed with `cairo_destroy` in `deinit`.
/// It keeps its surface alive (Cairo references it too, but the Swift owner must outlive the context).
final class CairoContext {
    let context: OpaquePointer
    private let surface: CairoSurface

    /// A context drawing on `surface`.
    /// - Throws: `RasterError.library` with Cairo's status text when it cannot create one.
    init(surface: CairoSurface) throws {
        // cairo_create returns a context in an error state rather than NULL when it fails (checked
        // below); NULL is guarded anyway, as the pointer is imported as optional.
        guard let context = cairo_create(surface.surface) else {
            throw RasterError.library(function: "cairo_create", message: "no context")
        }
        let status = cairo_status(context)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(context)
            throw RasterError.library(function: "cairo_create", message: CairoSurface.text(status))
        }
        self.context = context
        self.surface = surface
    }

    deinit {
        cairo_destroy(context)
    }

    /// Throws when the context entered an error state during the drawing `function` did; Cairo
    /// reports every drawing failure this way, never through return values.
    func check(_ function: String) throws {
        let status = cairo_status(context)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RasterError.library(function: function, message: CairoSurface.text(status))
        }
    }

    /// Covers everything with an opaque colour.
    func paint(_ colour: RGBColour) {
        cairo_set_source_rgb(context, Double(colour.red) / 255, Double(colour.green) / 255, Double(colour.blue) / 255)
        cairo_paint(context)
    }

    /// Maps the next drawing's units: scaled by `scale`, then moved by (`x`, `y`) pixels.
    func transform(translateX x: Double, y: Double, scale: Double) {
        cairo_translate(context, x, y)
        cairo_scale(context, scale, scale)
    }
}
