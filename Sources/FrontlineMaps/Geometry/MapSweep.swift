/// The day-by-day sweep from a timeline to territories and fronts: labels change only where a period
/// starts, so only those cells' tiles are traced again for the timeline pieces, and a written day with
/// no change since the last one shares its territories and fronts.
struct MapSweep {
    let timeline: ControlTimeline
    let geometry: MapGeometry
    /// Micro-degree position of each mesh vertex.
    let vertexE6: [SIMD2<Int64>]
    /// Work arrays for tracing territories and collecting fronts, reused across days.
    let scratch: MeshScratch

    init(timeline: ControlTimeline, geometry: MapGeometry, vertexE6: [SIMD2<Int64>]? = nil) {
        self.timeline = timeline
        self.geometry = geometry
        self.vertexE6 =
            vertexE6 ?? geometry.vertexLonLat.map { SIMD2(Microdegrees.round($0.lon), Microdegrees.round($0.lat)) }
        scratch = MeshScratch(geometry.mesh)
    }

    /// The days written: every day, or `count` evenly spaced (first and last in).
    static func snapshotDays(_ timeline: ControlTimeline, count: Int?) -> [Day] {
        let span = timeline.last - timeline.first
        guard let n = count, n < span + 1 else { return timeline.days }
        if n <= 1 { return [timeline.first] }
        var out: [Day] = []
        for i in 0..<n {
            let d = timeline.first + (span * i) / (n - 1)
            if out.last != d { out.append(d) }
        }
        return out
    }

    private struct Open<Value> { var start: Day; var value: Value }

    /// Territory and front pieces per period (in the order they end), and for each of `days` the
    /// version of the labels it shows (`labels[version]`): the snapshots' geometry is drawn from those
    /// when a writer asks (`snapshot(day:version:labels:)`), so a long war never holds every day's
    /// geometry at once.
    func run(days snapshotDays: [Day]) -> (
        territories: [TerritoryPeriod], fronts: [FrontPeriod], versions: [Int], labels: [[Int16]]
    ) {
        let starts = timeline.periodStarts()
        let written = Set(snapshotDays)
        var pieces = Pieces(
            sweep: self, labels: geometry.labels(timeline.places.map { $0.periods.first?.state ?? .unknown }))
        var dayVersions: [Int] = []
        var versionLabels: [[Int16]] = []

        // The first day: every tile's pieces and fronts open.
        pieces.openAll(at: timeline.first)

        var version = 0
        var writtenVersion = -1
        for day in timeline.days {
            if day > timeline.first, let changes = starts[day], pieces.apply(changes, on: day) {
                version += 1
            }
            guard written.contains(day) else { continue }
            if writtenVersion != version {
                versionLabels.append(pieces.labels)
                writtenVersion = version
            }
            dayVersions.append(versionLabels.count - 1)
        }
        pieces.closeAll()
        return (pieces.territoryPeriods, pieces.frontPeriods, dayVersions, versionLabels)
    }

    /// The sweep's state from day to day: the labels, the pieces open in each tile (since the day
    /// they last changed) and the periods closed so far.
    private struct Pieces {
        let sweep: MapSweep
        private let geometry: MapGeometry
        private let tileCount: Int
        var labels: [Int16]
        var territoryPeriods: [TerritoryPeriod] = []
        var frontPeriods: [FrontPeriod] = []
        private var openTerritory: [[Int16: Open<Territory>]]
        private var openFronts: [[SIMD2<Int16>: Open<(edges: [Int32], front: Front)>]]

        init(sweep: MapSweep, labels: [Int16]) {
            self.sweep = sweep
            self.labels = labels
            geometry = sweep.geometry
            tileCount = geometry.tileNames.count
            openTerritory = [[Int16: Open<Territory>]](repeating: [:], count: tileCount)
            openFronts = [[SIMD2<Int16>: Open<(edges: [Int32], front: Front)>]](repeating: [:], count: tileCount)
        }

        mutating func openAll(at day: Day) {
            for t in 0..<tileCount {
                for label in presentLabels(geometry.tileCells[t]) { openTerritoryPiece(t, label, at: day) }
                refreshFronts(t, at: day)
            }
        }

