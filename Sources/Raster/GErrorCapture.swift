import CRsvg
import Foundation

/// Turns the `GError **` out-parameter of a librsvg call into a thrown `RasterError`.
///
/// GLib reports failure through a return value (NULL or FALSE) and, usually, a `GError` the caller must
/// free; the error's message is the only useful text ("XML parse error: Error domain 1 code 77 on line 5
/// column 1 of data: Premature end of data in tag svg line 1").
enum GErrorCapture {
    /// Runs `body` with an error slot; returns its value, or throws what it reported when it returns `nil`.
    /// - Throws: `RasterError.library` naming `function`, with the `GError` message when there is one.
    static func call<T>(_ function: String, _ body: (UnsafeMutablePointer<UnsafeMutablePointer<GError>?>) -> T?) throws
        -> T
    {
        var error: UnsafeMutablePointer<GError>?
        let result = body(&error)
        // The error is ours to free whether or not the call also returned a value.
        let message =
            error.flatMap { $0.pointee.message.map { String(cString: $0) } }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if let error { g_error_free(error) }
        guard let result, message.isEmpty else {
            throw RasterError.library(function: function, message: message)
        }
        return result
    }
}
