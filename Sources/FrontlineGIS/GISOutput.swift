import Foundation
import FrontlineMaps
import Gdal

/// What a run writes through GDAL besides the GeoJSON: `war.gpkg`, FlatGeobuf files, a PostGIS schema.
///
/// Loading libgdal takes 100-200 ms and writing the GeoPackage tens more, so both run on a second
/// thread while the caller does its own work: `prepare()` as soon as the run starts (the load overlaps
/// extraction and geometry), `start(_:into:)` before the GeoJSON, pictures and player are written
/// (the GIS files are written meanwhile), `finish()` before the commit.
public struct GISOutput: Sendable {
    /// The formats `--formats` names. GeoJSON is always written: the day files, the QGIS project and
    /// the pictures are built on it.
    public enum Format: String, CaseIterable, Sendable {
        case geojson, gpkg, fgb
    }

    /// The file formats to write.
    public var formats: Set<Format>
    /// A libpq connection string, when the layers also go to PostGIS.
    public var postGISConnection: String?
    /// The PostGIS schema; nil for one named after the article (`GISLayers.schemaName(slug:)`).
    public var postGISSchema: String?

    public init(formats: Set<Format>, postGISConnection: String? = nil, postGISSchema: String? = nil) {
        self.formats = formats
        self.postGISConnection = postGISConnection
        self.postGISSchema = postGISSchema
    }

    /// `--formats`: comma-separated names, case and spaces ignored.
    /// - Throws: `FrontlineError` naming an unknown format and the known ones.
    public static func formats(_ list: String) throws -> Set<Format> {
        var formats: Set<Format> = []
        for part in list.split(separator: ",", omittingEmptySubsequences: false) {
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = Format(rawValue: name) else {
                throw FrontlineError(
                    "--formats: unknown format '\(name)'; choose from \(Format.allCases.map(\.rawValue).joined(separator: ","))"
                )
            }
            formats.insert(format)
        }
        return formats
    }

    /// Whether anything here needs GDAL.
    public var needsGDAL: Bool { formats.contains(.gpkg) || formats.contains(.fgb) || postGISConnection != nil }

    /// `map` with its QGIS project reading the GeoPackage this output writes (unchanged without one),
    /// so a GIS user opens one file with real Date columns; the GeoJSON files are still written.
    public func pointingProject(_ map: WarMap) -> WarMap {
        var map = map
        if formats.contains(.gpkg) { map.projectGeoPackage = GISLayers.geoPackageName }
        return map
    }

    /// Starts loading GDAL on a background thread when this output needs it; returns at once.
    public func prepare() {
        if needsGDAL { GdalRuntime.loadInBackground() }
    }

    /// Starts writing the GIS files of `map` into `writer`'s staging folder on a background thread.
    /// - Throws: `FrontlineError` when a file name cannot be reserved.
    public func start(_ map: WarMap, into writer: OutputWriter) throws -> Pending {
        var files: [(relative: String, url: URL)] = []
        if formats.contains(.gpkg) {
            files.append((GISLayers.geoPackageName, try writer.reserve(GISLayers.geoPackageName)))
        }
        if formats.contains(.fgb) {
            for layer in QgisLayer.allCases {
                let relative = "fgb/\(layer.rawValue).fgb"
                files.append((relative, try writer.reserve(relative)))
            }
        }
        let pending = Pending(files: files.map(\.relative))
        guard needsGDAL else { return pending }
        let wanted = formats, urls = files.map(\.url)
        // The GeoPackage one feature at a time, made from the map as it is written: it is written
        // while the day files and pictures are, so whatever it holds adds to their peak.
        pending.run {
            let kinds = QgisLayer.allCases
            if wanted.contains(.gpkg), let url = urls.first(where: { $0.lastPathComponent == GISLayers.geoPackageName })
            {
                try GdalVectorWriter.writeGeoPackage(
                    layerCount: kinds.count, to: url, streaming: { GISLayers.streamedLayer(kinds[$0], of: map) })
            }
            if wanted.contains(.fgb),
                let folder = urls.first(where: { $0.pathExtension == "fgb" })?.deletingLastPathComponent()
            {
                for kind in kinds {
                    try GdalVectorWriter.write([GISLayers.layer(kind, of: map)], to: .flatGeobuf(directory: folder))
                }
            }
        }
        return pending
    }

    /// Waits for the files `start` began, makes them part of the run, then writes the PostGIS schema
    /// (before the caller's commit: a database that refuses leaves the output folder as it was).
    /// - Returns: the relative paths of the files written, and a line to show for the PostGIS schema.
    /// - Throws: `FrontlineError` with GDAL's reason on one line.
    public func finish(_ pending: Pending, map: WarMap, into writer: OutputWriter) throws -> (
        files: [String], note: String?
    ) {
        try oneLine { try pending.wait() }
        for relative in pending.files { try writer.adopt(relative) }
        guard let connection = postGISConnection else { return (pending.files, nil) }
        // One transaction for the whole schema: all layers at once.
        let layers = GISLayers.layers(map)
        let schema = postGISSchema ?? GISLayers.schemaName(slug: map.slug)
        try oneLine { try GdalVectorWriter.write(layers, to: .postGIS(connection: connection, schema: schema)) }
        return (pending.files, "wrote \(layers.count) layers to PostGIS schema \(schema)")
    }

    /// Waits for the files `start` began when the run fails before `finish`: the process must not exit
    /// while GDAL writes on another thread. Their error, if any, is dropped; the caller's is the one to show.
    public func abandon(_ pending: Pending) {
        _ = try? pending.wait()
    }

    /// Runs a GDAL step, turning its error into the one-line `FrontlineError` every command prints.
    private func oneLine<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as GdalError {
            let line = error.description.split(whereSeparator: \.isNewline).map {
                $0.trimmingCharacters(in: .whitespaces)
            }.joined(separator: " ")
            throw FrontlineError(line)
        }
    }

    /// GIS files being written on a background thread.
    public final class Pending: @unchecked Sendable {
        /// The relative paths reserved in the output folder.
        public let files: [String]
        private let done = DispatchSemaphore(value: 0)
        private var started = false
        // Written by the background thread before it signals `done`, read only after waiting for it.
        private var result: Result<Void, Error>?

        init(files: [String]) { self.files = files }

        fileprivate func run(_ body: @escaping @Sendable () throws -> Void) {
            started = true
            Thread.detachNewThread {
                self.result = Result(catching: body)
                self.done.signal()
            }
        }

        /// Waits for the background thread, if one was started; rethrows its error.
        fileprivate func wait() throws {
            guard started else { return }
            done.wait()
            try result?.get()
        }
    }
}