        /// Sets the labels of the places whose periods start on `day` and traces again the tiles
        /// whose cells changed; false when no cell's label changed.
        mutating func apply(_ changes: [(place: Int, period: Int)], on day: Day) -> Bool {
            var changedCells: [(cell: Int, old: Int16)] = []
            for (p, k) in changes {
                let c = geometry.cellOfPlace[p]
                guard geometry.placeOfCell[c] == p else { continue }
                let new = MapGeometry.label(sweep.timeline.places[p].periods[k].state)
                if new != labels[c] {
                    changedCells.append((c, labels[c]))
                    labels[c] = new
                }
            }
            guard !changedCells.isEmpty else { return false }
            // Territory: per tile, the labels that lost or gained a cell.
            var touched: [Int: Set<Int16>] = [:]
            var frontTiles = Set<Int>()
            for (c, old) in changedCells {
                let t = Int(geometry.tileOf[c])
                touched[t, default: []].formUnion([old, labels[c]].filter { $0 >= 0 })
                for e in geometry.mesh.cellEdges[c] { frontTiles.insert(Int(geometry.edgeTile(e))) }
            }
            for (t, changed) in touched.sorted(by: { $0.key < $1.key }) {
                for label in changed.sorted() {
                    closeTerritory(t, label, at: day)
                    openTerritoryPiece(t, label, at: day)
                }
            }
            for t in frontTiles.sorted() { refreshFronts(t, at: day) }
            return true
        }

        /// Closes every piece still open: it lasts to the end of the war.
        mutating func closeAll() {
            for t in 0..<tileCount {
                for label in openTerritory[t].keys.sorted() { closeTerritory(t, label, at: nil) }
                for pair in openFronts[t].keys.sorted(by: { ($0.x, $0.y) < ($1.x, $1.y) }) {
                    closeFront(t, pair, at: nil)
                }
            }
        }

        private mutating func closeTerritory(_ t: Int, _ label: Int16, at end: Day?) {
            guard let o = openTerritory[t][label] else { return }
            openTerritory[t][label] = nil
            territoryPeriods.append(
                TerritoryPeriod(territory: o.value, tile: geometry.tileNames[t], start: o.start, end: end))
        }

        private mutating func openTerritoryPiece(_ t: Int, _ label: Int16, at day: Day) {
            let cells = geometry.tileCells[t]
            guard let territory = sweep.territory(labels: labels, label: label, cells: cells, grouped: tileCount > 1)
            else { return }
            openTerritory[t][label] = Open(start: day, value: territory)
        }

        private mutating func closeFront(_ t: Int, _ pair: SIMD2<Int16>, at end: Day?) {
            guard let o = openFronts[t][pair] else { return }
            openFronts[t][pair] = nil
            frontPeriods.append(
                FrontPeriod(front: o.value.front, tile: geometry.tileNames[t], start: o.start, end: end))
        }

        /// The tile's front edges now, by pair (edges owned by the tile only).
        private func tileFronts(_ t: Int) -> [SIMD2<Int16>: [Int32]] {
            let mesh = geometry.mesh
            var fronts = mesh.frontEdges(labels: labels, cells: geometry.tileCells[t], scratch: sweep.scratch)
            if tileCount > 1 {
                for (k, edges) in fronts {
                    let own = edges.filter { geometry.tileOf[Int(mesh.heCell[Int($0)])] == Int32(t) }
                    fronts[k] = own.isEmpty ? nil : own
                }
            }
            return fronts
        }

        private mutating func refreshFronts(_ t: Int, at day: Day) {
            let now = tileFronts(t)
            let pairs = Set(now.keys).union(openFronts[t].keys).sorted { ($0.x, $0.y) < ($1.x, $1.y) }
            for pair in pairs {
                let edges = now[pair]
                if let open = openFronts[t][pair], open.value.edges == edges { continue }
                closeFront(t, pair, at: day)
                if let edges {
                    openFronts[t][pair] = Open(start: day, value: (edges, sweep.front(pair, edges)))
                }
            }
        }

        private func presentLabels(_ cells: [Int32]) -> [Int16] {
            var seen = Set<Int16>()
            for c in cells where labels[Int(c)] >= 0 { seen.insert(labels[Int(c)]) }
            return seen.sorted()
        }
    }

