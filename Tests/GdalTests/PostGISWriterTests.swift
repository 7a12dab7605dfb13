import Foundation
import Testing

@testable import Gdal

/// PostGIS through GDAL's PG driver, checked with `psql` against the throw-away cluster that
/// `Tests/postgis/cluster.sh start` runs (its connection string in `FRONTLINE_TEST_PG`).
/// Serialized: the tests look at the database as a whole (which schemas exist).
@Suite(
    "PostGIS", .serialized,
    .enabled(
        if: Tool.testDatabase != nil,
        "no PostGIS cluster: run `make check-postgis`, or `Tests/postgis/cluster.sh start` and export FRONTLINE_TEST_PG"
    ),
    .enabled(if: Tool.find("psql") != nil, "psql is missing: apt-get install postgresql-client")
)
struct PostGISWriterTests {
    let database = Tool.testDatabase ?? ""

    /// One query's rows, fields separated by `|`, run by `psql` (not by GDAL, so the check is independent).
    func psql(_ query: String) throws -> [String] {
        let run = try Tool.run("psql", ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", query])
        #expect(run.status == 0, "psql failed: \(run.errors)")
        return run.output.split(separator: "\n").map(String.init)
    }

    func count(_ table: String) throws -> Int {
        Int(try psql("SELECT count(*) FROM \(table)").first ?? "") ?? -1
    }

    func schemas(like pattern: String) throws -> [String] {
        try psql("SELECT nspname FROM pg_namespace WHERE nspname LIKE '\(pattern)' ORDER BY 1")
    }

    func drop(_ schemas: String...) throws {
        for schema in schemas { _ = try psql("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
    }

    @Test func writesEveryLayerWithIndexesAndThePeriodFunctions() throws {
        try drop("t_war")
        defer { try? drop("t_war") }
        try GdalVectorWriter.write(Synthetic.war, to: .postGIS(connection: database, schema: "t_war"))

        #expect(try count("t_war.places") == 6)
        #expect(try count("t_war.territory") == 2)
        #expect(try count("t_war.fronts") == 2)
        #expect(try count("t_war.events") == 3)
        for table in ["places", "territory", "fronts", "events"] {
            #expect(
                try psql("SELECT count(*) FROM t_war.\(table) WHERE NOT ST_IsValid(geom) OR ST_SRID(geom) <> 4326") == [
                    "0"
                ], "\(table)")
        }
        #expect(try psql("SELECT DISTINCT GeometryType(geom) FROM t_war.territory") == ["MULTIPOLYGON"])
        #expect(
            try psql(
                "SELECT data_type FROM information_schema.columns WHERE table_schema = 't_war' AND table_name = 'places' AND column_name IN ('start', 'end') ORDER BY column_name"
            )
                == ["date", "date"])
        // A GIST index on every geometry, a B-tree on every Date field.
        #expect(
            try psql(
                "SELECT tablename FROM pg_indexes WHERE schemaname = 't_war' AND indexdef LIKE '%USING gist (geom)%' ORDER BY 1"
            )
                == ["events", "fronts", "places", "territory"])
        #expect(
            try psql(
                "SELECT indexname FROM pg_indexes WHERE schemaname = 't_war' AND indexdef LIKE '%btree (date)%' OR indexdef LIKE '%btree (start)%' AND schemaname = 't_war' ORDER BY 1"
            )
                == ["events_date_idx", "fronts_start_idx", "places_start_idx", "territory_start_idx"])
        #expect(try psql("SELECT obj_description('t_war.places'::regclass, 'pg_class')") == ["Synthetic places"])

