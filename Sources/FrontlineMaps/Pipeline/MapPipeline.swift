import Foundation
import Geos
import Proj

/// From a ledger to a `WarMap` and its files: places, timeline, geometry, then every writer.
public enum MapPipeline {
    public struct Result: Sendable {
        public var files: [String]
        public var diagnostics: [Diagnostic]
    }

    /// Builds every output file and stages it in `writer`; the caller commits.
    /// - Throws: `FrontlineError` when the ledger has no dated event, `ProjError` when the CRS is bad,
    ///   `GeosError` when GEOS fails.
    public static func run(ledger: Ledger, resolver: any PlaceResolver, options: MapOptions, writer: OutputWriter)
        throws -> Result
    {
        try build(ledger: ledger, resolver: resolver, options: options) { path, data in try writer.stage(path, data) }
    }

    /// Builds every file and hands each to `sink` as soon as it is complete (so large runs never hold
    /// all files at once).
    public static func build(
        ledger: Ledger, resolver: any PlaceResolver, options: MapOptions, sink: (String, Data) throws -> Void
    ) throws -> Result {
        let map = try model(ledger: ledger, resolver: resolver, options: options)
        let files = try map.files(sink)
        return Result(files: files, diagnostics: map.diagnostics)
    }

    /// The map stages up to the model the writers draw from: the span check, the places, the
    /// timeline and the geometry.
    /// - Throws: `FrontlineError` when the ledger has no dated event or spans too long, or PROJ or
    ///   GEOS refuses a place.
    static func model(ledger: Ledger, resolver: any PlaceResolver, options: MapOptions) throws -> WarMap {
        var diagnostics = try checkSpan(ledger: ledger, maxDays: options.maxDays)
        let places = collectPlaces(ledger: ledger, resolver: resolver, options: options, diagnostics: &diagnostics)
        let (built, notes) = ControlTimeline.build(ledger: ledger, places: places)
        diagnostics += notes
        guard let timeline = built else {
            throw FrontlineError.nothingToMap(Diagnostic(.error, "the ledger holds no dated event; nothing to map"))
        }
        let geometry = try buildGeometry(
            ledger: ledger, places: timeline.places.map(\.place), resolver: resolver, options: options)
        let sweep = MapSweep(timeline: timeline, geometry: geometry)
        let days = MapSweep.snapshotDays(timeline, count: options.snapshots)
        let (territories, fronts, versions, labels) = sweep.run(days: days)
        var map = WarMap(
            ledger: ledger, crs: geometry.crs, timeline: timeline, events: locatedEvents(ledger, timeline),
            territoryPeriods: territories, frontPeriods: fronts, snapshotDays: days, snapshotVersions: versions,
            versionLabels: labels, geometry: geometry, vertexE6: sweep.vertexE6,
            unresolvedPlaces: unresolvedPlaces(ledger: ledger, resolver: resolver, options: options),
            slug: options.slug ?? "map", pictures: options.pictures,
            pictureCadence: options.pictureCadence ?? .automatic(days: days.count), diagnostics: diagnostics)
        map.context = context(of: map, resolver: resolver, diagnostics: &map.diagnostics)
        return map
    }

    /// The events the map can draw, in date order (ledger order within a day), each at its own
    /// coordinates or else its place's.
    static func locatedEvents(_ ledger: Ledger, _ timeline: ControlTimeline) -> [MappedEvent] {
        let sorted = ledger.events.enumerated().sorted {
            ($0.element.date.day, $0.offset) < ($1.element.date.day, $1.offset)
        }.map(\.element)
        return sorted.compactMap { e in
            if let lat = e.latitude, let lon = e.longitude, lat.isFinite, lon.isFinite {
                return MappedEvent(event: e, position: LonLat(lon: lon, lat: lat).onOutputGrid)
            }
            if let id = e.placeID, let i = timeline.index(of: id) {
                return MappedEvent(event: e, position: timeline.places[i].place.position.onOutputGrid)
            }
            return nil
        }
    }

    /// `MapGeometry.build`, with PROJ's and GEOS's failures told in the user's terms: the place, its
    /// coordinates, and the ledger row or sentence (file:line:col) that put it on the map.
    static func buildGeometry(ledger: Ledger, places: [TimelinePlace], resolver: any PlaceResolver, options: MapOptions)
        throws -> MapGeometry
    {
        let input = ledger.events.lazy.compactMap(\.sourceLocation).first?.file ?? "the ledger"
        do {
            return try MapGeometry.build(places: places, boundaries: resolver.boundaries, options: options.geometry)
        } catch let error as MapGeometry.PlaceError {
            let place = places[error.place]
            let event = ledger.events.first { $0.placeID == place.id }
            let from =
                event.map { "\($0.id)" + ($0.sourceLocation == nil ? "" : " of \($0.sourceLocation!.file)") }
                ?? "a baseline of \(input)"
            throw FrontlineError.projection(
                Diagnostic(
                    .error,
                    "place '\(place.name)' (place_id \(place.id), latitude \(place.position.lat), longitude \(place.position.lon), from \(from)): \(error.problem); check its coordinates",
                    at: event?.sourceLocation), hint: .chooseCRS(covering: "it"))
        } catch let error as ProjError {
            throw FrontlineError.projection(
                Diagnostic(
                    .error,
                    "\(error), while mapping the \(places.count) places of \(input); check the places' coordinates"),
                hint: .checkCRS)
        } catch let error as GeosError {
            throw FrontlineError.geometry(
                Diagnostic(
                    .error,
                    "\(error), while building the cells of the \(places.count) places of \(input) (radius \(options.radiusMetres) m, simplification \(options.simplifyMetres) m); check the places' coordinates"
                ))
        }
    }

