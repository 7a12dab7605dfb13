import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A helper program fed through its standard input, whose standard error is kept (in a temporary
/// file, so a chatty helper can never block on a full pipe) to explain a failure.
final class HelperProcess {
    private let process = Process()
    private let input = Pipe()
    private let log: URL
    private let name: String

    /// Starts `executable` with `arguments`.
    /// - Throws: `FrontlineError.output` when it cannot be started.
    init(_ executable: URL, _ arguments: [String]) throws {
        // A helper that dies must fail a write with EPIPE, not kill this process.
        signal(SIGPIPE, SIG_IGN)
        name = executable.lastPathComponent
        log = FileManager.default.temporaryDirectory.appendingPathComponent(
            "frontline-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        do {
            try process.run()
        } catch {
            try? FileManager.default.removeItem(at: log)
            throw FrontlineError.output(Diagnostic(.error, "cannot start \(executable.path): \(error)"))
        }
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: log)
    }

    /// Writes `data` whole to the helper's standard input.
    /// - Throws: `FrontlineError.output` when the helper has stopped reading.
    func send(_ data: Data) throws {
        let fd = input.fileHandleForWriting.fileDescriptor
        try data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, base + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else {
                    throw FrontlineError.output(Diagnostic(.error, "\(name) stopped reading its input"))
                }
                offset += n
            }
        }
    }

    /// Closes the input and waits for the helper.
    /// - Throws: `FrontlineError.output` starting with `failure` and the helper's last words when it
    ///   did not exit with status 0.
    func finish(failure: String) throws {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus != 0 || process.terminationReason != .exit else { return }
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let reason = text.split(separator: "\n").suffix(8).joined(separator: "\n")
        throw FrontlineError.output(
            Diagnostic(
                .error,
                "\(failure): \(reason.isEmpty ? "\(name) failed with status \(process.terminationStatus)" : reason)"))
    }
}
