/// Why a video could not be written. In every case the output file is left as it was before.
public enum VideoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The encoder program is not installed (or not at the path given): `package` is the Debian package
    /// that provides it.
    case toolMissing(tool: String, lookedAt: String, package: String)
    /// The encoder ran and failed: `reason` is its exit status or signal, `log` the last lines it wrote
    /// to standard error.
    case encoderFailed(tool: String, reason: String, log: String)
    /// The request cannot be carried out as given (unknown file extension, odd size for H.264, a frame
    /// of another size, use after `finish`).
    case invalidInput(String)
    /// A file-system or process step around the encoder failed (missing folder, rename, socket).
    case io(String)

    public var description: String {
        switch self {
        case let .toolMissing(tool, lookedAt, package):
            return
                "\(tool) is needed to write videos and was not found (\(lookedAt)); install it with: apt-get install \(package)"
        case let .encoderFailed(tool, reason, log):
            return log.isEmpty ? "\(tool) failed (\(reason)) without saying why" : "\(tool) failed (\(reason)):\n\(log)"
        case let .invalidInput(text):
            return "cannot write the video: \(text)"
        case let .io(text):
            return text
        }
    }
}
