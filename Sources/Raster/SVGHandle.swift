import CRsvg
import Foundation

/// One parsed SVG document, owned: an `RsvgHandle` (a GObject) released with `g_object_unref` in
/// `deinit`.
///
/// librsvg loads from memory only: with no base file, references to other files (images, fonts,
/// `xlink:href` to another document) are not followed, so a frame cannot read the disk.
final class SVGHandle {
    let handle: UnsafeMutablePointer<RsvgHandle>

    /// Parses `data` as an SVG document.
    /// - Throws: `RasterError.library` with librsvg's reason (XML error with line and column, or an
    ///   unsupported document) when it cannot load it.
    init(data: Data) throws {
        guard !data.isEmpty else { throw RasterError.invalidInput("the SVG document is empty") }
        handle = try data.withUnsafeBytes { bytes in
            try GErrorCapture.call("rsvg_handle_new_from_data") { error in
                // rsvg_handle_new_from_data returns NULL and sets the GError when the data is not an SVG
                // document librsvg can load.
                rsvg_handle_new_from_data(bytes.bindMemory(to: UInt8.self).baseAddress, gsize(bytes.count), error)
            }
        }
        // CSS pixels: 96 per inch, as browsers measure `in`, `mm` and `pt`; set_dpi cannot fail.
        rsvg_handle_set_dpi(handle, 96)
    }

    deinit {
        g_object_unref(handle)
    }

    /// The document's size in CSS pixels when its `width` and `height` are absolute lengths; `nil` when
    /// they are percentages or missing (then only the `viewBox` gives the shape).
    var intrinsicSize: (width: Double, height: Double)? {
        var width = 0.0, height = 0.0
        // rsvg_handle_get_intrinsic_size_in_pixels returns FALSE when the size needs a viewport.
        guard rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) != 0, width > 0, height > 0 else {
            return nil
        }
        return (width, height)
    }

    /// The root's `viewBox` width and height, when it has one.
    var viewBoxSize: (width: Double, height: Double)? {
        var hasViewBox: gboolean = 0
        var viewBox = RsvgRectangle()
        // rsvg_handle_get_intrinsic_dimensions cannot fail; it says whether a viewBox was given.
        rsvg_handle_get_intrinsic_dimensions(handle, nil, nil, nil, nil, &hasViewBox, &viewBox)
        guard hasViewBox != 0, viewBox.width > 0, viewBox.height > 0 else { return nil }
        return (viewBox.width, viewBox.height)
    }

    /// The document's aspect in pixels: its absolute size, else its `viewBox`.
    var naturalSize: (width: Double, height: Double)? { intrinsicSize ?? viewBoxSize }

    /// Draws the whole document into `context`, fitted into `viewport` (in the context's current
    /// user space) with the document's `preserveAspectRatio` (centred, uniform by default).
    /// - Throws: `RasterError.library` with librsvg's message when rendering fails.
    func render(into context: CairoContext, viewport: RsvgRectangle) throws {
        var viewport = viewport
        try GErrorCapture.call("rsvg_handle_render_document") { error in
            // rsvg_handle_render_document returns FALSE and sets the GError when it cannot render.
            rsvg_handle_render_document(handle, context.context, &viewport, error) != 0 ? () : nil
        }
        try context.check("rsvg_handle_render_document")
    }
}
