/// The land one side holds on one day, as the MultiPolygon of the day file.
public struct MapTerritory: Hashable, Sendable {
    /// `combatant1`, …, `contested`, `unclaimed`, `unknown`.
    public var side: String
    /// Polygons → rings (exterior first, then holes) → positions, RFC 7946 §3.1.7 nesting.
    public var polygons: [[[LonLat]]]

    public init(side: String, polygons: [[[LonLat]]]) {
        self.side = side
        self.polygons = polygons
    }
}
