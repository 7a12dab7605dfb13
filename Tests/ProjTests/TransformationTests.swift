import Testing

@testable import Proj

@Suite("PROJ transformations")
struct TransformationTests {
    @Test("Hama projects to its known UTM 37N coordinates")
    func knownPoint() throws {
        let t = try Transformation(from: "EPSG:4326", to: "EPSG:32637", context: ProjContext())
        let p = try t.forward((x: 36.7578, y: 35.1318))
        #expect(abs(p.x - 295706.401) < 0.01)
        #expect(abs(p.y - 3889960.370) < 0.01)
    }

    @Test("inverse brings the point back within a micro-degree")
    func roundTrip() throws {
        let t = try Transformation(from: "EPSG:4326", to: "EPSG:32637", context: ProjContext())
        let back = try t.inverse(t.forward((x: 36.7578, y: 35.1318)))
        #expect(abs(back.x - 36.7578) < 1e-9)
        #expect(abs(back.y - 35.1318) < 1e-9)
    }

    @Test("arrays transform like single points, in lon/lat order")
    func arrays() throws {
        let t = try Transformation(from: "EPSG:4326", to: "EPSG:32637", context: ProjContext())
        var xs = [36.7578, 36.4, 37.1], ys = [35.1318, 35.3, 34.9]
        let singles = try zip(xs, ys).map { try t.forward((x: $0, y: $1)) }
        try t.forward(&xs, &ys)
        for i in 0..<3 {
            #expect(xs[i] == singles[i].x)
            #expect(ys[i] == singles[i].y)
        }
        try t.inverse(&xs, &ys)
        #expect(abs(xs[0] - 36.7578) < 1e-9 && abs(ys[0] - 35.1318) < 1e-9)
    }

    @Test("an unknown CRS throws with PROJ's own message")
    func badCRS() throws {
        let context = try ProjContext()
        #expect {
            _ = try Transformation(from: "EPSG:4326", to: "EPSG:999999", context: context)
        } throws: { error in
            guard case let .invalidDefinition(_, target, message) = error as? ProjError else { return false }
            // PROJ's log text, not the generic "Unknown error (code 4096)" of proj_context_errno_string.
            return target == "EPSG:999999" && message.contains("crs not found") && !message.contains("Unknown error")
        }
    }

    @Test("a point outside the projection's domain is an error, not infinity")
    func nonFinite() throws {
        let t = try Transformation(from: "EPSG:4326", to: "EPSG:32637", context: ProjContext())
        #expect(throws: ProjError.self) { _ = try t.forward((x: 36.0, y: 95.0)) }
        var xs = [36.0, 36.0], ys = [35.0, 95.0]
        #expect(throws: ProjError.self) { try t.forward(&xs, &ys) }
    }

    @Test(
        "UTM zone comes from longitude and hemisphere",
        arguments: [
            (36.7578, 35.1318, "EPSG:32637"), (2.35, 48.85, "EPSG:32631"), (-58.4, -34.6, "EPSG:32721"),
            (179.9, 0.0, "EPSG:32660"),
        ])
    func utm(lon: Double, lat: Double, expected: String) {
        #expect(Transformation.utmCRS(lon: lon, lat: lat) == expected)
    }
}
