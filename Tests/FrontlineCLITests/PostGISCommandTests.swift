import Foundation
import Testing

/// `frontline map --postgis` against a real server: the throw-away cluster `make check-postgis` starts
/// (FRONTLINE_TEST_PG); skipped without it. The writer's own guarantees (one transaction, a schema
/// replaced atomically, other schemas untouched) are tested in `GdalTests`; here, that the command's
/// schema answers "who held what on that day" as the day files do.
@Suite("frontline map --postgis", .serialized)
struct PostGISCommandTests {
    static let database: String? = {
        guard let url = ProcessInfo.processInfo.environment["FRONTLINE_TEST_PG"], !url.isEmpty else { return nil }
        return url
    }()

    static let schema = "t_cli_seed"

    /// `sql`'s rows, one line each, through `psql` (an independent client).
    static func psql(_ sql: String) throws -> [String] {
        let r = try CLI.run(
            tool: URL(fileURLWithPath: "/usr/bin/env"),
            ["psql", try #require(database), "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql])
        #expect(r.status == 0, "psql failed on: \(sql): \(r.stderr)")
        return r.stdout.split(separator: "\n").map(String.init)
    }

    /// The places of a committed day file: place_id → side.
    static func sides(onDay day: String) throws -> [String: String] {
        let url = CLI.committedMaps.appendingPathComponent("days/\(day).geojson")
        var sides: [String: String] = [:]
        for feature in try OutputJSON.typedFeatures(Data(contentsOf: url)) {
            guard feature.kind == "place", let id = feature.text("place_id"), let side = feature.text("side") else {
                continue
            }
            sides[id] = side
        }
        return sides
    }

    @Test(
        "the seed's schema: every place's side on three days is its day file's, every geometry valid",
        .enabled(if: database != nil, "no test database: run `make check-postgis`"))
    func seedStatesMatchTheDayFiles() throws {
        _ = try? Self.psql("DROP SCHEMA IF EXISTS \(Self.schema) CASCADE")
        defer { _ = try? Self.psql("DROP SCHEMA IF EXISTS \(Self.schema) CASCADE") }
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLI.run([
            "map", CLI.seed.path, "--out", out.path, "--postgis", try #require(Self.database), "--schema", Self.schema,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("layers to PostGIS schema \(Self.schema)"))
        for table in ["places", "territory", "fronts", "events"] {
            #expect(
                try Self.psql("SELECT count(*) FROM \(Self.schema).\(table) WHERE NOT ST_IsValid(geom)") == ["0"],
                "\(table)")
        }
        let days = try FileManager.default.contentsOfDirectory(
            atPath: CLI.committedMaps.appendingPathComponent("days").path
        )
        .filter { $0.hasSuffix(".geojson") }.map { String($0.dropLast(".geojson".count)) }.sorted()
        try #require(days.count >= 3)
        var compared = 0
        for day in [days[0], days[days.count / 2], days[days.count - 1]] {
            let expected = try Self.sides(onDay: day)
            let rows = try Self.psql(
                "SELECT place_id || '=' || side FROM \(Self.schema).places_on('\(day)') ORDER BY place_id")
            var got: [String: String] = [:]
            for row in rows {
                let parts = row.split(separator: "=", maxSplits: 1).map(String.init)
                if parts.count == 2 { got[parts[0]] = parts[1] }
            }
            #expect(got == expected, "\(day): the schema's places_on differs from the day file")
            compared += expected.count
        }
        #expect(compared > 30)
    }
}
