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
        try builder.addPlaces(reader(places))
        let spellings = directory.appendingPathComponent("spellings.tsv")
        if FileManager.default.fileExists(atPath: spellings.path) {
            try builder.addSpellings(reader(spellings))
        }
        for url in extra {
            let r = try reader(url)
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
        let outlines = directory.appendingPathComponent("boundaries.geojson")
        return builder.finish(boundaries: FileManager.default.fileExists(atPath: outlines.path) ? outlines : nil)
    }

    enum FileFormat { case places, geoNamesDump, unknown }

    /// Decides a user file's format from its first line.
    static func format(of file: TabSeparatedReader) -> FileFormat {
        let firstLine = file.bytes.prefix { $0 != 0x0A && $0 != 0 }
        let reader = TabSeparatedReader(bytes: Array(firstLine), path: file.path)
        var result = FileFormat.unknown
        reader.forEachLine { _, _, fields in
            let names = Set(fields.map(reader.string))
            if names.isSuperset(of: ["id", "name", "lat", "lon"]) {
                result = .places
            } else if fields.count >= 15, reader.int(fields[0]) != nil {
                result = .geoNamesDump
            }
        }
        return result
    }

    private static func reader(_ url: URL) throws -> TabSeparatedReader {
        let bytes: [UInt8]?
        do {
            // Read once into a buffer with room for the reader's NUL (no Data, no second copy); a FIFO or
            // /dev/stdin works too.
            bytes = try InputFile.readBytes(url.path, limit: Int.max, spare: 1)
        } catch let error as FrontlineError {
            throw FrontlineError("cannot read \(url.path): \(error.diagnostic.message)")
        }
        return TabSeparatedReader(bytes: bytes ?? [], path: url.path)
    }
}
