/// Why writing a vector data set failed.
///
/// As in the `Geos` and `Proj` wrappers, what GDAL itself reported is kept apart from what this module
/// refused before calling GDAL; PostgreSQL connection failures get their own case because the person
/// who must act on them is the one who typed the connection string.
public enum GdalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// GDAL returned its failure value from `function`; `message` is what its error handler received
    /// (empty when GDAL said nothing).
    case library(function: String, message: String)
    /// The layers cannot be written as given (bad name, a value of the wrong type, an unclosed ring, …).
    case invalidInput(String)
    /// The PostgreSQL server could not be reached or refused us: one line, saying what to fix.
    /// Passwords in the connection string are never repeated.
    case connection(String)
    /// The database is reachable but cannot take the layers (no PostGIS, a schema we did not write, a
    /// view elsewhere that depends on the schema being replaced).
    case database(String)
    /// A file-system step around GDAL failed (temporary file, rename).
    case io(String)
    /// libgdal itself cannot be loaded (not installed, or too old).
    case unavailable(String)

    public var description: String {
        switch self {
        case let .library(function, message):
            return message.isEmpty ? "GDAL \(function) failed" : "GDAL \(function) failed: \(message)"
        case let .invalidInput(text):
            return "invalid vector data: \(text)"
        case let .connection(text):
            return "cannot connect to PostgreSQL: \(text)"
        case let .database(text):
            return "PostgreSQL: \(text)"
        case let .io(text):
            return text
        case let .unavailable(reason):
            return
                "GDAL is needed for GeoPackage, FlatGeobuf and PostGIS output: \(reason); install libgdal-dev (make deps)"
        }
    }
}
