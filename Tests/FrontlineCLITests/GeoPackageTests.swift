import Foundation
import Testing

@testable import FrontlineMaps

/// The GIS outputs of `map`: `war.gpkg` read back with GDAL's own `ogrinfo` (an independent reader),
/// `--formats`, and a `--postgis` that cannot connect.
@Suite("GIS outputs: war.gpkg, --formats, --postgis", .serialized)
struct GeoPackageTests {
    /// `ogrinfo` from gdal-bin, when installed (`make deps` installs it).
    static let ogrinfoPath: URL? = ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].map(URL.init(fileURLWithPath:))
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// The layers of the GeoPackage and the GeoJSON file each must match, feature for feature.
    static let layers = [
        ("places", "timeline-places.geojson"), ("territory", "timeline-territory.geojson"),
        ("fronts", "timeline-fronts.geojson"), ("events", "events.geojson"),
    ]

    static func ogrinfo(_ arguments: [String]) throws -> String {
        guard let tool = Self.ogrinfoPath else { throw CocoaError(.fileNoSuchFile) }
        return try CLI.run(tool: tool, arguments).stdout
    }

    static func featureCount(geoJSON url: URL) throws -> Int {
        let features = try #require(try OutputJSON.parse(Data(contentsOf: url))["features"]?.array)
        return features.count
    }

    /// The libraries the dynamic loader opened for a run (its `LD_DEBUG=files` trace).
    static func loadedLibraries(_ arguments: [String]) throws -> String {
        let r = try CLI.run(arguments, environment: ["LD_DEBUG": "files"])
        #expect(r.status == 0, "\(r.stderr.suffix(2000))")
        return r.stderr.split(separator: "\n").filter { $0.contains("file=") }.joined(separator: "\n")
    }

    /// libgdal and its hundred dependencies take 100-200 ms to load: only a run that writes a GIS
    /// format may load them, and the binary itself must not link them.
    @Test("GDAL is loaded only by a run that writes a GIS format")
    func gdalLoadedOnDemand() throws {
        #expect(!(try Self.loadedLibraries(["--help"])).contains("libgdal"))
        let out = try CLI.temporaryFolder()
        #expect(
            !(try Self.loadedLibraries(["map", CLI.seed.path, "--out", out.path, "--formats", "geojson"])).contains(
                "libgdal"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("war.gpkg").path))
        #expect(try Self.loadedLibraries(["map", CLI.seed.path, "--out", out.path]).contains("libgdal"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("war.gpkg").path))
    }

    @Test(
        "map writes war.gpkg: four layers with Date fields, as many features as the GeoJSON, styles stored",
        .enabled(if: ogrinfoPath != nil, "ogrinfo (gdal-bin) is not installed: run `make deps`"))
    func geoPackageLayers() throws {
        let out = try CLI.temporaryFolder()
        let r = try CLI.run(["map", CLI.seed.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        let gpkg = out.appendingPathComponent("war.gpkg")
        for (layer, file) in Self.layers {
            let info = try Self.ogrinfo(["-so", gpkg.path, layer])
            let expected = try Self.featureCount(geoJSON: out.appendingPathComponent(file))
            #expect(info.contains("Feature Count: \(expected)\n"), "\(layer): \(info)")
            let dates = layer == "events" ? ["date", "date_earliest", "date_latest"] : ["start", "end"]
            for field in dates {
                #expect(info.contains("\n\(field): Date "), "\(layer) has no Date field \(field): \(info)")
            }
        }
        let styles = try Self.ogrinfo([
            "-q", gpkg.path, "-sql", "SELECT f_table_name FROM layer_styles ORDER BY f_table_name",
        ])
        for (layer, _) in Self.layers {
            #expect(styles.contains("f_table_name (String) = \(layer)\n"), "no style for \(layer): \(styles)")
        }
    }

    @Test("--formats geojson writes no GeoPackage, and a later run drops the one an earlier run wrote")
    func geoJSONOnly() throws {
        let out = try CLI.temporaryFolder()
        #expect(try CLI.run(["map", CLI.seed.path, "--out", out.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("war.gpkg").path))
        let r = try CLI.run(["map", CLI.seed.path, "--out", out.path, "--formats", "geojson"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("war.gpkg").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("timeline-places.geojson").path))
    }

    @Test("--formats with an unknown name is refused before any work")
    func unknownFormat() throws {
        let out = try CLI.temporaryFolder().appendingPathComponent("out")
        let r = try CLI.run(["map", CLI.seed.path, "--out", out.path, "--formats", "geojson,shp"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("unknown format 'shp'"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("--postgis that cannot connect: a one-line error naming what to fix, the output folder untouched")
    func badPostGIS() throws {
        let out = try CLI.temporaryFolder()
        #expect(try CLI.run(["map", CLI.seed.path, "--out", out.path, "--formats", "geojson"]).status == 0)
        let before = CLI.tree(out)
        // Port 1 on the loopback: refused at once, no server and no network needed.
        let r = try CLI.run([
            "map", CLI.seed.path, "--out", out.path, "--postgis", "postgresql://nobody@127.0.0.1:1/maps",
        ])
        #expect(r.status == 1)
        let errors = r.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors.count == 1, "\(r.stderr)")
        #expect(errors.first?.contains("cannot connect to PostgreSQL") == true, "\(r.stderr)")
        #expect(errors.first?.contains("fix the host, port") == true, "\(r.stderr)")
        #expect(CLI.tree(out) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter {
            $0.hasPrefix(".frontline-staging")
        }
        #expect(leftovers.isEmpty)
    }
}