    /// Who held each mapped place on every day: the timeline stage alone, for scorers and library users
    /// who need the states without the geometry.
    public static func timeline(ledger: Ledger, resolver: any PlaceResolver, options: MapOptions) -> (
        ControlTimeline?, [Diagnostic]
    ) {
        var diagnostics: [Diagnostic] = []
        let places = collectPlaces(ledger: ledger, resolver: resolver, options: options, diagnostics: &diagnostics)
        let (built, notes) = ControlTimeline.build(ledger: ledger, places: places)
        return (built, diagnostics + notes)
    }

    /// Who held each place the map cannot draw (no gazetteer record, or a `place_id` without
    /// coordinates), by the same rules as the mapped places: the text still says who took the hill or
    /// the crossing, and `unresolved-places.csv` tells the reader. Places are keyed by name as written,
    /// one name for the spellings of one place (`unresolvedSpellings`).
    public static func unresolvedTimeline(ledger: Ledger, resolver: any PlaceResolver) -> ControlTimeline? {
        var copy = ledger
        var places: [String: TimelinePlace] = [:]
        let spelling = unresolvedSpellings(ledger: ledger, resolver: resolver)
        for i in copy.events.indices
        where copy.events[i].placeID == nil || isUnlocatable(copy.events[i], resolver: resolver) {
            let name = spelling[copy.events[i].placeName] ?? copy.events[i].placeName
            let id = "unresolved:" + name
            copy.events[i].placeID = id
            if places[id] == nil {
                places[id] = TimelinePlace(id: id, name: name, position: LonLat(lon: 0, lat: 0), inArticleArea: false)
            }
        }
        guard !places.isEmpty else { return nil }
        return ControlTimeline.build(ledger: copy, places: places.keys.sorted().map { places[$0]! }).0
    }

    /// Unresolved names that are spellings of one place (the same consonants, one letter apart once
    /// transliteration variants are unified: "-eb" and "-ib" endings of one village), each to the first spelling the
    /// ledger gives, so the text's news of the place is one timeline. Names further apart stay apart:
    /// a consonant skeleton alone is shared by unrelated villages.
    ///
    /// A height known by its number ("Hill 123", "Point 123", "Height 123") is one place whatever the
    /// word before the number: armies name such heights by their elevation on the map.
    static func unresolvedSpellings(ledger: Ledger, resolver: any PlaceResolver) -> [String: String] {
        var groups: [(name: String, variant: [UInt8], skeleton: [UInt8])] = []
        var heights: [String: String] = [:]
        var out: [String: String] = [:]
        for e in ledger.events
        where out[e.placeName] == nil && (e.placeID == nil || isUnlocatable(e, resolver: resolver)) {
            if let number = heightNumber(e.placeName) {
                out[e.placeName] = heights[number] ?? e.placeName
                heights[number] = heights[number] ?? e.placeName
                continue
            }
            var n = NameNormalizer()
            n.normalize(e.placeName)
            if n.skeletonIsUsable,
                let g = groups.first(where: {
                    $0.skeleton == n.skeleton && FuzzyIndex.editDistance($0.variant, n.variant, limit: 1) <= 1
                })
            {
                out[e.placeName] = g.name
            } else {
                groups.append((e.placeName, n.variant, n.skeleton))
                out[e.placeName] = e.placeName
            }
        }
        return out
    }

    /// The elevation in "Hill 123", "Point 45", "Height 800": a word for a height, then a number.
    static func heightNumber(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count == 2, heightWords.contains(words[0].lowercased()), words[1].allSatisfy(\.isNumber) else {
            return nil
        }
        return String(words[1])
    }
    static let heightWords: Set<String> = [
        "hill", "point", "height", "heights", "mount", "mountain", "peak", "summit", "hilltop", "tal", "tell", "jabal",
    ]

