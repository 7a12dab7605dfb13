/// The land one side holds (or that is contested), as polygons of positions on the output grid
/// (`LonLat.onOutputGrid`): rings closed, exterior first, repeated positions already dropped, so a
/// writer writes them as they are and a picture draws exactly what the GeoJSON holds.
public struct Territory: Hashable, Sendable {
    public var state: ControlState
    /// In square metres of the projected CRS.
    public var area: Double
    /// Polygons → rings → positions, RFC 7946 §3.1.7 nesting.
    public var polygons: [[[LonLat]]]

    public init(state: ControlState, area: Double, polygons: [[[LonLat]]]) {
        self.state = state
        self.area = area
        self.polygons = polygons
    }
}

/// Where the territories of two sides meet, as lines of positions on the output grid.
public struct Front: Hashable, Sendable {
    /// The two states that meet, in label order (`held` sides by number, then `contested`).
    public var sides: [ControlState]
    /// In metres of the projected CRS.
    public var length: Double
    /// LineStrings → positions, RFC 7946 §3.1.5 nesting.
    public var lines: [[LonLat]]

    public init(sides: [ControlState], length: Double, lines: [[LonLat]]) {
        self.sides = sides
        self.length = length
        self.lines = lines
    }
}

/// A territory piece over a run of days in which it did not change, for the timeline layers.
public struct TerritoryPeriod: Hashable, Sendable {
    public var territory: Territory
    /// The tile the piece belongs to (large maps are tiled so a change redraws only its neighbourhood).
    public var tile: String
    public var start: Day
    /// Exclusive; `nil` when the piece lasts to the end of the map.
    public var end: Day?
}

/// A front piece over a run of days in which it did not change, for the timeline layers.
public struct FrontPeriod: Hashable, Sendable {
    public var front: Front
    public var tile: String
    public var start: Day
    /// Exclusive; `nil` when the piece lasts to the end of the map.
    public var end: Day?
}

/// What a written day shows beyond its places and events: every territory (whole sides, sides first,
/// then contested) and every front.
public struct DaySnapshot: Hashable, Sendable {
    public var day: Day
    /// Days with the same version show the same territories and fronts (nothing changed between).
    public var version: Int
    public var territories: [Territory]
    public var fronts: [Front]
}

/// An event the map can draw: its own coordinates, else its place's, on the output grid.
public struct MappedEvent: Hashable, Sendable {
    public var event: Event
    public var position: LonLat
}
