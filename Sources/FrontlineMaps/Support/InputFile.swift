import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads an input file with plain `open`/`read`, so a stream works as well as a regular file:
/// `/dev/stdin`, a FIFO, or a shell's process substitution (`<(…)`, a `/dev/fd/N` path).
///
/// `Data(contentsOf:)` stats the file first and refuses what is not a regular file with a misleading
/// "You don't have permission" (even as root). Here a regular file is read to its end, a stream until
/// end of file, and either stops at `limit` bytes so a runaway input cannot take all the memory.
public enum InputFile {
    public enum Outcome: Sendable {
        case data(Data)
        /// The input holds more than `limit` bytes; `size` is its size when known (a regular file), else `nil`.
        case tooLarge(size: Int?)
    }

    /// The bytes at `path`, at most `limit`.
    /// - Throws: `FrontlineError` (no location) with the system's reason: no such file, a folder, no permission.
    public static func read(_ path: String, limit: Int) throws -> Outcome {
        guard let bytes = try readBytes(path, limit: limit) else { return .tooLarge(size: fileSize(path)) }
        return .data(Data(bytes))
    }

    /// The bytes at `path` (`nil` past `limit`).
    public static func readBytes(_ path: String, limit: Int) throws -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FrontlineError(reason(errno)) }
        defer { close(fd) }
        var st = stat()
        let known = fstat(fd, &st) == 0
        if known, (st.st_mode & S_IFMT) == S_IFDIR { throw FrontlineError("it is a folder, not a file") }
        let regular = known && (st.st_mode & S_IFMT) == S_IFREG
        if regular, Int(st.st_size) > limit { return nil }
        var bytes = [UInt8]()
        // A regular file is read straight into one buffer of its size; a stream grows by chunks.
        bytes.reserveCapacity((regular ? Int(st.st_size) : 1 << 16) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FrontlineError(reason(errno))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > limit { return nil }
        }
        return bytes
    }

    static func fileSize(_ path: String) -> Int? {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(st.st_size)
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "it is a folder, not a file"
        default: return String(cString: strerror(code))
        }
    }
}
