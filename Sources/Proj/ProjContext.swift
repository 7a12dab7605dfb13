import CProj

/// Owns one `PJ_CONTEXT` and collects what PROJ logs on it.
///
/// PROJ reports the reason for a failure only through its log callback
/// (`proj_context_errno_string` says just "Unknown error (code 4096)"), so the context installs
/// `proj_log_func` with itself as user data and keeps the messages for the next error to carry.
/// Installing the callback also stops PROJ from writing to stderr. A context is not thread-safe:
/// use one per task.
public final class ProjContext {
    let handle: OpaquePointer
    /// Messages logged since the last `takeMessages()`.
    fileprivate var messages: [String] = []

    /// - Throws: `ProjError.contextCreationFailed` when PROJ cannot allocate a context.
    public init() throws {
        // proj_context_create returns NULL on allocation failure.
        guard let ctx = proj_context_create() else { throw ProjError.contextCreationFailed }
        handle = ctx
        proj_log_level(ctx, PJ_LOG_ERROR)
        proj_log_func(ctx, Unmanaged.passUnretained(self).toOpaque(), projLogCallback)
    }

    deinit {
        proj_context_destroy(handle)
    }

    /// Returns and clears the messages PROJ logged since the last call, each once, joined with "; "
    /// (one array transform logs "utm: Invalid latitude" once per bad point).
    func takeMessages() -> String {
        defer { messages.removeAll() }
        var seen = Set<String>()
        return messages.filter { seen.insert($0).inserted }.joined(separator: "; ")
    }
}

/// The C log callback: captures nothing, finds its context through the user-data pointer.
private func projLogCallback(_ userData: UnsafeMutableRawPointer?, _ level: Int32, _ message: UnsafePointer<CChar>?) {
    guard let userData, let message else { return }
    let context = Unmanaged<ProjContext>.fromOpaque(userData).takeUnretainedValue()
    context.messages.append(String(cString: message))
}
