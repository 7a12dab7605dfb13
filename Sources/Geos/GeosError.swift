/// A failure reported by the GEOS C library, or a request GEOS cannot express.
///
/// Two kinds, as GEOSwift keeps them apart: what GEOS itself said went wrong, and what this wrapper
/// refused before calling GEOS.
public enum GeosError: Error, Equatable, Sendable, CustomStringConvertible {
    /// GEOS returned its failure value from `function`; `message` is the text its error handler received
    /// (empty when GEOS gave none).
    case library(function: String, message: String)
    /// The input cannot form the requested geometry (too few points, unclosed ring, non-finite value).
    case invalidInput(String)

    public var description: String {
        switch self {
        case let .library(function, message):
            return message.isEmpty ? "GEOS \(function) failed" : "GEOS \(function) failed: \(message)"
        case let .invalidInput(text):
            return "invalid geometry input: \(text)"
        }
    }
}
