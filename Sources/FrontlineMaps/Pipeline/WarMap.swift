import Foundation
import Proj

/// A mapped war: the ledger, who held each place over time, and the geometry every output draws.
public struct WarMap {
    public var ledger: Ledger
    public var timeline: ControlTimeline
    let geometry: MapGeometry
    public var options: MapOptions
    /// `unresolved-places.csv`.
    var unresolvedReport: String
    /// What the stages noticed, in stage order.
    public var diagnostics: [Diagnostic]

    /// Every output file, each handed to `sink` as soon as it is complete (so large runs never hold
    /// all files at once), in a fixed order.
    /// - Returns: the relative paths written.
    /// - Throws: what `sink` throws; `FrontlineError` when the CRS cannot hold the places' extent.
    public func files(_ sink: (String, Data) throws -> Void) throws -> [String] {
        let writer = LayerWriter(ledger: ledger, timeline: timeline, geometry: geometry, options: options)
        var files: [String] = []
        // The render stage draws from the day files; without pictures it needs only one (for the area).
        var dayFiles: [(day: Day, data: Data)] = []
        func emit(_ path: String, _ data: Data) throws {
            try sink(path, data)
            files.append(path)
            if path.hasPrefix("days/"), options.pictures || dayFiles.isEmpty,
               let day = Day(iso: path.dropFirst("days/".count).prefix(10)) {
                dayFiles.append((day, data))
            }
        }
        try writer.writeDaysAndTimeline(emit)
        try emit("timeline-places.geojson", writer.timelinePlaces())
        try emit("events.geojson", writer.events())
        try emit("unresolved-places.csv", Data(unresolvedReport.utf8))
        let rendered: [(path: String, data: Data)]
        do {
            rendered = try RenderOutputs.files(slug: options.slug ?? "map", title: ledger.title, sides: ledger.sides, crs: geometry.crs,
                                               days: dayFiles, attribution: Gazetteer.attribution, pictures: options.pictures)
        } catch let error as ProjError {
            // The QGIS project's extent: the box around every place. Name the places on its edges.
            let input = ledger.events.lazy.compactMap(\.sourceLocation).first?.file ?? "the ledger"
            let places = timeline.places.map(\.place)
            var edges: [TimelinePlace] = []
            for p in [places.min { $0.position.lon < $1.position.lon }, places.max { $0.position.lon < $1.position.lon },
                      places.min { $0.position.lat < $1.position.lat }, places.max { $0.position.lat < $1.position.lat }].compactMap({ $0 })
            where !edges.contains(where: { $0.id == p.id }) { edges.append(p) }
            let named = edges.map { p -> String in
                let at = ledger.events.first { $0.placeID == p.id }?.sourceLocation.map { ", \($0)" } ?? ""
                return "'\(p.name)' (place_id \(p.id), latitude \(p.position.lat), longitude \(p.position.lon)\(at))"
            }
            throw FrontlineError("the extent of the places of \(input) cannot be projected to \(geometry.crs) (\(error)); the places on its edges are \(named.joined(separator: ", ")); check their coordinates, or pass --crs with a projected CRS that covers them")
        }
        for (path, data) in rendered {
            try emit(path, data)
        }
        return files
    }

    /// Stages every output file in `writer`; the caller commits.
    /// - Returns: the relative paths written.
    @discardableResult
    public func write(to writer: OutputWriter) throws -> [String] {
        try files { path, data in try writer.stage(path, data) }
    }
}
