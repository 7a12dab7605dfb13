import Foundation

extension Gazetteer {
    /// Loads the gazetteer directory (`places.tsv`, `spellings.tsv`, `boundaries.geojson`) and any user
    /// files, each either in the `places.tsv` format or a GeoNames country dump (told apart by the first
    /// line: a header with an `id` column, or 19 columns starting with a number).
    ///
    /// - Throws: `FrontlineError` naming `file:line:col` for a bad row, or the missing file and the
    ///   command that rebuilds it.
    public static func load(directory: URL, extra: [URL] = []) throws -> Gazetteer {
        var builder = GazetteerBuilder()
        let places = directory.appendingPathComponent("places.tsv")
        guard FileManager.default.fileExists(atPath: places.path) else {
            throw FrontlineError.data(Diagnostic(.error, "no gazetteer at \(places.path)"), hint: .buildData)
        }
        try read(places) { try builder.addPlaces($0) }
        let spellings = directory.appendingPathComponent("spellings.tsv")
        if FileManager.default.fileExists(atPath: spellings.path) {
            try read(spellings) { try builder.addSpellings($0) }
        }
        for url in extra {
            try read(url) { r in
                switch format(of: r) {
                case .places: try builder.addPlaces(r)
                case .geoNamesDump: try builder.addGeoNamesDump(r)
                case .unknown:
                    throw FrontlineError(
                        "\(url.path) is neither a places.tsv-style gazetteer (a header with id, name, lat, lon) nor a "
                            + "GeoNames dump (19 tab-separated columns, the first a GeoNames id)",
                        at: SourceLocation(file: url.path, line: 1, column: 1))
                }
            }
        }
        let outlines = directory.appendingPathComponent("boundaries.geojson")
        return builder.finish(boundaries: FileManager.default.fileExists(atPath: outlines.path) ? outlines : nil)
    }

    enum FileFormat { case places, geoNamesDump, unknown }

    /// Decides a user file's format from its first line.
    static func format(of file: DelimitedTextReader) -> FileFormat {
        let firstLine = file.bytes.prefix { $0 != 0x0A }
        var reader = DelimitedTextReader(
            bytes: UnsafeBufferPointer(rebasing: firstLine), file: file.file, dialect: .tabs)
        guard let fields = try? reader.nextRecord() else { return .unknown }
        if Set(fields.map(reader.string)).isSuperset(of: ["id", "name", "lat", "lon"]) { return .places }
        if fields.count >= 15, reader.count(fields[0]) != nil { return .geoNamesDump }
        return .unknown
    }

    /// Calls `body` with a tab-separated reader over the file at `url`.
    private static func read(_ url: URL, _ body: (DelimitedTextReader) throws -> Void) throws {
        let bytes: [UInt8]?
        do {
            // Read once into one buffer (no Data, no second copy); a FIFO or /dev/stdin works too.
            bytes = try InputFile.readBytes(url.path, limit: Int.max)
        } catch let error as FrontlineError {
            throw FrontlineError("cannot read \(url.path): \(error.diagnostic.message)")
        }
        try (bytes ?? []).withUnsafeBufferPointer { buffer in
            try body(DelimitedTextReader(bytes: buffer, file: url.path, dialect: .tabs))
        }
    }
}