    /// The snapshot of `day`, whose labels are `labels` (version `version`).
    func snapshot(day: Day, version: Int, labels: [Int16]) -> DaySnapshot {
        let (territories, fronts) = dayGeometry(labels: labels)
        return DaySnapshot(day: day, version: version, territories: territories, fronts: fronts)
    }

    /// A day's territories (whole sides, sides first then contested) and fronts.
    private func dayGeometry(labels: [Int16]) -> ([Territory], [Front]) {
        let all = (0..<Int32(geometry.mesh.cellCount)).map { $0 }
        var present = Set<Int16>()
        for l in labels where l >= 0 { present.insert(l) }
        var territories: [Territory] = []
        for label in present.sorted(by: { ($0 == 0 ? Int16.max : $0) < ($1 == 0 ? Int16.max : $1) }) {
            if let t = territory(labels: labels, label: label, cells: all, grouped: false) { territories.append(t) }
        }
        let edges = geometry.mesh.frontEdges(labels: labels)
        let fronts = edges.keys.sorted(by: { ($0.x, $0.y) < ($1.x, $1.y) }).compactMap { pair in
            edges[pair].map { front(pair, $0) }
        }
        return (territories, fronts)
    }

    // MARK: Geometry values

    /// The territory of `label` over `cells`; `nil` when it has no polygon. Rings are mapped to the
    /// output grid and cleaned (`GeometryRings.clean`); a polygon whose exterior vanishes is dropped,
    /// and so is a hole that does.
    func territory(labels: [Int16], label: Int16, cells: [Int32], grouped: Bool) -> Territory? {
        let polygons = geometry.mesh.territory(
            labels: labels, label: label, cells: cells, group: grouped ? geometry.tileOf : nil, scratch: scratch)
        guard !polygons.isEmpty else { return nil }
        var out: [[[LonLat]]] = []
        var scratchRing: [SIMD2<Int64>] = []
        for polygon in polygons {
            var rings: [[LonLat]] = []
            for (i, ring) in polygon.rings.enumerated() {
                scratchRing.removeAll(keepingCapacity: true)
                for v in ring { scratchRing.append(vertexE6[Int(v)]) }
                let c = GeometryRings.clean(scratchRing, ring: true)
                if c.isEmpty { if i == 0 { break } else { continue } }
                rings.append(c.map(GeometryRings.lonLat))
            }
            if !rings.isEmpty { out.append(rings) }
        }
        return Territory(
            state: MapGeometry.state(label), area: area(labels: labels, label: label, cells: cells), polygons: out)
    }

    /// The front along `edges` between the two labels of `pair`, with its length in metres.
    func front(_ pair: SIMD2<Int16>, _ edges: [Int32]) -> Front {
        let chains = geometry.mesh.chain(edges)
        let lines = chains.compactMap { chain -> [LonLat]? in
            let c = GeometryRings.clean(chain.map { vertexE6[Int($0)] }, ring: false)
            return c.isEmpty ? nil : c.map(GeometryRings.lonLat)
        }
        return Front(
            sides: [MapGeometry.state(pair.x), MapGeometry.state(pair.y)],
            length: chains.map(geometry.mesh.length).reduce(0, +),
            lines: lines)
    }

    func area(labels: [Int16], label: Int16, cells: [Int32]) -> Double {
        var a = 0.0
        for c in cells where labels[Int(c)] == label { a += geometry.mesh.cellArea[Int(c)] }
        return a
    }
}

/// Rings and lines on the micro-degree grid.
enum GeometryRings {
    /// Removes consecutive duplicates; for a ring also closes it. Rings left with fewer than four
    /// positions (three distinct) and lines with fewer than two come back empty.
    static func clean(_ points: [SIMD2<Int64>], ring: Bool) -> [SIMD2<Int64>] {
        var out: [SIMD2<Int64>] = []
        out.reserveCapacity(points.count + 1)
        for p in points where out.last != p { out.append(p) }
        if ring {
            while out.count > 1 && out.first == out.last { out.removeLast() }
            guard out.count >= 3 else { return [] }
            out.append(out[0])
        } else if out.count < 2 {
            return []
        }
        return out
    }

    static func lonLat(_ p: SIMD2<Int64>) -> LonLat {
        LonLat(lon: Double(p.x) / 1_000_000, lat: Double(p.y) / 1_000_000)
    }
}
