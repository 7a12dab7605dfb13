import Foundation

/// The day-by-day sweep: labels change only where a period starts, so only those cells' tiles are
/// redrawn for the timeline layers, and a snapshot day with no change since the last snapshot reuses
/// its territories and fronts as they were serialized.
extension LayerWriter {
    private struct OpenTerritory { var start: Day; var bytes: [UInt8]; var bounds: E6Box; var area: Double }
    private struct OpenFront { var start: Day; var edges: [Int32]; var bytes: [UInt8]; var bounds: E6Box; var length: Double }

    /// Writes `days/*.geojson` for the snapshot days, then `timeline-territory.geojson` and
    /// `timeline-fronts.geojson`.
    func writeDaysAndTimeline(_ emit: (String, Data) throws -> Void) throws {
        let mesh = geometry.mesh
        let starts = timeline.periodStarts()
        var periodIndex = [Int](repeating: 0, count: timeline.places.count)
        var labels = geometry.labels(timeline.places.map { $0.periods.first?.state ?? .unknown })
        let written = Set(snapshotDays)
        let eventsByDay = Dictionary(grouping: sortedEvents, by: { $0.date.day })
        let tileCount = geometry.tileNames.count

        var territoryFile = FeatureFile()
        var frontFile = FeatureFile()
        var openTerritory = [[Int16: OpenTerritory]](repeating: [:], count: tileCount)
        var openFronts = [[SIMD2<Int16>: OpenFront]](repeating: [:], count: tileCount)

        func closeTerritory(_ t: Int, _ label: Int16, at end: Day?) {
            guard let o = openTerritory[t][label] else { return }
            openTerritory[t][label] = nil
            let props: [(String, JSONValue)] = [
                ("kind", "territory"), ("side", .string(sideKey(label))), ("controller", controller(MapGeometry.state(label))),
                ("area_km2", Self.km(o.area, true)), ("tile", .string(geometry.tileNames[t])),
                ("start", .string(o.start.iso)), ("end", .string(end?.iso)),
            ]
            territoryFile.add(properties: props, serializedGeometry: o.bytes, bounds: o.bounds)
        }
        func openTerritoryPiece(_ t: Int, _ label: Int16, at day: Day) {
            let cells = geometry.tileCells[t]
            guard let g = territoryGeometry(labels: labels, label: label, cells: cells, grouped: tileCount > 1) else { return }
            openTerritory[t][label] = OpenTerritory(start: day, bytes: g.bytes, bounds: g.bounds, area: area(labels: labels, label: label, cells: cells))
        }
        func closeFront(_ t: Int, _ pair: SIMD2<Int16>, at end: Day?) {
            guard let o = openFronts[t][pair] else { return }
            openFronts[t][pair] = nil
            let props = frontProperties(pair) + [
                ("length_km", Self.km(o.length)), ("tile", .string(geometry.tileNames[t])),
                ("start", .string(o.start.iso)), ("end", .string(end?.iso)),
            ]
            frontFile.add(properties: props, serializedGeometry: o.bytes, bounds: o.bounds)
        }
        /// The tile's front edges now, by pair (edges owned by the tile only).
        func tileFronts(_ t: Int) -> [SIMD2<Int16>: [Int32]] {
            var fronts = mesh.frontEdges(labels: labels, cells: geometry.tileCells[t], scratch: scratch)
            if tileCount > 1 {
                for k in Array(fronts.keys) {
                    let own = fronts[k]!.filter { geometry.tileOf[Int(mesh.heCell[Int($0)])] == Int32(t) }
                    fronts[k] = own.isEmpty ? nil : own
                }
            }
            return fronts
        }
        func refreshFronts(_ t: Int, at day: Day) {
            let now = tileFronts(t)
            let pairs = Set(now.keys).union(openFronts[t].keys).sorted { ($0.x, $0.y) < ($1.x, $1.y) }
            for pair in pairs {
                let edges = now[pair]
                if let open = openFronts[t][pair], open.edges == edges { continue }
                closeFront(t, pair, at: day)
                if let edges {
                    let g = frontGeometry(edges)
                    openFronts[t][pair] = OpenFront(start: day, edges: edges, bytes: g.bytes, bounds: g.bounds, length: g.length)
                }
            }
        }
        func presentLabels(_ cells: [Int32]) -> [Int16] {
            var seen = Set<Int16>()
            for c in cells where labels[Int(c)] >= 0 { seen.insert(labels[Int(c)]) }
            return seen.sorted()
        }

        // The first day: every tile's pieces and fronts open.
        for t in 0..<tileCount {
            for label in presentLabels(geometry.tileCells[t]) { openTerritoryPiece(t, label, at: timeline.first) }
            refreshFronts(t, at: timeline.first)
        }

        // Each place's feature for its current period, serialized once and reused every written day.
        var placeCache = [(prefix: [UInt8], suffix: [UInt8])](repeating: ([], []), count: timeline.places.count)
        var placeCacheKey = [Int](repeating: -1, count: timeline.places.count)
        var cache: (version: Int, features: [([(String, JSONValue)], [UInt8], E6Box)])?
        var version = 0
        for day in timeline.days {
            if day > timeline.first, let changes = starts[day] {
                var changedCells: [(cell: Int, old: Int16)] = []
                for (p, k) in changes {
                    periodIndex[p] = k
                    let c = geometry.cellOfPlace[p]
                    guard geometry.placeOfCell[c] == p else { continue }
                    let new = MapGeometry.label(timeline.places[p].periods[k].state)
                    if new != labels[c] {
                        changedCells.append((c, labels[c]))
                        labels[c] = new
                    }
                }
                if !changedCells.isEmpty {
                    version += 1
                    // Territory: per tile, the labels that lost or gained a cell.
                    var touched: [Int: Set<Int16>] = [:]
                    var frontTiles = Set<Int>()
                    for (c, old) in changedCells {
                        let t = Int(geometry.tileOf[c])
                        touched[t, default: []].formUnion([old, labels[c]].filter { $0 >= 0 })
                        for e in mesh.cellEdges[c] { frontTiles.insert(Int(geometry.edgeTile(e))) }
                    }
                    for t in touched.keys.sorted() {
                        for label in touched[t]!.sorted() {
                            closeTerritory(t, label, at: day)
                            openTerritoryPiece(t, label, at: day)
                        }
                    }
                    for t in frontTiles.sorted() { refreshFronts(t, at: day) }
                }
            }
            guard written.contains(day) else { continue }
            if cache?.version != version {
                cache = (version, dayGeometry(labels: labels))
            }
            var file = FeatureFile()
            for (props, bytes, bounds) in cache!.features {
                file.add(properties: props + [("date", .string(day.iso))], serializedGeometry: bytes, bounds: bounds)
            }
            let date: [(String, JSONValue)] = [("date", .string(day.iso))]
            for (i, t) in timeline.places.enumerated() {
                if placeCacheKey[i] != periodIndex[i] {
                    placeCache[i] = placeFeaturePieces(i, t.periods[periodIndex[i]])
                    placeCacheKey[i] = periodIndex[i]
                }
                var box = E6Box()
                box.add(placeE6[i])
                file.add(prefix: placeCache[i].prefix, extra: date, suffix: placeCache[i].suffix, bounds: box)
            }
            for e in eventsByDay[day] ?? [] {
                guard let p = eventPosition(e) else { continue }
                file.add(properties: eventProperties(e)) { $0.point(p) }
            }
            try emit("days/\(day.iso).geojson", file.data())
        }
        for t in 0..<tileCount {
            for label in openTerritory[t].keys.sorted() { closeTerritory(t, label, at: nil) }
            for pair in openFronts[t].keys.sorted(by: { ($0.x, $0.y) < ($1.x, $1.y) }) { closeFront(t, pair, at: nil) }
        }
        try emit("timeline-territory.geojson", territoryFile.data())
        try emit("timeline-fronts.geojson", frontFile.data())
    }

