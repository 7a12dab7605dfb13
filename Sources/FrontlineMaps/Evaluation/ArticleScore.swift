import Foundation

/// How one article's extraction compares with its gold file, by the corpus README's matching rules.
///
/// - A place name is right when it resolves within 1 km of the gold coordinates, or stays unresolved
///   when the gold says `found: false`.
/// - A gold event (not `optional`) is found when the ledger has an event within 1 km of the gold place,
///   on the gold date ±1 day (within `date_range` when given), of the same family of type.
/// - A checkpoint is right when the state of the mapped place within 1 km of the gold place, at the
///   end of that day, is one of `accept`.
public struct ArticleScore: Sendable {
    public var article: String
    public var names = Tally()
    public var events = Tally()
    public var checkpoints = Tally()
    /// What went wrong, one line each, for review.
    public var wrongNames: [String] = []
    public var missedEvents: [String] = []
    public var wrongCheckpoints: [String] = []
    /// Extracted events that match no gold event (optional ones included): the precision side.
    public var unmatched: [String] = []
    public var extracted = 0

    /// Right out of total.
    public struct Tally: Sendable {
        public var right = 0
        public var total = 0
        public init(right: Int = 0, total: Int = 0) {
            self.right = right
            self.total = total
        }
        public mutating func add(_ ok: Bool) {
            total += 1
            if ok { right += 1 }
        }
        public static func + (a: Tally, b: Tally) -> Tally { Tally(right: a.right + b.right, total: a.total + b.total) }
        public var share: Double { total == 0 ? 1 : Double(right) / Double(total) }
    }

    public init(article: String) { self.article = article }

    /// Families of event types that count as the same kind of event.
    static let families: [String: String] = [
        "airstrike": "strike", "shelling": "strike", "bombardment": "strike",
        "attack": "attack", "under_attack": "attack", "clashes": "attack", "offensive": "attack", "siege": "attack",
        "checkpoints": "attack",
        "bombing": "bombing", "car_bomb": "bombing",
        "massacre": "massacre",
        "capture": "control", "partial_capture": "control", "recapture": "control", "withdrawal": "control",
        "entered_repelled": "control", "held": "control",
    ]

    static func family(_ type: String) -> String { families[type] ?? type }