        // The state on a day: places 0..4 have started by 2000-01-05; the even ones end on 2000-01-10 (excluded).
        #expect(
            try psql("SELECT name FROM t_war.places_on('2000-01-05') ORDER BY name") == (0...4).map { "Place \($0)" })
        #expect(
            try psql("SELECT name FROM t_war.places_on('2000-01-10') ORDER BY name") == [
                "Place 1", "Place 3", "Place 5",
            ])
        #expect(try psql("SELECT side FROM t_war.territory_on('2000-01-04') ORDER BY side") == ["side_a", "side_b"])
        #expect(try psql("SELECT side FROM t_war.territory_on('2000-01-05')") == ["side_a"])
        #expect(try psql("SELECT event_id FROM t_war.events_on('2000-01-03')") == ["e1"])
        #expect(try schemas(like: "t_war%") == ["t_war"])
    }

    @Test func aSecondRunReplacesTheSchema() throws {
        try drop("t_again")
        defer { try? drop("t_again") }
        try GdalVectorWriter.write(Synthetic.war, to: .postGIS(connection: database, schema: "t_again"))
        var fewer = Synthetic.war
        fewer[0] = Synthetic.places(2)
        fewer.removeLast()
        try GdalVectorWriter.write(fewer, to: .postGIS(connection: database, schema: "t_again"))
        #expect(try count("t_again.places") == 2)
        #expect(
            try psql("SELECT count(*) FROM pg_tables WHERE schemaname = 't_again' AND tablename = 'events'") == ["0"])
        #expect(try schemas(like: "t_again%") == ["t_again"])
    }

    @Test func aRunThatFailsHalfWayLeavesThePreviousSchema() throws {
        try drop("t_keep")
        defer { try? drop("t_keep") }
        try GdalVectorWriter.write(Synthetic.war, to: .postGIS(connection: database, schema: "t_keep"))
        let before = try psql("SELECT name, start, \"end\", ST_AsText(geom) FROM t_keep.places ORDER BY fid")

        // The fronts layer fails after places and territory are already in the new schema.
        var broken = Synthetic.war
        broken[0] = Synthetic.places(4)
        broken[2].features[1].geometry = .wkt("LINESTRING (0 0, 1")
        #expect(throws: GdalError.self) {
            try GdalVectorWriter.write(broken, to: .postGIS(connection: database, schema: "t_keep"))
        }
        #expect(try psql("SELECT name, start, \"end\", ST_AsText(geom) FROM t_keep.places ORDER BY fid") == before)
        #expect(try count("t_keep.events") == 3)
        #expect(try schemas(like: "t_keep%") == ["t_keep"])

        // A failure inside PostgreSQL at the last step, the rename after the old schema was dropped (an
        // event trigger raises there), rolls back the same way.
        _ = try psql(
            """
            CREATE FUNCTION public.t_fail_rename() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'injected failure at the rename'; END $$;
            CREATE EVENT TRIGGER t_fail_rename ON ddl_command_end WHEN TAG IN ('ALTER SCHEMA') EXECUTE FUNCTION public.t_fail_rename()
            """)
        defer {
            _ = try? psql("DROP EVENT TRIGGER IF EXISTS t_fail_rename; DROP FUNCTION IF EXISTS public.t_fail_rename()")
        }
        let injected = #expect(throws: GdalError.self) {
            try GdalVectorWriter.write(Synthetic.war, to: .postGIS(connection: database, schema: "t_keep"))
        }
        #expect(
            injected?.description.contains("injected failure at the rename") == true, "\(String(describing: injected))")
        #expect(try psql("SELECT name, start, \"end\", ST_AsText(geom) FROM t_keep.places ORDER BY fid") == before)
        #expect(try count("t_keep.territory") == 2)
        #expect(try schemas(like: "t_keep%") == ["t_keep"])
    }

    @Test func twoSchemasAreReplacedIndependently() throws {
        try drop("t_one", "t_two")
        defer { try? drop("t_one", "t_two") }
        try GdalVectorWriter.write(Synthetic.war, to: .postGIS(connection: database, schema: "t_one"))
        try GdalVectorWriter.write([Synthetic.places(3)], to: .postGIS(connection: database, schema: "t_two"))
        let two = try psql("SELECT fid, name FROM t_two.places ORDER BY fid")
        try GdalVectorWriter.write([Synthetic.places(5)], to: .postGIS(connection: database, schema: "t_one"))
        #expect(try count("t_one.places") == 5)
        #expect(try psql("SELECT count(*) FROM pg_tables WHERE schemaname = 't_one'") == ["1"])
        #expect(try psql("SELECT fid, name FROM t_two.places ORDER BY fid") == two)
        #expect(try count("t_two.places") == 3)
    }

    @Test func aSchemaNotWrittenHereIsNeverReplaced() throws {
        try drop("t_theirs", "t_mine", "t_other")
        defer { try? drop("t_theirs", "t_mine", "t_other") }
        _ = try psql(
            "CREATE SCHEMA t_theirs; CREATE TABLE t_theirs.keep (id int); INSERT INTO t_theirs.keep VALUES (1)")
        let refused = #expect(throws: GdalError.self) {
            try GdalVectorWriter.write(Synthetic.war, to: .postGIS(connection: database, schema: "t_theirs"))
        }
        #expect(refused?.description.contains("was not written by Frontline") == true)
        #expect(try count("t_theirs.keep") == 1)
        #expect(try schemas(like: "t_theirs%") == ["t_theirs"])

        // A view in another schema built on ours would be dropped by the replacement: refused, named.
        try GdalVectorWriter.write([Synthetic.events()], to: .postGIS(connection: database, schema: "t_mine"))
        _ = try psql("CREATE SCHEMA t_other; CREATE VIEW t_other.recent AS SELECT * FROM t_mine.events")
        let dependent = #expect(throws: GdalError.self) {
            try GdalVectorWriter.write([Synthetic.events()], to: .postGIS(connection: database, schema: "t_mine"))
        }
        #expect(dependent?.description.contains("t_other.recent") == true, "\(String(describing: dependent))")
        #expect(try count("t_other.recent") == 3)
        _ = try psql("DROP VIEW t_other.recent")
        // The same for a function elsewhere returning our rows, and a foreign key pointing at our table.
        _ = try psql(
            "CREATE FUNCTION t_other.all_events() RETURNS SETOF t_mine.events LANGUAGE sql AS 'SELECT * FROM t_mine.events'"
        )
        let function = #expect(throws: GdalError.self) {
            try GdalVectorWriter.write([Synthetic.events()], to: .postGIS(connection: database, schema: "t_mine"))
        }
        #expect(
            function?.description.contains("function t_other.all_events()") == true, "\(String(describing: function))")
        _ = try psql(
            "DROP FUNCTION t_other.all_events(); CREATE TABLE t_other.notes (event int REFERENCES t_mine.events (fid))")
        let foreignKey = #expect(throws: GdalError.self) {
            try GdalVectorWriter.write([Synthetic.events()], to: .postGIS(connection: database, schema: "t_mine"))
        }
        #expect(foreignKey?.description.contains("t_other.notes") == true, "\(String(describing: foreignKey))")
        _ = try psql("DROP TABLE t_other.notes")
        try GdalVectorWriter.write([Synthetic.events()], to: .postGIS(connection: database, schema: "t_mine"))
        #expect(throws: GdalError.self) {
            try GdalVectorWriter.write([Synthetic.events()], to: .postGIS(connection: database, schema: "public"))
        }
    }

    @Test(arguments: [
        ("host=/nonexistent-socket-dir dbname=x", "fix the host, port or socket directory"),
        ("postgresql://u:hunter2@[bad", "fix the connection string's syntax"),
        ("bogus_option=1", "fix the connection string's syntax"),
        ("", "the connection string is empty"),
    ])
    func aBadConnectionStringGetsOneLineNamingTheFix(connection: String, fix: String) throws {
        try drop("t_never")
        let error = #expect(throws: GdalError.self) {
            try GdalVectorWriter.write(Synthetic.war, to: .postGIS(connection: connection, schema: "t_never"))
        }
        let text = error?.description ?? ""
        #expect(text.hasPrefix("cannot connect to PostgreSQL: "))
        #expect(text.contains(fix), "\(text)")
        #expect(!text.contains("\n"))
        #expect(!text.contains("hunter2"))
        #expect(try schemas(like: "t_never%") == [])
    }

    @Test func anEmptyLayerStillGetsItsTableIndexesAndFunction() throws {
        try drop("t_empty")
        defer { try? drop("t_empty") }
        var empty = Synthetic.events()
        empty.features = []
        try GdalVectorWriter.write([empty, Synthetic.places()], to: .postGIS(connection: database, schema: "t_empty"))
        #expect(try count("t_empty.events") == 0)
        #expect(try psql("SELECT count(*) FROM t_empty.events_on('2000-01-01')") == ["0"])
        #expect(
            try psql(
                "SELECT indexname FROM pg_indexes WHERE schemaname = 't_empty' AND tablename = 'events' ORDER BY 1")
                == ["events_date_idx", "events_geom_geom_idx", "events_pkey"])
    }

    @Test func aDatabaseWithoutPostGISIsNamedAndUntouched() throws {
        _ = try psql("DROP DATABASE IF EXISTS t_plain")
        _ = try psql("CREATE DATABASE t_plain")
        defer { _ = try? psql("DROP DATABASE IF EXISTS t_plain") }
        let error = #expect(throws: GdalError.self) {
            try GdalVectorWriter.write(
                Synthetic.war, to: .postGIS(connection: database + " dbname=t_plain", schema: "t_never"))
        }
        #expect(error == .database("the database has no PostGIS: run CREATE EXTENSION postgis in it (as its owner)"))
        let tables = try Tool.run(
            "psql",
            [
                "-X", "-A", "-t", "-d", database + " dbname=t_plain", "-c",
                "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
            ])
        #expect(tables.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func aMissingDatabaseOnALiveServerIsNamed() throws {
        let error = #expect(throws: GdalError.self) {
            try GdalVectorWriter.write(
                Synthetic.war, to: .postGIS(connection: database + " dbname=no_such_db", schema: "t_never"))
        }
        #expect(
            error?.description.contains(#"database "no_such_db" does not exist — fix the database name"#) == true,
            "\(String(describing: error))")
    }
}
