/// One attribute column of a layer.
public struct Field: Hashable, Sendable {
    /// The kinds of value a field holds; `date` becomes a real Date column (OGR `OFTDate`, PostgreSQL
    /// `date`), not text, so clients can filter and animate on it.
    public enum Kind: String, Hashable, Sendable {
        case string, integer, real, date
    }

    /// Lower-case ASCII letters, digits and underscores, starting with a letter or underscore: the
    /// names every target format keeps as they are (PostgreSQL would otherwise fold or need quotes).
    public let name: String
    public let kind: Kind

    public init(_ name: String, _ kind: Kind) {
        self.name = name
        self.kind = kind
    }
}

/// One attribute value; `null` fits every field. Reals must be finite.
public enum FieldValue: Hashable, Sendable {
    case string(String)
    case integer(Int)
    case real(Double)
    case date(CalendarDate)
    case null

    /// Whether the value can go in a field of `kind`.
    func fits(_ kind: Field.Kind) -> Bool {
        switch (self, kind) {
        case let (.real(x), .real): return x.isFinite  // no target stores NaN or infinity the same way
        case (.null, _), (.string, .string), (.integer, .integer), (.date, .date): return true
        default: return false
        }
    }
}
