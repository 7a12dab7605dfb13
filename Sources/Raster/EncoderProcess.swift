import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An encoder running as a child process, fed on standard input and drained on standard error.
///
/// Standard input is one end of a Unix socket pair rather than a pipe so that writes can pass
/// `MSG_NOSIGNAL`: when the encoder dies mid-stream the write fails with `EPIPE` instead of raising
/// `SIGPIPE`, which would kill the whole program. Every descriptor is created close-on-exec: Foundation's
/// `Process` closes stray descriptors in its children, but anything else that starts a process (a C
/// library's `fork`, `system`) would let it inherit this encoder's input and keep the encoder from ever
/// seeing the end of its frames (standard error is a socket pair too, as `pipe2` with
/// `O_CLOEXEC` is not visible from Swift here). Standard error is read to the end on its own thread,
/// keeping only its tail: a full stderr pipe would otherwise block the encoder, and the encoder would
/// block us.
final class EncoderProcess {
    let name: String
    private let process = Process()
    /// Our end of the input socket; -1 once closed.
    private var input: Int32
    private let log = StreamTail()
    private let drained = DispatchSemaphore(value: 0)

    /// Starts `executable` with `arguments`.
    /// - Throws: `VideoError.io` when the socket, pipe or process cannot be created.
    init(executable: URL, arguments: [String]) throws {
        name = executable.lastPathComponent
        let socket = try EncoderProcess.socketPair(for: "input of \(name)")
        let errors: [Int32]
        do {
            errors = try EncoderProcess.socketPair(for: "error stream of \(name)")
        } catch {
            close(socket[0]); close(socket[1])
            throw error
        }
        process.executableURL = executable
        process.arguments = arguments
        // Process duplicates these onto the child's 0 and 2 (duplicates lose close-on-exec).
        process.standardInput = FileHandle(fileDescriptor: socket[1], closeOnDealloc: false)
        process.standardError = FileHandle(fileDescriptor: errors[1], closeOnDealloc: false)
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            for fd in socket + errors { close(fd) }
            throw VideoError.io("cannot start \(executable.path): \(error.localizedDescription)")
        }
        // The child has its copies; ours would keep its input open and its stderr from ending.
        close(socket[1])
        close(errors[1])
        input = socket[0]
        let (fd, log, drained) = (errors[0], log, drained)
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                // 0 is the end of the stream (every copy of the write end closed); <0 a read error.
                guard n > 0 else { break }
                buffer.withUnsafeBytes { log.append(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            }
            close(fd)
            drained.signal()
        }
        reader.start()
    }

    deinit {
        if input >= 0 { close(input) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Writes all of `bytes` to the encoder's input, waiting while it is busy.
    /// - Returns: `false` when the encoder closed its input (it exited or crashed): see `wait()` for why.
    /// - Throws: `VideoError.io` for any other write failure.
    func write(_ bytes: UnsafeRawBufferPointer) throws -> Bool {
        guard input >= 0, let base = bytes.baseAddress else { return input >= 0 }
        var offset = 0
        while offset < bytes.count {
            // send returns the bytes written (possibly fewer) or -1 with errno; MSG_NOSIGNAL turns a
            // closed peer into EPIPE instead of SIGPIPE.
            let n = send(input, base + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE || errno == ECONNRESET { return false }
                throw VideoError.io("cannot write a frame to \(name): \(EncoderProcess.errnoText())")
            }
            offset += n
        }
        return true
    }

    /// Ends the input: the encoder sees the end of the stream and finishes the file.
    func closeInput() {
        guard input >= 0 else { return }
        close(input)
        input = -1
    }

    /// Asks the encoder to stop now (`SIGTERM`).
    func terminate() {
        closeInput()
        if process.isRunning { process.terminate() }
    }

    /// Waits for the encoder to exit (after `closeInput` or `terminate`); later calls return at once.
    /// - Returns: `nil` when it exited with status 0, else the reason ("exit status 1", "signal 9").
    func wait() -> String? {
        if let ended { return ended.failure }
        let failure = waitOnce()
        ended = Ended(failure: failure)
        return failure
    }

    /// How the encoder ended: `failure` is `nil` for success.
    private struct Ended {
        let failure: String?
    }

    /// Set by the first `wait`: the encoder's stderr has been drained once and cannot be again.
    private var ended: Ended?

    private func waitOnce() -> String? {
        closeInput()
        process.waitUntilExit()
        // The encoder has exited, so its stderr ends at once; the timeout only guards against a
        // grandchild it left behind holding the pipe.
        _ = drained.wait(timeout: .now() + 5)
        let status = process.terminationStatus
        switch process.terminationReason {
        case .exit: return status == 0 ? nil : "exit status \(status)"
        case .uncaughtSignal: return "signal \(status)"
        @unknown default: return "status \(status)"
        }
    }

    /// The last lines the encoder wrote to standard error.
    var logTail: String { log.text() }

    /// Two connected stream sockets, both close-on-exec from the start (no window in which a process
    /// started on another thread could inherit them).
    /// - Throws: `VideoError.io` with the system's reason.
    static func socketPair(for purpose: String) throws -> [Int32] {
        var pair: [Int32] = [-1, -1]
        // socketpair returns -1 and sets errno on failure.
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            throw VideoError.io("cannot create a socket for the \(purpose): \(errnoText())")
        }
        return pair
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