    /// A day's territories (whole sides, sides first then contested) and fronts, serialized.
    private func dayGeometry(labels: [Int16]) -> [([(String, JSONValue)], [UInt8], E6Box)] {
        let all = (0..<Int32(geometry.mesh.cellCount)).map { $0 }
        var present = Set<Int16>()
        for l in labels where l >= 0 { present.insert(l) }
        var out: [([(String, JSONValue)], [UInt8], E6Box)] = []
        for label in present.sorted(by: { ($0 == 0 ? Int16.max : $0) < ($1 == 0 ? Int16.max : $1) }) {
            guard let g = territoryGeometry(labels: labels, label: label, cells: all, grouped: false) else { continue }
            let props: [(String, JSONValue)] = [
                ("kind", "territory"), ("side", .string(sideKey(label))), ("controller", controller(MapGeometry.state(label))),
                ("area_km2", Self.km(area(labels: labels, label: label, cells: all), true)),
            ]
            out.append((props, g.bytes, g.bounds))
        }
        let fronts = geometry.mesh.frontEdges(labels: labels)
        for pair in fronts.keys.sorted(by: { ($0.x, $0.y) < ($1.x, $1.y) }) {
            let g = frontGeometry(fronts[pair]!)
            out.append((frontProperties(pair) + [("length_km", Self.km(g.length))], g.bytes, g.bounds))
        }
        return out
    }
}
