import Geos

/// The slow way, kept as a reference: every day's territories and fronts recomputed from scratch with
/// GEOS — the day's cells unioned per side (`GEOSCoverageUnion_r`, falling back to `GEOSUnaryUnion_r`)
/// and fronts as the intersection of two sides' territories. The pipeline never uses it; the
/// benchmark measures the incremental sweep against it, and tests use it as an oracle.
public enum ReferenceGeometry {
    public struct DayFigures: Sendable {
        public var day: Day
        /// Territory area per side key ("combatant1", "contested"), km².
        public var areaKm2: [String: Double]
        /// Total length of all fronts, km.
        public var frontKm: Double
    }

    /// Recomputes every day from the first to the last event.
    /// - Throws: `ProjError`, `GeosError`, or `FrontlineError` for an empty ledger.
    public static func recomputeEveryDay(ledger: Ledger, resolver: any PlaceResolver, options: MapOptions) throws
        -> [DayFigures]
    {
        var diagnostics: [Diagnostic] = []
        let places = MapPipeline.collectPlaces(
            ledger: ledger, resolver: resolver, options: options, diagnostics: &diagnostics)
        let (built, _) = ControlTimeline.build(ledger: ledger, places: places)
        guard let timeline = built else { throw FrontlineError("the ledger holds no dated event") }
        let geometry = try MapGeometry.build(
            places: timeline.places.map(\.place), boundaries: resolver.boundaries, options: options.geometry)
        let mesh = geometry.mesh
        let context = try GeosContext()
        // Each cell as a GEOS polygon, once (the reference may keep its cells; it recomputes the rest).
        var cells: [Geometry?] = []
        for c in 0..<mesh.cellCount {
            // Rings follow each other in `cellEdges`; a ring ends where an edge returns to its start.
            var rings: [[XY]] = []
            var ring: [XY] = []
            var ringStart: Int32 = -1
            for e in mesh.cellEdges[c] {
                if ring.isEmpty { ringStart = mesh.heFrom[Int(e)] }
                ring.append(mesh.vertices[Int(mesh.heFrom[Int(e)])])
                if mesh.heTo[Int(e)] == ringStart {
                    ring.append(ring[0])
                    rings.append(ring)
                    ring = []
                }
            }
            cells.append(rings.isEmpty ? nil : try Geometry.polygon(rings, context: context))
        }
        var out: [DayFigures] = []
        for day in timeline.days {
            let labels = geometry.labels(timeline.states(on: day))
            var byLabel: [Int16: [Geometry]] = [:]
            for (c, l) in labels.enumerated() where l >= 0 { if let g = cells[c] { byLabel[l, default: []].append(g) } }
            var areas: [String: Double] = [:]
            var unions: [(Int16, Geometry)] = []
            for label in byLabel.keys.sorted() {
                let union = try Geometry.collection(.multiPolygon, byLabel[label]!, context: context).coverageUnion()
                areas[MapGeometry.state(label).sideKey] = try union.area() / 1_000_000
                unions.append((label, union))
            }
            var front = 0.0
            for i in 0..<unions.count {
                for j in (i + 1)..<unions.count { front += try unions[i].1.intersection(unions[j].1).length() }
            }
            out.append(DayFigures(day: day, areaKm2: areas, frontKm: front / 1000))
        }
        return out
    }
}
