import CGDAL
import Foundation

/// Collects what GDAL reports through `CPLError` while one synchronous operation runs.
///
/// GDAL's error handler stack and its "last error" are per thread (`CPLPushErrorHandlerEx`,
/// `CPLGetLastErrorMsg`), so a process-wide handler would mix messages from concurrent writers.
/// `ErrorTrap.run` pushes a handler for the calling thread only, with the trap as user data, runs a
/// synchronous body (which cannot move to another thread: it has no suspension point), and pops it.
/// Nothing GDAL says reaches stderr while a trap is active.
final class ErrorTrap {
    /// Failure and fatal messages since the last `take()`, in order.
    fileprivate var failures: [String] = []

    private init() {}

    /// Runs `body` with a trap installed on the current thread. Every GDAL call of this module runs
    /// inside one, so this is where libgdal is loaded (on first use; see `GdalRuntime.load()`).
    /// - Throws: `GdalError.unavailable` when libgdal cannot be loaded; what `body` throws.
    static func run<T>(_ body: (ErrorTrap) throws -> T) throws -> T {
        try GdalRuntime.load()
        let trap = ErrorTrap()
        CPLErrorReset()
        // CPLPushErrorHandlerEx cannot fail; the pointer stays valid because `trap` outlives the pop below.
        CPLPushErrorHandlerEx(gdalErrorCallback, Unmanaged.passUnretained(trap).toOpaque())
        defer {
            CPLPopErrorHandler()
            CPLErrorReset()
            withExtendedLifetime(trap) {}
        }
        return try body(trap)
    }

    /// Silences GDAL for a cleanup step that may run on any thread (a `deinit`), where there is no
    /// caller left to report to.
    static func quietly(_ body: () -> Void) {
        // CPLQuietErrorHandler discards every message; push and pop cannot fail.
        CPLPushErrorHandler(CPLQuietErrorHandler)
        body()
        CPLPopErrorHandler()
    }

    /// Forgets earlier messages, so the next error carries only its own text.
    func clear() {
        failures.removeAll()
        CPLErrorReset()
    }

    /// Whether GDAL reported a failure since the last `clear()`.
    var hasFailure: Bool { !failures.isEmpty }

    /// The error for a failed call to `function`, with what GDAL said (each message once, joined by "; ").
    func error(_ function: String) -> GdalError {
        .library(function: function, message: take())
    }

    /// Returns and clears the messages, each on one line (GDAL passes on multi-line libpq text).
    func take() -> String {
        takeLines().map { $0.joined(separator: " ") }.joined(separator: "; ")
    }

    /// Returns and clears the messages, each split into its non-empty trimmed lines, each message once.
    private func takeLines() -> [[String]] {
        defer { clear() }
        var seen = Set<String>()
        return failures.filter { seen.insert($0).inserted }.map { message in
            message.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        }
    }

    /// Throws the error for `function` when GDAL reported a failure since the last `clear()`, for calls
    /// that report failure only through `CPLError` (`GDALClose`, `GDALDatasetExecuteSQL` on a statement).
    func check(_ function: String) throws {
        if hasFailure { throw error(function) }
    }
}

/// The C error handler: finds the trap through `CPLGetErrorHandlerUserData` and keeps failures.
/// Warnings and debug messages are dropped (they are not errors and must not reach stderr).
private func gdalErrorCallback(_ level: CPLErr, _ number: CPLErrorNum, _ message: UnsafePointer<CChar>?) {
    guard level == CE_Failure || level == CE_Fatal, let message else { return }
    // CPLGetErrorHandlerUserData returns the pointer given to CPLPushErrorHandlerEx for this thread.
    guard let userData = CPLGetErrorHandlerUserData() else { return }
    let trap = Unmanaged<ErrorTrap>.fromOpaque(userData).takeUnretainedValue()
    trap.failures.append(String(cString: message))
}
