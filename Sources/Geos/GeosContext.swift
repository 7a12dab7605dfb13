import CGEOS

/// One GEOS context handle, owned: created in `init`, freed in `deinit`.
///
/// GEOS reports errors through a callback; the context installs one with
/// `GEOSContext_setErrorMessageHandler_r` and keeps the last message, which `GeosError.library` carries.
/// A context and every geometry made with it belong to one task: they are not `Sendable`.
public final class GeosContext {
    /// The C handle. Never leaves the module.
    let handle: OpaquePointer
    /// Where the C callback writes; passed to GEOS as user data, so the callback captures nothing.
    private let messages: MessageBox

    /// Creates a GEOS context with its own error handler.
    /// - Throws: `GeosError.library` when GEOS cannot allocate a context.
    public init() throws {
        // GEOS_init_r returns NULL when it cannot allocate the context.
        guard let handle = GEOS_init_r() else {
            throw GeosError.library(function: "GEOS_init_r", message: "could not create a context")
        }
        self.handle = handle
        messages = MessageBox()
        let userData = Unmanaged.passUnretained(messages).toOpaque()
        // Returns the previous handler (NULL for a fresh context); it cannot fail.
        _ = GEOSContext_setErrorMessageHandler_r(handle, geosErrorCallback, userData)
        // Notices (e.g. "Self-intersection at …" from validity checks) are not errors: drop them so GEOS
        // never writes to stderr. Returns the previous handler; cannot fail.
        _ = GEOSContext_setNoticeMessageHandler_r(handle, geosNoticeCallback, nil)
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// GEOS's version string, e.g. "3.11.1-CAPI-1.17.1".
    public static var version: String {
        // GEOSversion returns a static string; it cannot fail.
        String(cString: GEOSversion())
    }

    /// Forgets the last message before a call, so an error carries only its own text.
    func clearMessage() { messages.last = "" }

    /// The error for a failed call to `function`, with whatever GEOS said.
    func error(_ function: String) -> GeosError {
        let text = messages.last
        messages.last = ""
        return .library(function: function, message: text)
    }
}

/// The error handler's state. A class so its address is stable for GEOS's user-data pointer.
final class MessageBox {
    var last = ""
}

/// GEOS error callback: stores the message in the context's `MessageBox` (the user data).
private func geosErrorCallback(_ message: UnsafePointer<CChar>?, _ userData: UnsafeMutableRawPointer?) {
    guard let message, let userData else { return }
    let box = Unmanaged<MessageBox>.fromOpaque(userData).takeUnretainedValue()
    box.last = String(cString: message)
}

/// GEOS notice callback: notices are informational and are dropped.
private func geosNoticeCallback(_ message: UnsafePointer<CChar>?, _ userData: UnsafeMutableRawPointer?) {}
