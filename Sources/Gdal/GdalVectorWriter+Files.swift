import CGDAL
import Foundation

/// GeoPackage and FlatGeobuf: written to a temporary file in the target's folder, then renamed over the
/// target (`rename(2)` is atomic within one file system), so a failure or a kill leaves the previous
/// file intact and never a half-written one under the real name.
extension GdalVectorWriter {
    static func writeGeoPackage(_ layers: [VectorLayer], to url: URL, trap: ErrorTrap) throws {
        try writeGeoPackage(layerCount: layers.count, { StreamedLayer(layers[$0]) }, to: url, trap: trap)
    }

    /// The GeoPackage of `layerCount` layers made one at a time by `makeLayer`, each layer's features
    /// checked and written as its source makes them, one at a time.
    static func writeGeoPackage(
        layerCount: Int, _ makeLayer: (Int) throws -> StreamedLayer, to url: URL, trap: ErrorTrap
    ) throws {
        // The GeoPackage driver stamps `gpkg_contents.last_change` (and the like) with the clock unless
        // OGR_CURRENT_DATE says otherwise: a fixed instant makes the same layers the same bytes, so a
        // regenerated file differs only when its content does. A value the caller set is kept.
        // CPLGetConfigOption returns the default when unset; CPLSetConfigOption cannot fail.
        if CPLGetConfigOption("OGR_CURRENT_DATE", nil) == nil {
            CPLSetConfigOption("OGR_CURRENT_DATE", fixedTimestamp)
        }
        try atomically(url, temporaryExtension: "gpkg", sidecars: ["-journal", "-wal", "-shm"]) { temporary in
            let dataset = try Dataset.create(driver: "GPKG", path: temporary, trap: trap)
            let srs = try SpatialReference(epsg: 4326, trap: trap)
            // One SQLite transaction for everything: far faster than one per feature.
            try dataset.startTransaction(trap: trap)
            var names = Set<String>()
            // The layers without their features, for the styles table written after them.
            var shells: [VectorLayer] = []
            for i in 0..<layerCount {
                let streamed = try makeLayer(i)
                var shell = streamed.layer
                shell.features = []
                try validateHeader(shell)
                guard names.insert(shell.name).inserted else {
                    throw GdalError.invalidInput("two layers are named '\(shell.name)'")
                }
                var options = ["GEOMETRY_NAME=\(geometryColumn)", "FID=\(fidColumn)", "SPATIAL_INDEX=YES"]
                if !shell.description.isEmpty { options.append("DESCRIPTION=\(shell.description)") }
                let ogrLayer = try create(shell, in: dataset, srs: srs, options: options, trap: trap)
                var n = 0
                try streamed.forEachFeature { feature in
                    try validate(feature, number: n, in: shell)
                    try write(feature, number: n, of: shell, to: ogrLayer, trap: trap)
                    n += 1
                }
                shells.append(shell)
            }
            let styled = shells.filter { $0.style != nil }
            if !styled.isEmpty { try addLayerStyles(styled, to: dataset, trap: trap) }
            try dataset.commitTransaction(trap: trap)
            try dataset.close(trap: trap)
        }
    }

    /// The instant written wherever GeoPackage wants "now": the GeoPackage epoch-free 2000-01-01.
    static let fixedTimestamp = "2000-01-01T00:00:00.000Z"

    static func writeFlatGeobuf(_ layers: [VectorLayer], in directory: URL, trap: ErrorTrap) throws {
        for layer in layers {
            let url = directory.appendingPathComponent("\(layer.name).fgb")
            try atomically(url, temporaryExtension: "fgb", sidecars: []) { temporary in
                let dataset = try Dataset.create(driver: "FlatGeobuf", path: temporary, trap: trap)
                let srs = try SpatialReference(epsg: 4326, trap: trap)
                try add(layer, to: dataset, srs: srs, options: ["SPATIAL_INDEX=YES"], trap: trap)
                // FlatGeobuf sorts the features and writes its R-tree while closing.
                try dataset.close(trap: trap)
            }
        }
    }

    /// Runs `body` with a temporary path beside `url`, then renames it over `url`; on any failure the
    /// temporary file and `sidecars` (SQLite's journal files) are removed.
    /// - Throws: `GdalError.io` when the folder is missing or the rename fails, or whatever `body` throws.
    static func atomically(_ url: URL, temporaryExtension: String, sidecars: [String], _ body: (String) throws -> Void)
        throws
    {
        let target = url.standardizedFileURL
        let folder = target.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw GdalError.io("cannot write \(target.path): folder \(folder.path) does not exist")
        }
        // Hidden, unique, and with the driver's extension (GDAL warns about others).
        let temporary = folder.appendingPathComponent(
            ".\(target.lastPathComponent).\(UUID().uuidString.prefix(8).lowercased()).tmp.\(temporaryExtension)"
        ).path
        var renamed = false
        defer {
            if !renamed {
                for path in [temporary] + sidecars.map({ temporary + $0 }) { unlink(path) }
            }
        }
        try body(temporary)
        // rename returns -1 and sets errno when it fails (another file system, permissions).
        guard rename(temporary, target.path) == 0 else {
            throw GdalError.io("cannot rename \(temporary) to \(target.path): \(String(cString: strerror(errno)))")
        }
        renamed = true
    }

    /// Creates the `layer_styles` table QGIS reads when it opens a GeoPackage layer, with one default
    /// style per styled layer. Made as an OGR attribute layer so it is registered in `gpkg_contents`
    /// like the one QGIS itself creates; the columns are QGIS's.
    static func addLayerStyles(_ layers: [VectorLayer], to dataset: Dataset, trap: ErrorTrap) throws {
        let table = try dataset.createLayer(
            name: "layer_styles", srs: nil, type: wkbNone, options: ["FID=id"], trap: trap)
        let text: [(String, Int32)] = [
            ("f_table_catalog", 256), ("f_table_schema", 256), ("f_table_name", 256), ("f_geometry_column", 256),
            ("styleName", 30), ("styleQML", 0), ("styleSLD", 0),
        ]
        for (name, width) in text { try table.addField(name: name, type: OFTString, width: width, trap: trap) }
        try table.addField(name: "useAsDefault", type: OFTInteger, subType: OFSTBoolean, trap: trap)
        for (name, width) in [("description", Int32(0)), ("owner", 30), ("ui", 30)] {
            try table.addField(name: name, type: OFTString, width: width, trap: trap)
        }
        try table.addField(name: "update_time", type: OFTDateTime, trap: trap)
        for layer in layers {
            guard let style = layer.style else { continue }
            let row = try table.makeFeature()
            let values: [FieldValue] = [
                .string(""), .string(""), .string(layer.name),
                .string(layer.geometryType == .none ? "" : geometryColumn),
                .string(style.name), .string(style.qml), .string(style.sld), .integer(1),
                .string(style.description), .string(""), .null, .null,
            ]
            for (i, value) in values.enumerated() { row.set(Int32(i), value) }
            try table.create(row, trap: trap)
        }
    }
}
