import Foundation
import Testing

@testable import Gdal

/// GeoPackage and FlatGeobuf written through GDAL and read back with GDAL's own `ogrinfo`.
@Suite("GeoPackage and FlatGeobuf")
struct FileWriterTests {
    static let hasOgrinfo = Tool.find("ogrinfo") != nil

    /// `ogrinfo -so` of one layer.
    func summary(_ path: String, _ layer: String) throws -> String {
        let run = try Tool.run("ogrinfo", ["-so", "-ro", path, layer])
        #expect(run.status == 0, "ogrinfo failed: \(run.errors)")
        return run.output
    }

    /// The rows of an SQL query run by `ogrinfo` (SQLite dialect in a GeoPackage), as `name = value` lines.
    func sql(_ path: String, _ query: String) throws -> [String] {
        let run = try Tool.run("ogrinfo", ["-ro", "-q", path, "-sql", query])
        #expect(run.status == 0, "ogrinfo failed: \(run.errors)")
        return run.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            $0.contains(" =")
        }
    }

    @Test(.enabled(if: hasOgrinfo, "ogrinfo is missing: apt-get install gdal-bin"))
    func geoPackageHasLayersDatesIndexesAndStyles() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.url.appendingPathComponent("war.gpkg")
        try GdalVectorWriter.write(Synthetic.war, to: .geoPackage(path))
        #expect(try scratch.contents() == ["war.gpkg"])

        let list = try Tool.run("ogrinfo", ["-ro", "-q", path.path])
        for layer in [
            "places (Point)", "territory (Multi Polygon)", "fronts (Multi Line String)", "events (Point)",
            "layer_styles",
        ] {
            #expect(list.output.contains(layer), "no \(layer) in \(list.output)")
        }
        let places = try summary(path.path, "places")
        #expect(places.contains("Feature Count: 6"))
        #expect(places.contains("start: Date"))
        #expect(places.contains("end: Date"))
        #expect(places.contains("rank: Integer64"))
        #expect(places.contains("FID Column = fid"))
        #expect(places.contains("Geometry Column = geom"))
        #expect(places.contains("ID[\"EPSG\",4326]"))
        #expect(try summary(path.path, "territory").contains("Feature Count: 2"))
        #expect(try summary(path.path, "territory").contains("area_km2: Real"))
        #expect(try summary(path.path, "fronts").contains("Feature Count: 2"))
        let events = try summary(path.path, "events")
        #expect(events.contains("Feature Count: 3"))
        #expect(events.contains("date: Date"))

        // A spatial index (an R-tree registered as the GeoPackage extension) for every spatial layer.
        let indexed = try sql(
            path.path,
            "SELECT table_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' ORDER BY table_name")
        #expect(
            indexed == [
                "table_name (String) = events", "table_name (String) = fronts", "table_name (String) = places",
                "table_name (String) = territory",
            ])
        // The values come back as written: dates as dates, NULL as NULL, polygons made multi.
        #expect(try sql(path.path, "SELECT count(*) AS n FROM places WHERE \"end\" IS NULL") == ["n (Integer) = 3"])
        #expect(try sql(path.path, "SELECT start FROM places WHERE name = 'Place 3'") == ["start (Date) = 2000/01/04"])
        #expect(
            try sql(path.path, "SELECT ST_GeometryType(geom) AS t FROM territory WHERE side = 'side_a'") == [
                "t (String) = MULTIPOLYGON"
            ])

        let styles = try sql(
            path.path,
            "SELECT f_table_name, f_geometry_column, styleName, useAsDefault, styleSLD FROM layer_styles ORDER BY f_table_name"
        )
        #expect(
            styles == [
                "f_table_name (String) = places", "f_geometry_column (String) = geom", "styleName (String) = places",
                "useAsDefault (Integer(Boolean)) = 1", "styleSLD (String) =",
                "f_table_name (String) = territory", "f_geometry_column (String) = geom",
                "styleName (String) = territory",
                "useAsDefault (Integer(Boolean)) = 1", "styleSLD (String) = <StyledLayerDescriptor/>",
            ])
        let qml = try sql(path.path, "SELECT styleQML FROM layer_styles WHERE f_table_name = 'places'")
        #expect(qml == [#"styleQML (String) = <qgis><renderer-v2 type="singleSymbol"/></qgis>"#])
        // QGIS's columns, all of them.
        let columns = try summary(path.path, "layer_styles")
        for column in [
            "f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column", "styleName", "styleQML",
            "styleSLD", "useAsDefault", "description", "owner", "ui", "update_time",
        ] {
            #expect(columns.contains("\(column):"), "layer_styles has no \(column)")
        }
    }

    @Test(.enabled(if: hasOgrinfo, "ogrinfo is missing: apt-get install gdal-bin"))
    func flatGeobufWritesOneIndexedFilePerLayer() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try GdalVectorWriter.write(Synthetic.war, to: .flatGeobuf(directory: scratch.url))
        #expect(try scratch.contents() == ["events.fgb", "fronts.fgb", "places.fgb", "territory.fgb"])
        let places = try summary(scratch.url.appendingPathComponent("places.fgb").path, "places")
        #expect(places.contains("Feature Count: 6"))
        #expect(places.contains("Geometry: Point"))
        #expect(places.contains("start: Date") || places.contains("start: DateTime"))
        let territory = try summary(scratch.url.appendingPathComponent("territory.fgb").path, "territory")
        #expect(territory.contains("Feature Count: 2"))
        #expect(territory.contains("Geometry: Multi Polygon"))
        // A spatial filter is answered from the packed R-tree: only the square at x 3..4 meets x 3.5.
        let filtered = try Tool.run(
            "ogrinfo",
            [
                "-ro", "-q", "-spat", "3.4", "0.4", "3.6", "0.6",
                scratch.url.appendingPathComponent("territory.fgb").path, "territory",
            ])
        #expect(filtered.output.contains("side_b"))
        #expect(!filtered.output.contains("side_a"))
    }

    @Test(.enabled(if: hasOgrinfo, "ogrinfo is missing: apt-get install gdal-bin"))
    func anEmptyLayerIsStillALayer() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var empty = Synthetic.events()
        empty.features = []
        let path = scratch.url.appendingPathComponent("empty.gpkg").path
        try GdalVectorWriter.write([empty], to: .geoPackage(URL(fileURLWithPath: path)))
        let events = try summary(path, "events")
        #expect(events.contains("Feature Count: 0"))
        #expect(events.contains("date: Date"))
    }

    @Test func aFailedWriteLeavesNoFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var broken = Synthetic.war
        // Valid as data, unreadable as geometry: found only once the GeoPackage is half written.
        broken[2].features[1].geometry = .wkt("LINESTRING (0 0, 1")
        let path = scratch.url.appendingPathComponent("war.gpkg")
        let error = #expect(throws: GdalError.self) { try GdalVectorWriter.write(broken, to: .geoPackage(path)) }
        #expect(error?.description.contains("unreadable WKT") == true)
        #expect(try scratch.contents() == [])
    }

    @Test func aFailedWriteLeavesThePreviousFileIntact() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.url.appendingPathComponent("war.gpkg")
        try GdalVectorWriter.write(Synthetic.war, to: .geoPackage(path))
        let before = try Data(contentsOf: path)
        var broken = Synthetic.war
        broken[3].features[2].geometry = .geoJSON(#"{"type":"Point","coordinates":"#)
        #expect(throws: GdalError.self) { try GdalVectorWriter.write(broken, to: .geoPackage(path)) }
        #expect(try Data(contentsOf: path) == before)
        #expect(try scratch.contents() == ["war.gpkg"])

        // The same for FlatGeobuf: the layer that failed keeps its previous file, and no temporary is left.
        try GdalVectorWriter.write([Synthetic.events()], to: .flatGeobuf(directory: scratch.url))
        let fgb = scratch.url.appendingPathComponent("events.fgb")
        let previous = try Data(contentsOf: fgb)
        #expect(throws: GdalError.self) {
            try GdalVectorWriter.write([broken[3]], to: .flatGeobuf(directory: scratch.url))
        }
        #expect(try Data(contentsOf: fgb) == previous)
        #expect(try scratch.contents() == ["events.fgb", "war.gpkg"])
    }

    @Test func aMissingFolderIsNamed() throws {
        let path = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/war.gpkg")
        let error = #expect(throws: GdalError.self) { try GdalVectorWriter.write(Synthetic.war, to: .geoPackage(path)) }
        #expect(error?.description.contains("does not exist") == true)
    }

    @Test func aGeometryOfTheWrongTypeIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var layer = Synthetic.events()
        layer.features[0].geometry = .lineString([Synthetic.c(0, 0), Synthetic.c(1, 1)])
        #expect(throws: GdalError.invalidInput("layer events, feature 0: a Line String does not fit a point layer")) {
            try GdalVectorWriter.write([layer], to: .geoPackage(scratch.url.appendingPathComponent("x.gpkg")))
        }
        #expect(try scratch.contents() == [])
    }
}
