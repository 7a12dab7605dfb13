import Foundation
import Proj

extension WarMap {
    /// Every output file, each handed to `sink` as soon as it is complete (never two calls at once):
    /// the day files, the timeline layers, `events.geojson`, `unresolved-places.csv` and `context/*.geojson` in that order,
    /// and, alongside them from a second thread, the styles, the pictures, the QGIS project and the
    /// player (see `RenderOutputs.write`). Nothing is kept once handed over, so a long war never holds
    /// its days at once.
    /// - Returns: the relative paths written, sorted.
    /// - Throws: what `sink` throws; `FrontlineError` when the CRS cannot hold the places' extent.
    public func files(_ sink: (String, Data) throws -> Void) throws -> [String] {
        var files: [String] = []
        var failure: Error?
        let lock = NSLock()
        // The day files and the pictures are written side by side (two walks over the days); `sink`
        // is called by one of them at a time, and once it has failed the other walk stops too.
        func emit(_ path: String, _ data: Data) throws {
            lock.lock()
            defer { lock.unlock() }
            if let failure { throw failure }
            do {
                try sink(path, data)
            } catch {
                failure = error
                throw error
            }
            files.append(path)
        }
        let layers = GeoJSONLayers(self)
        try SideBySide.run(
            {
                do {
                    try RenderOutputs.write(map: self, attribution: Gazetteer.attribution, emit)
                } catch let error as ProjError {
                    throw extentError(error)
                }
            },
            {
                try layers.writeDaysAndTimeline(emit)
                try emit("timeline-places.geojson", layers.timelinePlaces())
                try emit("events.geojson", layers.events())
                try emit("unresolved-places.csv", Data(unresolvedPlacesCSV.utf8))
                if let context { for (path, data) in ContextGeoJSON.files(context) { try emit(path, data) } }
            })
        // Side by side, the two walks interleave: the order handed out is fixed again here.
        return files.sorted()
    }

    /// Stages every output file in `writer`; the caller commits.
    /// - Returns: the relative paths written.
    @discardableResult
    public func write(to writer: OutputWriter) throws -> [String] {
        try files { path, data in try writer.stage(path, data) }
    }

    /// Writes every output file into `folder`, whole or not at all (see `OutputWriter`): files of an
    /// earlier run there are replaced or removed, files a person put there are kept.
    /// - Returns: the relative paths written.
    /// - Throws: `FrontlineError.output` when the folder cannot be used or written.
    @discardableResult
    public func write(toFolder folder: URL) throws -> [String] {
        let writer = try OutputWriter(root: folder, folders: Frontline.outputFolders)
        let files = try write(to: writer)
        try writer.commit()
        return files
    }

    /// `unresolved-places.csv`: a header-only file when every place resolved.
    var unresolvedPlacesCSV: String {
        var text = "place_name,event_ids,source_lines,control,suggestions\n"
        for p in unresolvedPlaces {
            text +=
                [
                    p.name, p.eventIDs.joined(separator: " "), p.lines.map(String.init).joined(separator: " "),
                    p.control,
                    p.suggestions.joined(separator: "; "),
                ]
                .map(LedgerCSV.cell).joined(separator: ",") + "\n"
        }
        return text
    }

    /// The QGIS project's extent (the box around every place) cannot be projected: the error names
    /// the places on its edges.
    func extentError(_ error: ProjError) -> FrontlineError {
        let input = ledger.events.lazy.compactMap(\.sourceLocation).first?.file ?? "the ledger"
        let places = timeline.places.map(\.place)
        var edges: [TimelinePlace] = []
        for p in [
            places.min { $0.position.lon < $1.position.lon }, places.max { $0.position.lon < $1.position.lon },
            places.min { $0.position.lat < $1.position.lat }, places.max { $0.position.lat < $1.position.lat },
        ].compactMap({ $0 })
        where !edges.contains(where: { $0.id == p.id }) { edges.append(p) }
        let named = edges.map { p -> String in
            let at = ledger.events.first { $0.placeID == p.id }?.sourceLocation.map { ", \($0)" } ?? ""
            return "'\(p.name)' (place_id \(p.id), latitude \(p.position.lat), longitude \(p.position.lon)\(at))"
        }
        return .projection(
            Diagnostic(
                .error,
                "the extent of the places of \(input) cannot be projected to \(crs) (\(error)); the places on its edges are \(named.joined(separator: ", ")); check their coordinates"
            ),
            hint: .chooseCRS(covering: "them"))
    }
}
