import Foundation
import FrontlineMaps

#if canImport(Glibc)
    import Glibc
#endif

/// Standard output and standard error as plain file descriptors.
///
/// `FileHandle.write(_:)` ends in `try!` on Linux: one write to `/dev/full`, a closed descriptor or a
/// reader that went away killed the whole run ("Fatal error: 'try!'", or rc 132 *after* the maps were
/// committed). Here a failed write to standard output is an error the command reports, and a failed
/// write to standard error is dropped: the diagnostics have nowhere else to go, and the run's result
/// must not depend on whether anyone reads them.
enum Console {
    /// Writes all of `data` to `fd`, retrying short writes and `EINTR`.
    /// - Returns: `errno` of the failed write, or `nil` when everything was written.
    static func write(_ data: Data, to fd: Int32) -> Int32? {
        data.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, base + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return n == 0 ? EIO : errno }
                offset += n
            }
            return nil
        }
    }

    /// A line to standard error; failures are ignored (see the type's comment). Control characters
    /// (terminal escape sequences from an input file quoted in a message) are printed escaped.
    static func error(_ text: String) {
        _ = write(Data((Diagnostic.escapingControls(text) + "\n").utf8), to: STDERR_FILENO)
    }

    /// Text to standard output.
    /// - Throws: `FrontlineError` naming the reason (disk full, closed, broken pipe).
    static func output(_ text: String) throws {
        if let code = write(Data(text.utf8), to: STDOUT_FILENO) {
            throw FrontlineError.output(
                Diagnostic(
                    .error,
                    "cannot write to standard output: \(String(cString: strerror(code))); the output is incomplete"))
        }
    }
}
