/// A front line on one day: where the territories of two sides meet.
public struct MapFront: Hashable, Sendable {
    /// The side keys that meet here, in the order of the day file.
    public var sides: [String]
    /// LineStrings → positions, RFC 7946 §3.1.5 nesting.
    public var lines: [[LonLat]]

    public init(sides: [String], lines: [[LonLat]]) {
        self.sides = sides
        self.lines = lines
    }
}