    /// Scores `ledger`, `timeline` and the article's place resolution (`placed`: spelling → record)
    /// against `gold`.
    ///
    /// A gold place no gazetteer record holds (`found: false`) is scored on `unresolved`, the timeline
    /// of the places the map cannot draw, by any of its spellings.
    public static func score(
        gold: GoldFile, ledger: Ledger, timeline: ControlTimeline?, unresolved: ControlTimeline? = nil,
        placed: [String: GazetteerRecord?]
    ) -> ArticleScore {
        var s = ArticleScore(article: gold.article)
        s.extracted = ledger.events.count
        for place in gold.places {
            for spelling in place.spellings {
                let record = placed[spelling] ?? nil
                let ok: Bool
                if place.found, let lat = place.lat, let lon = place.lon {
                    ok = record.map { kilometres($0.latitude, $0.longitude, lat, lon) <= 1 } ?? false
                } else {
                    ok = record == nil
                }
                s.names.add(ok)
                if !ok {
                    let got = record.map { "\($0.name) (\($0.id), \($0.governorate ?? "?"))" } ?? "unresolved"
                    let want = place.found ? "within 1 km of \(place.lat ?? 0),\(place.lon ?? 0)" : "unresolved"
                    s.wrongNames.append("'\(spelling)' → \(got); want \(want)")
                }
            }
        }

        var matchedEvents = Set<Int>()
        for g in gold.events {
            guard let place = gold.place(g.place), let gDay = Day(iso: g.date) else { continue }
            let window: ClosedRange<Day>
            if let r = g.dateRange, r.count == 2, let a = Day(iso: r[0]), let b = Day(iso: r[1]), a <= b {
                window = a...b
            } else {
                window = (gDay - 1)...(gDay + 1)
            }
            let familiesWanted = Set(([g.type] + (g.typeAlternatives ?? [])).map(family))
            var hit: Int?
            // (Ground taken near a place is not an event at it.)
            for (i, e) in ledger.events.enumerated() where window.contains(e.date.day) && e.placeRole != .vicinity {
                // A place no source holds has no point to be near: its events match by name, as its
                // checkpoints do (`stateOf(named:)`), and only while they are unresolved too.
                let here =
                    place.found
                    ? near(e, place)
                    : e.placeID == nil && place.spellings.contains { $0.lowercased() == e.placeName.lowercased() }
                guard familiesWanted.contains(family(e.type.rawValue)), here else { continue }
                hit = i
                break
            }
            if let hit { matchedEvents.insert(hit) }
            if g.optional == true { continue }
            s.events.add(hit != nil)
            if hit == nil { s.missedEvents.append("\(g.date) \(g.type) at \(g.place): \(g.basis ?? "")") }
        }
        for (i, e) in ledger.events.enumerated()
        where !matchedEvents.contains(i) && !family(e.type.rawValue).hasPrefix("control") {
            s.unmatched.append(
                "\(e.date.day.iso) \(e.type.rawValue) at \(e.placeName) (side \(e.side.map(String.init) ?? "-")): \(e.sourceSentence.prefix(90))"
            )
        }

        for c in gold.control {
            guard let place = gold.place(c.place), let day = Day(iso: c.date) else { continue }
            let state =
                (place.found
                    ? timeline.flatMap { stateOf(place, on: day, in: $0) }
                    : unresolved.flatMap { stateOf(named: place, on: day, in: $0) })
                ?? .unknown
            let ok = c.accept.contains(state.sideKey)
            s.checkpoints.add(ok)
            if !ok {
                // (With the ledger's control events at the place, so a reviewer sees why.)
                let behind = ledger.events.filter { e in
                    (e.type.changesControl || e.type == .held) && e.placeRole == .target
                        && (place.found
                            ? near(e, place) : place.spellings.contains { $0.lowercased() == e.placeName.lowercased() })
                }.map { "\($0.date.day.iso) \($0.type.rawValue) \($0.side.map { "combatant\($0)" } ?? "-")" }
                s.wrongCheckpoints.append(
                    "\(c.date) \(c.place): got \(state.sideKey), want \(c.accept.joined(separator: "/"))"
                        + (behind.isEmpty ? "" : " [\(behind.joined(separator: ", "))]"))
            }
        }
        return s
    }

    static func near(_ e: Event, _ place: GoldFile.Place) -> Bool {
        guard let lat = e.latitude, let lon = e.longitude, let gl = place.lat, let gn = place.lon else { return false }
        return kilometres(lat, lon, gl, gn) <= 1
    }

    /// The state at the end of `day` of the mapped place nearest the gold place (within 1 km). Before
    /// the timeline's first day a place is in its initial state, after the last in its final one: the
    /// map says so by leaving it unchanged.
    static func stateOf(_ place: GoldFile.Place, on day: Day, in timeline: ControlTimeline) -> ControlState? {
        guard let lat = place.lat, let lon = place.lon else { return nil }
        var best: (Double, PlaceTimeline)?
        for p in timeline.places {
            let km = kilometres(p.place.position.lat, p.place.position.lon, lat, lon)
            if km <= 1, best == nil || km < best!.0 { best = (km, p) }
        }
        guard let (_, p) = best else { return nil }
        return clamped(p, day)
    }

    /// The state of the unmapped place written as one of the gold place's spellings.
    static func stateOf(named place: GoldFile.Place, on day: Day, in timeline: ControlTimeline) -> ControlState? {
        let names = Set(place.spellings.map { $0.lowercased() })
        guard let p = timeline.places.first(where: { names.contains($0.place.name.lowercased()) }) else { return nil }
        return clamped(p, day)
    }

    static func clamped(_ p: PlaceTimeline, _ day: Day) -> ControlState? {
        guard let firstPeriod = p.periods.first, let lastPeriod = p.periods.last else { return nil }
        if day < firstPeriod.start { return firstPeriod.state }
        if day >= lastPeriod.end { return lastPeriod.state }
        return p.state(on: day)
    }

    /// Great-circle distance (haversine, mean Earth radius).
    static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = 6371.0088, d = Double.pi / 180
        let a = sin((lat2 - lat1) * d / 2), b = sin((lon2 - lon1) * d / 2)
        let h = a * a + cos(lat1 * d) * cos(lat2 * d) * b * b
        return 2 * r * asin(min(1, sqrt(h)))
    }
}
