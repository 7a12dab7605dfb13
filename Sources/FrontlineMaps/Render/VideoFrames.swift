/// The frames of a shareable animation of a map: one day's picture each, all drawn on one canvas so
/// they line up, with the date and the day's events as the caption. Pure text: rasterising and
/// encoding happen outside this library (`frontline-video`, over librsvg and ffmpeg), so the main
/// program does not load them.
public struct VideoFrames: Sendable {
    /// Which days get a frame.
    public enum Days: String, Hashable, Sendable, CaseIterable {
        /// Every written day, one frame each.
        case all
        /// The first day and each day on which some place's state or flags changed, each held for
        /// `hold` frames so a quick run of changes can still be read.
        case changes
    }

    /// One frame: the day's SVG picture, its caption, and how many video frames it lasts.
    public struct Frame: Sendable {
        public var day: Day
        public var svg: String
        public var heading: String
        public var lines: [String]
        public var hold: Int
    }

    public var days: Days
    /// Video frames per change day in `.changes` (at least 1).
    public var hold: Int

    public init(days: Days = .all, hold: Int = 3) {
        self.days = days
        self.hold = max(hold, 1)
    }

    /// The days of `map` that get a frame, in order.
    public func frameDays(_ map: WarMap) -> [Day] {
        switch days {
        case .all: return map.snapshotDays
        case .changes:
            return PictureCadence.changes.select(map.snapshotDays, changeDays: Set(map.timeline.periodStarts().keys))
        }
    }

    /// Hands each frame of `map` to `body` in day order, one at a time (nothing is kept between
    /// frames, so memory depends on places, not days).
    /// - Parameter attribution: the data credit printed on every frame.
    public func forEach(_ map: WarMap, attribution: String, _ body: (Frame) throws -> Void) throws {
        let bbox = PlayerData.bbox(map)
        let eventsByDay = Dictionary(grouping: map.events, by: { $0.event.date.day })
        let frameHold = days == .all ? 1 : hold
        for snapshot in map.snapshots(on: frameDays(map)) {
            var frame = MapFrame(map: map, snapshot: snapshot, events: eventsByDay[snapshot.day] ?? [])
            frame.bbox = bbox
            let svg = SVGMap.document(frame: frame, title: map.title, sides: map.sides, attribution: attribution)
            try body(
                Frame(
                    day: snapshot.day, svg: svg, heading: snapshot.day.longForm, lines: frame.events.map(\.summary),
                    hold: frameHold))
        }
    }
}
