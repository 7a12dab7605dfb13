/// Why a PROJ operation failed. PROJ's own words are kept: they name the bad CRS or the failing step.
public enum ProjError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `proj_context_create` returned NULL (out of memory).
    case contextCreationFailed
    /// A CRS or transformation could not be built; `message` is what PROJ logged.
    case invalidDefinition(source: String, target: String, message: String)
    /// A point could not be transformed (PROJ returned infinity or NaN); `message` is what PROJ logged, if anything.
    case transformFailed(x: Double, y: Double, message: String)
    /// Input arrays of different lengths.
    case mismatchedLengths(Int, Int)

    public var description: String {
        switch self {
        case .contextCreationFailed:
            return "PROJ: could not create a context"
        case let .invalidDefinition(source, target, message):
            return "PROJ: cannot transform from '\(source)' to '\(target)': \(message)"
        case let .transformFailed(x, y, message):
            return "PROJ: cannot transform point (\(x), \(y))" + (message.isEmpty ? "" : ": \(message)")
        case let .mismatchedLengths(a, b):
            return "PROJ: coordinate arrays differ in length (\(a) vs \(b))"
        }
    }
}
