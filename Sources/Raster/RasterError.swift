/// Why an SVG document could not be turned into pixels.
///
/// As in the `Gdal`, `Geos` and `Proj` wrappers, what librsvg or Cairo reported is kept apart from what
/// this module refused before calling them.
public enum RasterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// librsvg or Cairo returned its failure value from `function`; `message` is what it said (the
    /// `GError` message or the `cairo_status_t` text; empty when it said nothing).
    case library(function: String, message: String)
    /// The request cannot be carried out as given (an empty or huge size, pixels that do not match
    /// their size, a document whose root is not `<svg>`).
    case invalidInput(String)

    public var description: String {
        switch self {
        case let .library(function, message):
            return message.isEmpty ? "\(function) failed" : "\(function) failed: \(message)"
        case let .invalidInput(text):
            return "cannot rasterise: \(text)"
        }
    }
}
