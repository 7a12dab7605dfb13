import CGDAL
import Foundation

/// PostGIS: one schema per data set, replaced in one PostgreSQL transaction through GDAL's PG driver
/// (which speaks libpq in-process, so the password never appears in a process list).
///
/// Inside the transaction: a new schema under a temporary name gets the layers (with their GIST
/// indexes), a B-tree index on every Date field, then the previous schema of that name is dropped, the
/// new one renamed to it, marked as ours with a comment, and given one `<layer>_on(day date)` function
/// per layer with a period. DDL is transactional in PostgreSQL, so a failure at any step rolls all of it
/// back: the previous schema stays, no temporary schema is left, other schemas are never touched.
extension GdalVectorWriter {
    /// The comment that marks a schema as written here; a schema without it is never replaced.
    static let schemaMarker = "Written by Frontline (GDAL vector writer); replaced as a whole on each run."

    static func writePostGIS(_ layers: [VectorLayer], connection: String, schema: String, trap: ErrorTrap) throws {
        guard isPlainName(schema), !schema.hasPrefix("pg_"),
            !["public", "information_schema", "topology", "tiger", "tiger_data"].contains(schema)
        else {
            throw GdalError.invalidInput(
                "schema name '\(schema)' must be lower-case letters, digits and underscores (at most 40), not a system schema"
            )
        }
        let dataset = try openPostgreSQL(connection, trap: trap)
        guard (try? dataset.query("SELECT postgis_lib_version()", trap: trap)) != nil else {
            throw GdalError.database("the database has no PostGIS: run CREATE EXTENSION postgis in it (as its owner)")
        }
        try dataset.startTransaction(trap: trap)
        do {
            let previous = try dataset.query(
                "SELECT coalesce(obj_description(oid, 'pg_namespace'), '') FROM pg_namespace WHERE nspname = \(literal(schema))",
                trap: trap)
            let exists = !previous.isEmpty
            if exists {
                guard previous[0].first == schemaMarker else {
                    throw GdalError.database(
                        "schema \(schema) exists and was not written by Frontline; choose another schema name or drop it yourself"
                    )
                }
                let dependents = try dataset.query(dependentsQuery(schema), trap: trap).compactMap { $0.first ?? nil }
                guard dependents.isEmpty else {
                    throw GdalError.database(
                        "schema \(schema) cannot be replaced: \(dependents.joined(separator: ", ")) outside it depend on it; drop those first"
                    )
                }
            }
            let staging = "\(schema)_new_\(UUID().uuidString.prefix(8).lowercased())"
            try dataset.execute("CREATE SCHEMA \(quoted(staging))", trap: trap)
            let srs = try SpatialReference(epsg: 4326, trap: trap)
            for layer in layers {
                var options = [
                    "SCHEMA=\(staging)", "GEOMETRY_NAME=\(geometryColumn)", "FID=\(fidColumn)", "SPATIAL_INDEX=GIST",
                    "LAUNDER=NO", "PRECISION=NO", "OVERWRITE=NO",
                ]
                if !layer.description.isEmpty { options.append("DESCRIPTION=\(layer.description)") }
                try add(layer, to: dataset, srs: srs, options: options, trap: trap)
                for field in layer.fields where field.kind == .date {
                    try dataset.execute(
                        "CREATE INDEX \(quoted("\(layer.name)_\(field.name)_idx")) ON \(quoted(staging)).\(quoted(layer.name)) (\(quoted(field.name)))",
                        trap: trap)
                }
            }
            if exists { try dataset.execute("DROP SCHEMA \(quoted(schema)) CASCADE", trap: trap) }
            try dataset.execute("ALTER SCHEMA \(quoted(staging)) RENAME TO \(quoted(schema))", trap: trap)
            try dataset.execute("COMMENT ON SCHEMA \(quoted(schema)) IS \(literal(schemaMarker))", trap: trap)
            // Made after the rename: a SQL function keeps its body as text, so it must name the final schema.
            for layer in layers {
                guard let period = layer.period else { continue }
                for statement in periodFunction(layer.name, period, schema: schema) {
                    try dataset.execute(statement, trap: trap)
                }
            }
            try dataset.commitTransaction(trap: trap)
        } catch {
            dataset.rollbackTransaction()
            throw error
        }
        try dataset.close(trap: trap)
    }

    /// Opens a connection through GDAL's PostgreSQL driver.
    /// - Throws: `GdalError.connection` with one line naming what to fix.
    static func openPostgreSQL(_ connection: String, trap: ErrorTrap) throws -> Dataset {
        let trimmed = connection.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw GdalError.connection(
                "the connection string is empty — give postgresql://user@host/dbname or 'host=… dbname=… user=…'")
        }
        do {
            return try Dataset.openForUpdate("PG:" + trimmed, driver: "PostgreSQL", trap: trap)
        } catch let GdalError.library(_, message) {
            throw GdalError.connection(ConnectionFailure.explain(message))
        }
    }

    /// The `<layer>_on(day date)` function: the rows of the layer whose period contains `day`.
    static func periodFunction(_ layer: String, _ period: Period, schema: String) -> [String] {
        let table = "\(quoted(schema)).\(quoted(layer))"
        let start = quoted(period.start)
        // $1 rather than a parameter name: in a SQL function a column of the same name would win.
        var condition = "(\(start) IS NULL OR \(start) <= $1)"
        let meaning: String
        if let end = period.end.map(quoted) {
            condition +=
                period.endIsInclusive ? " AND (\(end) IS NULL OR $1 <= \(end))" : " AND (\(end) IS NULL OR $1 < \(end))"
            meaning =
                "\(period.start) <= day \(period.endIsInclusive ? "<=" : "<") \(end) (a NULL \(end) is open-ended)"
        } else {
            condition = "\(start) = $1"
            meaning = "\(period.start) = day"
        }
        let function = "\(quoted(schema)).\(quoted("\(layer)_on"))"
        return [
            "CREATE FUNCTION \(function)(day date) RETURNS SETOF \(table) LANGUAGE sql STABLE AS $body$ SELECT * FROM \(table) WHERE \(condition) $body$",
            "COMMENT ON FUNCTION \(function)(date) IS \(literal("The rows of \(layer) valid on the given day: \(meaning). Example: SELECT * FROM \(schema).\(layer)_on('2000-01-31');"))",
        ]
    }

    /// Views, functions and foreign keys in other schemas that depend on the tables or row types of
    /// `schema`, which `DROP SCHEMA … CASCADE` would otherwise drop with it, one description per row.
    static func dependentsQuery(_ schema: String) -> String {
        let s = literal(schema)
        return """
            WITH ours AS (
              SELECT 'pg_class'::regclass AS classid, c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = \(s)
              UNION ALL
              SELECT 'pg_type'::regclass, t.oid FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = \(s)
            )
            SELECT DISTINCT pg_describe_object(d.classid, d.objid, d.objsubid) FROM pg_depend d
            JOIN ours o ON d.refclassid = o.classid AND d.refobjid = o.oid
            WHERE d.deptype = 'n' AND coalesce(
              (SELECT n.nspname FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE d.classid = 'pg_rewrite'::regclass AND r.oid = d.objid),
              (SELECT n.nspname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE d.classid = 'pg_proc'::regclass AND p.oid = d.objid),
              (SELECT n.nspname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE d.classid = 'pg_constraint'::regclass AND k.oid = d.objid),
              \(s)) <> \(s)
            """
    }

    /// A double-quoted SQL identifier.
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A single-quoted SQL string literal.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
