import Foundation
import Testing

@testable import Gdal

@Suite("Values and validation")
struct WriterValidationTests {
    @Test func gdalHasTheDriversWeUse() throws {
        #expect(try GdalRuntime.version().hasPrefix("3."))
        for driver in ["GPKG", "FlatGeobuf", "PostgreSQL"] {
            #expect(try GdalRuntime.hasDriver(driver), "missing \(driver)")
        }
        #expect(try !GdalRuntime.hasDriver("NoSuchDriver"))
    }

    @Test func calendarDatesParseExactly() {
        #expect(CalendarDate(iso: "2012-02-29")?.iso == "2012-02-29")
        #expect(CalendarDate(iso: "2011-02-29") == nil)
        #expect(CalendarDate(iso: "2012-2-29") == nil)
        #expect(CalendarDate(iso: "2012-02-29T00") == nil)
        #expect(CalendarDate(iso: "+012-02-09") == nil)
        #expect(CalendarDate(year: 987, month: 1, day: 2)?.iso == "0987-01-02")
        #expect(CalendarDate(year: 2000, month: 13, day: 1) == nil)
        #expect(Synthetic.day("2000-01-02") < Synthetic.day("2000-02-01"))
        #expect(CalendarDate(daysSince1970: 0)?.iso == "1970-01-01")
        #expect(CalendarDate(daysSince1970: -1)?.iso == "1969-12-31")
        #expect(CalendarDate(daysSince1970: 15_400)?.iso == "2012-03-01")
        #expect(CalendarDate(daysSince1970: 11_016)?.iso == "2000-02-29")
        #expect(CalendarDate(daysSince1970: -800_000) == nil)
    }

    @Test func coordinateFormsBecomeTheWKBOGRReads() throws {
        let square = FeatureGeometry.polygon(Synthetic.square(0, 0, 2))
        let wkt = try ErrorTrap.run { trap -> String in
            try GdalVectorWriter.ogrGeometry(square, trap: trap).wkt(trap: trap)
        }
        #expect(wkt == "POLYGON ((0 0,2 0,2 2,0 2,0 0))")
        #expect(throws: GdalError.invalidInput("ring is not closed")) {
            _ = try FeatureGeometry.polygon([
                [Synthetic.c(0, 0), Synthetic.c(1, 0), Synthetic.c(1, 1), Synthetic.c(0, 1)]
            ]).encodedWKB()
        }
        #expect(throws: GdalError.self) { _ = try FeatureGeometry.point(Synthetic.c(.nan, 0)).encodedWKB() }
        #expect(throws: GdalError.self) { _ = try FeatureGeometry.lineString([Synthetic.c(0, 0)]).encodedWKB() }
    }

    @Test(arguments: [
        ("Places", "layer name"), ("1st", "layer name"), ("layer_styles", "reserved"), ("gpkg_x", "reserved"),
    ])
    func badLayerNamesAreRefused(name: String, words: String) throws {
        var layer = Synthetic.events()
        layer.name = name
        let error = #expect(throws: GdalError.self) { try GdalVectorWriter.validate([layer]) }
        #expect(error?.description.contains(words) == true)
    }

    @Test func valuesMustFitTheirFields() throws {
        var layer = Synthetic.events()
        layer.features[1].values[1] = .string("2000-01-03")
        let wrongType = #expect(throws: GdalError.self) { try GdalVectorWriter.validate([layer]) }
        #expect(
            wrongType?.description
                == #"invalid vector data: layer events, feature 1: string("2000-01-03") does not fit date field 'date'"#
        )
        layer = Synthetic.events()
        layer.features[0].values.removeLast()
        #expect(throws: GdalError.invalidInput("layer events, feature 0: 2 values for 3 fields")) {
            try GdalVectorWriter.validate([layer])
        }
        layer = Synthetic.territory()
        layer.features[0].values[1] = .real(.infinity)
        #expect(throws: GdalError.self) { try GdalVectorWriter.validate([layer]) }
        layer = Synthetic.places()
        layer.fields[2] = Field("start", .string)
        layer.features = []
        #expect(throws: GdalError.invalidInput("layer places: period field 'start' is not a date field of the layer")) {
            try GdalVectorWriter.validate([layer])
        }
        #expect(throws: GdalError.invalidInput("two layers are named 'events'")) {
            try GdalVectorWriter.validate([Synthetic.events(), Synthetic.events()])
        }
        layer = Synthetic.events()
        layer.fields[0] = Field("geom", .string)
        #expect(throws: GdalError.self) { try GdalVectorWriter.validate([layer]) }
        #expect(throws: GdalError.invalidInput("no layers to write")) { try GdalVectorWriter.validate([]) }
    }

    @Test func connectionFailuresBecomeOneLineNamingTheFix() {
        let socket = ConnectionFailure.explain(
            """
            PQconnectdb failed.
            connection to server on socket "/tmp/x/.s.PGSQL.5432" failed: No such file or directory
            \tIs the server running locally and accepting connections on that socket?
            """)
        #expect(
            socket
                == #"connection to server on socket "/tmp/x/.s.PGSQL.5432" failed: No such file or directory — fix the host, port or socket directory (host=…, port=…), or start the server"#
        )
        let database = ConnectionFailure.explain(
            #"PQconnectdb failed. connection to server on socket "/s/.s.PGSQL.5432" failed: FATAL:  database "nodb" does not exist"#
        )
        #expect(
            database.hasSuffix(
                "fix the database name (dbname=…, or the path after the host in a postgresql:// URI) or create it"))
        #expect(!database.contains("FATAL"))
        let syntax = ConnectionFailure.explain(
            #"PQconnectdb failed. invalid URI query parameter: "bogus" in "postgresql://u:hunter2@h/db?bogus=1&application_name=GDAL%203.6.2""#
        )
        #expect(!syntax.contains("hunter2"))
        #expect(!syntax.contains("application_name"))
        #expect(syntax.contains("postgresql://u:***@h/db?bogus=1"))
        #expect(
            syntax.hasSuffix(
                "fix the connection string's syntax: postgresql://user@host:port/dbname or 'host=… port=… dbname=… user=…'"
            ))
        #expect(ConnectionFailure.redacted("host=h password='a b' user=u") == "host=h password=*** user=u")
        #expect(ConnectionFailure.redacted("password=s3cret dbname=x") == "password=*** dbname=x")
    }

    /// GDAL's error state is per thread: concurrent failing writes each get their own message.
    @Test func concurrentFailuresKeepTheirOwnMessages() {
        let count = 8
        let results = Locked([String](repeating: "", count: count))
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let text: String
            do {
                try GdalVectorWriter.write(
                    [Synthetic.events()], to: .postGIS(connection: "host=/nonexistent-\(i) dbname=x", schema: "t_never")
                )
                text = "no error"
            } catch {
                text = "\(error)"
            }
            results.update { $0[i] = text }
        }
        for (i, text) in results.value.enumerated() {
            #expect(text.contains("/nonexistent-\(i)/"), "\(text)")
            #expect(!text.contains("nonexistent-\((i + 1) % count)/"))
        }
    }
}

/// A value shared by concurrent test workers.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
