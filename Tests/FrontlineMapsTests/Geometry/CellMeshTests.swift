import Geos
import Testing

@testable import FrontlineMaps

/// Checks the mesh and what it builds with GEOS itself: validity, no overlap, areas that add up.
@Suite("Cell mesh, territories and fronts")
struct CellMeshTests {
    /// A deterministic scatter of `n` sites over `width` × `height` metres.
    static func sites(_ n: Int, seed: UInt64, width: Double = 60_000, height: Double = 40_000) -> [XY] {
        var state = seed
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        return (0..<n).map { _ in (next() * width, next() * height) }
    }

    static func labels(_ n: Int, seed: UInt64, sites: [XY]) -> [Int16] {
        // Sides split by a wavy line, a few contested and unknown cells sprinkled in.
        var state = seed
        return sites.map { s in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let r = state >> 58
            if r == 0 { return -1 }
            if r == 1 { return 0 }
            return s.x + 8000 * Double((Int(s.y) / 7000) % 2) < 30_000 ? 1 : 2
        }
    }

    func geometry(_ mesh: CellMesh, _ polygons: [MeshPolygon], _ ctx: GeosContext) throws -> Geometry {
        let parts = try polygons.map { p in
            try Geometry.polygon(p.rings.map { r in (r + [r[0]]).map { mesh.vertices[Int($0)] } }, context: ctx)
        }
        return try Geometry.collection(.multiPolygon, parts, context: ctx)
    }

    @Test(arguments: [(40, UInt64(1)), (300, UInt64(7)), (1000, UInt64(42))])
    func territoriesAreValidDisjointAndAddUp(n: Int, seed: UInt64) throws {
        let ctx = try GeosContext()
        let sites = Self.sites(n, seed: seed)
        let mesh = try CellMesh.build(sites: sites, radius: 4000, tolerance: 20, land: [], context: ctx)
        #expect(mesh.cellCount == n)
        // Every interior shared edge found its twin: twins are mutual and reversed.
        for e in 0..<mesh.heFrom.count where mesh.heTwin[e] >= 0 {
            let t = Int(mesh.heTwin[e])
            #expect(mesh.heTwin[t] == Int32(e) && mesh.heFrom[t] == mesh.heTo[e] && mesh.heCell[t] != mesh.heCell[e])
        }
        let labels = Self.labels(n, seed: seed, sites: sites)
        let all = (0..<Int32(n)).map { $0 }
        var pieces: [(Int16, Geometry)] = []
        for label: Int16 in [0, 1, 2] {
            let polygons = mesh.territory(labels: labels, label: label, cells: all)
            for p in polygons {
                #expect(Planar.signedArea(p.rings[0].map { mesh.vertices[Int($0)] }) > 0)
                for hole in p.rings.dropFirst() { #expect(Planar.signedArea(hole.map { mesh.vertices[Int($0)] }) < 0) }
            }
            let g = try geometry(mesh, polygons, ctx)
            #expect(try g.isValid(), "label \(label): \((try? g.validityReason()) ?? "")")
            let expected = zip(labels, mesh.cellArea).filter { $0.0 == label }.map(\.1).reduce(0, +)
            #expect(abs(try g.area() - expected) <= expected * 1e-9 + 1e-6)
            pieces.append((label, g))
        }
        for i in 0..<pieces.count {
            for j in (i + 1)..<pieces.count {
                let overlap = try pieces[i].1.intersection(pieces[j].1).area()
                #expect(overlap < 1e-3, "labels \(pieces[i].0) and \(pieces[j].0) overlap by \(overlap) m²")
            }
        }
        // Fronts lie on both territories' boundaries and are as long as the edges they chain.
        let fronts = mesh.frontEdges(labels: labels)
        for (pair, edges) in fronts {
            let lines = mesh.chain(edges)
            let total = edges.map { mesh.length([mesh.heFrom[Int($0)], mesh.heTo[Int($0)]]) }.reduce(0, +)
            #expect(abs(lines.map(mesh.length).reduce(0, +) - total) < 1e-6 * max(total, 1))
            #expect(lines.map { $0.count - 1 }.reduce(0, +) == edges.count)
            let a = pieces.first { $0.0 == pair.x }!.1, b = pieces.first { $0.0 == pair.y }!.1
            let shared = try a.intersection(b).length()
            #expect(abs(shared - total) < 1e-3 * max(total, 1), "pair \(pair): shared \(shared) vs front \(total)")
        }
        #expect(fronts[SIMD2(1, 2)] != nil)
    }

    @Test func cellsStayWithinRadiusAndCoverWhatTheyShould() throws {
        let ctx = try GeosContext()
        let sites: [XY] = [(0, 0), (10_000, 0), (50_000, 0)]
        let mesh = try CellMesh.build(sites: sites, radius: 6000, tolerance: 5, land: [], context: ctx)
        for (c, s) in sites.enumerated() {
            for e in mesh.cellEdges[c] {
                let v = mesh.vertices[Int(mesh.heFrom[Int(e)])]
                #expect(((v.x - s.x) * (v.x - s.x) + (v.y - s.y) * (v.y - s.y)).squareRoot() <= 6000 * (1 + 1e-9))
            }
        }
        // The lone far site keeps a full disc (less the chords' shortfall), the pair splits at x = 5000.
        #expect(abs(mesh.cellArea[2] - Double.pi * 36e6) < Double.pi * 36e6 * 0.002)
        let shared = mesh.cellEdges[0].filter { mesh.heTwin[Int($0)] >= 0 }
        #expect(shared.count == 1)
        let e = Int(shared[0])
        #expect(mesh.vertices[Int(mesh.heFrom[e])].x == 5000 && mesh.vertices[Int(mesh.heTo[e])].x == 5000)
        #expect(
            mesh.length([mesh.heFrom[e], mesh.heTo[e]]) > 2 * 3316
                && mesh.length([mesh.heFrom[e], mesh.heTo[e]]) < 2 * 3317.5)
    }

