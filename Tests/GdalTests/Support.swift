import Foundation

@testable import Gdal

/// A command-line tool run to completion: exit status and both streams.
struct ToolRun {
    let status: Int32
    let output: String
    let errors: String
}

enum Tool {
    /// The absolute path of `name` on PATH, or `nil`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Runs `name` with `arguments`; the caller has checked that it exists.
    static func run(_ name: String, _ arguments: [String]) throws -> ToolRun {
        guard let path = find(name) else { throw ToolMissing(name: name) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both before waiting, so a full pipe cannot block the tool.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolRun(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            errors: String(decoding: errData, as: UTF8.self))
    }

    /// The connection string of the throw-away PostGIS cluster (`Tests/postgis/cluster.sh start`).
    static var testDatabase: String? {
        guard let value = ProcessInfo.processInfo.environment["FRONTLINE_TEST_PG"], !value.isEmpty else { return nil }
        return value
    }
}

struct ToolMissing: Error {
    let name: String
}

/// A fresh temporary folder, removed by `remove()`.
struct Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("gdal-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

/// Synthetic layers shaped like a war's: places with periods, territory, fronts and one-day events.
/// The coordinates are made up (a small grid near 0°, 0°), not places.
enum Synthetic {
    static func day(_ text: String) -> CalendarDate {
        guard let day = CalendarDate(iso: text) else { preconditionFailure("bad test date \(text)") }
        return day
    }

    static func c(_ x: Double, _ y: Double) -> Coordinate { Coordinate(longitude: x, latitude: y) }

    static func square(_ x: Double, _ y: Double, _ size: Double) -> [[Coordinate]] {
        [[c(x, y), c(x + size, y), c(x + size, y + size), c(x, y + size), c(x, y)]]
    }

    /// `places` count features: place i holds from day 1 + i, the even ones until day 10 (exclusive).
    static func places(_ count: Int = 6) -> VectorLayer {
        let features = (0..<count).map { (i: Int) -> VectorFeature in
            let side: FieldValue = .string(i % 2 == 0 ? "side_a" : "side_b")
            let start: FieldValue = .date(day("2000-01-0\(i % 9 + 1)"))
            let end: FieldValue = i % 2 == 0 ? .date(day("2000-01-10")) : .null
            let values: [FieldValue] = [.string("Place \(i)"), side, start, end, .integer(i)]
            return VectorFeature(geometry: .point(c(Double(i) * 0.1, 0.5)), values: values)
        }
        return VectorLayer(
            name: "places", geometryType: .point,
            fields: [
                Field("name", .string), Field("state", .string), Field("start", .date), Field("end", .date),
                Field("rank", .integer),
            ],
            features: features, period: Period(start: "start", end: "end", endIsInclusive: false),
            description: "Synthetic places",
            style: LayerStyle(name: "places", qml: "<qgis><renderer-v2 type=\"singleSymbol\"/></qgis>"))
    }

    /// Two territory pieces: a Polygon (forced to MultiPolygon) and a MultiPolygon given as WKT.
    static func territory() -> VectorLayer {
        VectorLayer(
            name: "territory", geometryType: .multiPolygon,
            fields: [Field("side", .string), Field("area_km2", .real), Field("start", .date), Field("end", .date)],
            features: [
                VectorFeature(
                    geometry: .polygon(square(0, 0, 1)),
                    values: [.string("side_a"), .real(12_345.5), .date(day("2000-01-01")), .null]),
                VectorFeature(
                    geometry: .wkt("MULTIPOLYGON (((1 0, 2 0, 2 1, 1 1, 1 0)), ((3 0, 4 0, 4 1, 3 1, 3 0)))"),
                    values: [.string("side_b"), .real(99.25), .date(day("2000-01-01")), .date(day("2000-01-05"))]),
            ],
            period: Period(start: "start", end: "end", endIsInclusive: false),
            style: LayerStyle(name: "territory", qml: "<qgis/>", sld: "<StyledLayerDescriptor/>"))
    }

    /// One front as coordinates, one as GeoJSON.
    static func fronts() -> VectorLayer {
        VectorLayer(
            name: "fronts", geometryType: .multiLineString,
            fields: [Field("pair", .string), Field("start", .date), Field("end", .date)],
            features: [
                VectorFeature(
                    geometry: .multiLineString([[c(1, 0), c(1, 1)]]),
                    values: [.string("a|b"), .date(day("2000-01-01")), .null]),
                VectorFeature(
                    geometry: .geoJSON(#"{"type":"LineString","coordinates":[[2,0],[2,1]]}"#),
                    values: [.string("a|b"), .date(day("2000-01-02")), .date(day("2000-01-04"))]),
            ],
            period: Period(start: "start", end: "end", endIsInclusive: false))
    }

    /// Three one-day events.
    static func events() -> VectorLayer {
        VectorLayer(
            name: "events", geometryType: .point,
            fields: [Field("event_id", .string), Field("date", .date), Field("fatalities", .integer)],
            features: (0..<3).map { i in
                VectorFeature(
                    geometry: .point(c(0.05 * Double(i), 0.25)),
                    values: [.string("e\(i)"), .date(day("2000-01-0\(i + 2)")), i == 1 ? .null : .integer(i * 10)])
            },
            period: Period(start: "date", end: nil, endIsInclusive: true))
    }

    static var war: [VectorLayer] { [places(), territory(), fronts(), events()] }
}