    /// "from 2012-12-18 combatant1; from 2013-01-05 contested": a place's known states, in order.
    static func stateSummary(_ place: PlaceTimeline) -> String {
        var parts: [String] = []
        var last: ControlState?
        for p in place.periods where p.state != last {
            last = p.state
            if p.state != .unknown { parts.append("from \(p.start.iso) \(p.state.sideKey)") }
        }
        return parts.joined(separator: "; ")
    }

    /// The places left off the map because no gazetteer record matched, with their events and the
    /// closest names the gazetteer knows, so a reader of the maps sees what is missing and can add a
    /// spelling or correct the ledger. Sorted by name.
    static func unresolvedPlaces(ledger: Ledger, resolver: any PlaceResolver, options: MapOptions) -> [UnresolvedPlace]
    {
        var events: [String: [Event]] = [:]
        for e in ledger.events where e.placeID == nil || isUnlocatable(e, resolver: resolver) {
            events[e.placeName, default: []].append(e)
        }
        guard !events.isEmpty else { return [] }
        let states = unresolvedTimeline(ledger: ledger, resolver: resolver)
        let spelling = unresolvedSpellings(ledger: ledger, resolver: resolver)
        return events.keys.sorted().map { name in
            let key = "unresolved:" + (spelling[name] ?? name)
            let control = states.flatMap { $0.index(of: key) }.map { stateSummary(states!.places[$0]) } ?? ""
            let list = events[name]!
            let resolution = resolver.resolve(
                PlaceQuery(name: name), context: ResolutionContext(articlePlace: options.articlePlace))
            return UnresolvedPlace(
                name: name, eventIDs: list.map(\.id), lines: list.compactMap { $0.sourceLocation?.line },
                control: control,
                suggestions: resolution.suggestions.prefix(5).map { "\($0.name) (\($0.id), \($0.governorate ?? "?"))" })
        }
    }

    /// An event whose `place_id` the gazetteer does not know and whose row gives no coordinates: it
    /// cannot be drawn, so it is reported (warning, `unresolved-places.csv`) like an unknown name.
    static func isUnlocatable(_ e: Event, resolver: any PlaceResolver) -> Bool {
        guard let id = e.placeID else { return false }
        if let lat = e.latitude, let lon = e.longitude, lat.isFinite, lon.isFinite { return false }
        return resolver.record(id: id) == nil
    }

    /// Every resolved place the ledger names (as target or origin) or a baseline names, once, by id.
    static func collectPlaces(
        ledger: Ledger, resolver: any PlaceResolver, options: MapOptions, diagnostics: inout [Diagnostic]
    ) -> [TimelinePlace] {
        var byID: [String: TimelinePlace] = [:]
        func inArea(_ id: String) -> Bool {
            guard let area = options.articlePlace?.lowercased(),
                let g = resolver.record(id: id)?.governorate?.lowercased(), !g.isEmpty
            else { return true }
            return area.contains(g)
        }
        for e in ledger.events {
            // A governorate or district is where an event happened, not a town anyone holds: its events
            // go on the events layer but it gets no cell of its own.
            guard let id = e.placeID, byID[id] == nil, e.isAtTown else { continue }
            if let lat = e.latitude, let lon = e.longitude, lat.isFinite, lon.isFinite {
                byID[id] = TimelinePlace(
                    id: id, name: e.placeName, position: LonLat(lon: lon, lat: lat), inArticleArea: inArea(id))
            } else if let r = resolver.record(id: id) {
                byID[id] = TimelinePlace(
                    id: id, name: e.placeName, position: LonLat(lon: r.longitude, lat: r.latitude),
                    inArticleArea: inArea(id))
            }
        }
        for b in ledger.baseline {
            guard case let .places(ids) = b.scope else { continue }
            for id in ids where byID[id] == nil {
                if let r = resolver.record(id: id) {
                    byID[id] = TimelinePlace(
                        id: id, name: r.name, position: LonLat(lon: r.longitude, lat: r.latitude),
                        inArticleArea: inArea(id))
                }
            }
        }
        var unresolved: [String: Event] = [:]
        for e in ledger.events where e.placeID == nil && unresolved[e.placeName] == nil { unresolved[e.placeName] = e }
        for name in unresolved.keys.sorted() {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "place '\(name)' is not in the gazetteer; its events stay in the ledger but it is left off the map",
                    at: unresolved[name]!.sourceLocation))
        }
        var unknownIDs: [String: Event] = [:]
        for e in ledger.events where unknownIDs[e.placeID ?? ""] == nil && isUnlocatable(e, resolver: resolver) {
            unknownIDs[e.placeID!] = e
        }
        for id in unknownIDs.keys.sorted() {
            let e = unknownIDs[id]!
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "place_id '\(id)' of \(e.id) ('\(e.placeName)') is not in the gazetteer and the row has no latitude/longitude; its events stay in the ledger but it is left off the map (listed in unresolved-places.csv) — correct the id or add the coordinates",
                    at: e.sourceLocation))
        }
        return byID.keys.sorted().map { byID[$0]! }
    }
}