    @Test func holesAndPinchesStayValid() throws {
        // A 5×5 grid of sites; side 1 everywhere except the centre (a hole) and a corner touching diagonally.
        let ctx = try GeosContext()
        var sites: [XY] = []
        for y in 0..<5 { for x in 0..<5 { sites.append((Double(x) * 1000 + Double(y) * 0.001, Double(y) * 1000)) } }
        let mesh = try CellMesh.build(sites: sites, radius: 800, tolerance: 5, land: [], context: ctx)
        var labels = [Int16](repeating: 1, count: 25)
        labels[12] = 2
        labels[6] = 2  // touches the centre diagonally
        let polygons = mesh.territory(labels: labels, label: 1, cells: (0..<25).map { Int32($0) })
        let g = try geometry(mesh, polygons, ctx)
        #expect(try g.isValid(), "\((try? g.validityReason()) ?? "")")
        let other = try geometry(mesh, mesh.territory(labels: labels, label: 2, cells: (0..<25).map { Int32($0) }), ctx)
        #expect(try other.isValid(), "\((try? other.validityReason()) ?? "")")
        #expect(try g.intersection(other).area() < 1e-6)
    }

    @Test func clippingToLandRemovesTheSea() throws {
        let ctx = try GeosContext()
        let sites = Self.sites(200, seed: 3)
        // Two outlines that overlap a little, as neighbouring governorates simplified apart do.
        let land: [[[XY]]] = [
            [[(0, 0), (20_000, 0), (20_000, 40_000), (0, 40_000), (0, 0)]],
            [[(19_900, 0), (35_000, 0), (35_000, 40_000), (19_900, 40_000), (19_900, 0)]],
        ]
        let mesh = try CellMesh.build(sites: sites, radius: 3000, tolerance: 5, land: land, context: ctx)
        let labels = Self.labels(200, seed: 3, sites: sites)
        let all = (0..<Int32(mesh.cellCount)).map { $0 }
        var total = 0.0
        for label: Int16 in [0, 1, 2] {
            let g = try geometry(mesh, mesh.territory(labels: labels, label: label, cells: all), ctx)
            #expect(try g.isValid(), "\((try? g.validityReason()) ?? "")")
            if try !g.isEmpty() { #expect(try g.envelope().xmax <= 35_000 + 1e-6) }
            total += try g.area()
        }
        // Nothing on land is lost: the cells of sites well inside keep their whole disc share.
        let unclipped = try CellMesh.build(sites: sites, radius: 3000, tolerance: 5, land: [], context: ctx)
        for (c, s) in sites.enumerated() where s.x > 4000 && s.x < 31_000 && s.y > 4000 && s.y < 36_000 {
            #expect(abs(mesh.cellArea[c] - unclipped.cellArea[c]) < 1e-6 * unclipped.cellArea[c], "cell \(c) lost land")
        }
        #expect(total > 0)
    }
}
