import Testing

@testable import Geos

@Suite("Geos wrapper")
struct GeosTests {
    @Test func versionIs311OrLater() throws {
        let parts = GeosContext.version.split(separator: ".").compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(parts.count >= 2)
        #expect(parts[0] > 3 || (parts[0] == 3 && parts[1] >= 11))
    }

    @Test func squareAreaLengthAndWKT() throws {
        let ctx = try GeosContext()
        let square = try Geometry.polygon([[(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]], context: ctx)
        #expect(try square.area() == 100)
        #expect(try square.length() == 40)
        #expect(try square.kind() == .polygon)
        #expect(try square.wkt(precision: 0) == "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))")
        #expect(try square.isValid())
    }

    @Test func badWKTThrowsWithGEOSOwnMessage() throws {
        let ctx = try GeosContext()
        do {
            _ = try Geometry.wkt("POLYGON ((0 0, 1 1", context: ctx)
            Issue.record("expected a parse error")
        } catch let GeosError.library(function, message) {
            #expect(function == "GEOSWKTReader_read_r")
            #expect(!message.isEmpty)
        }
    }

    @Test func openRingIsRejectedBeforeGEOS() throws {
        let ctx = try GeosContext()
        #expect(throws: GeosError.invalidInput("ring is not closed")) {
            try Geometry.polygon([[(0, 0), (1, 0), (1, 1), (0, 1)]], context: ctx)
        }
        #expect(throws: GeosError.self) { try Geometry.point((.nan, 0), context: ctx) }
    }

    @Test func bowtieIsInvalidWithReason() throws {
        let ctx = try GeosContext()
        let bowtie = try Geometry.polygon([[(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)]], context: ctx)
        #expect(try !bowtie.isValid())
        #expect(try bowtie.validityReason().contains("Self-intersection"))
        let fixed = try bowtie.madeValid()
        #expect(try fixed.isValid())
        #expect(abs(try fixed.area() - 50) < 1e-9)
    }

    @Test func overlayOperations() throws {
        let ctx = try GeosContext()
        let a = try Geometry.wkt("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))", context: ctx)
        let b = try Geometry.wkt("POLYGON ((1 0, 3 0, 3 2, 1 2, 1 0))", context: ctx)
        #expect(try a.intersection(b).area() == 2)
        #expect(try a.union(b).area() == 6)
        #expect(try a.difference(b).area() == 2)
        #expect(try a.intersects(b))
        #expect(try a.relate(b, pattern: "2********"))
        let clipped = try a.clip(xmin: 0.5, ymin: 0.5, xmax: 5, ymax: 5)
        #expect(abs(try clipped.area() - 2.25) < 1e-12)
    }

    @Test func coverageUnionOfAdjacentSquares() throws {
        let ctx = try GeosContext()
        let cells = try (0..<4).map { i in
            let x = Double(i)
            return try Geometry.polygon([[(x, 0), (x + 1, 0), (x + 1, 1), (x, 1), (x, 0)]], context: ctx)
        }
        let merged = try Geometry.collection(.multiPolygon, cells, context: ctx).coverageUnion()
        #expect(try merged.area() == 4)
        #expect(try merged.polygons().count == 1)
        #expect(try merged.polygons()[0].count == 1)
    }

    @Test func bufferOfPointApproximatesDisc() throws {
        let ctx = try GeosContext()
        let disc = try Geometry.point((100, 200), context: ctx).buffer(1000, quadrantSegments: 32)
        let area = try disc.area()
        #expect(area < Double.pi * 1e6)
        #expect(area > Double.pi * 1e6 * 0.998)
        let env = try disc.envelope()
        #expect(abs(env.xmin - -900) < 1e-6 && abs(env.ymax - 1200) < 1e-6)
    }

    @Test func preparedContains() throws {
        let ctx = try GeosContext()
        let square = try Geometry.wkt("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))", context: ctx)
        let prepared = try PreparedGeometry(square)
        #expect(try prepared.contains(Geometry.point((1, 1), context: ctx)))
        #expect(try !prepared.contains(Geometry.point((5, 1), context: ctx)))
        #expect(try prepared.intersects(Geometry.point((4, 1), context: ctx)))
    }

    @Test func lineMergeJoinsSegments() throws {
        let ctx = try GeosContext()
        let lines = try Geometry.wkt("MULTILINESTRING ((0 0, 1 0), (2 0, 1 0), (2 0, 2 1))", context: ctx)
        let merged = try lines.lineMerged().lines()
        #expect(merged.count == 1)
        #expect(merged[0].count == 4)
    }

    @Test(arguments: [3, 17, 200])
    func voronoiCellsAreMatchedToTheirSites(count: Int) throws {
        let ctx = try GeosContext()
        // A deterministic scatter (a linear congruential sequence).
        var state: UInt64 = 12345
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let sites: [XY] = (0..<count).map { _ in (next() * 50_000, next() * 30_000) }
        let cells = try Geometry.voronoiCells(sites: sites, margin: 10_000, context: ctx)
        #expect(cells.count == count)
        var total = 0.0
        for (site, ring) in zip(sites, cells) {
            #expect(Geometry.convexContains(ring, site))
            // Every cell vertex is at least as close to the cell's site as to any other site.
            for v in ring {
                let d = { (s: XY) in (s.x - v.x) * (s.x - v.x) + (s.y - v.y) * (s.y - v.y) }
                let own = d(site)
                #expect(sites.allSatisfy { d($0) >= own * (1 - 1e-9) - 1e-6 })
            }
            total += try Geometry.polygon([ring], context: ctx).area()
        }
        let env = sites.reduce((x0: Double.infinity, y0: Double.infinity, x1: -Double.infinity, y1: -Double.infinity)) {
            (min($0.x0, $1.x), min($0.y0, $1.y), max($0.x1, $1.x), max($0.y1, $1.y))
        }
        let frame = (env.x1 - env.x0 + 20_000) * (env.y1 - env.y0 + 20_000)
        #expect(abs(total - frame) / frame < 1e-9)
    }
}
