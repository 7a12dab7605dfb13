/// Frames per second as a fraction, as ffmpeg takes it (`4/1`, `5/2` for two and a half).
public struct FrameRate: Hashable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public let numerator: Int
    public let denominator: Int

    public init(numerator: Int, denominator: Int = 1) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public init(integerLiteral value: Int) {
        self.init(numerator: value)
    }

    /// Both parts positive.
    public var isValid: Bool { numerator > 0 && denominator > 0 }

    /// `numerator/denominator`, ffmpeg's and ffprobe's notation.
    public var description: String { "\(numerator)/\(denominator)" }
}
