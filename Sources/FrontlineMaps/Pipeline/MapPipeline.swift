import Foundation
import Proj

/// From a ledger to the files of `maps/<article>/`: the last stages, run in order.
///
/// First version: control per place per day from the control events alone, written as place Points.
public enum MapPipeline {
    public struct Result: Sendable {
        public var files: [String]
        public var diagnostics: [Diagnostic]
    }

    /// Builds every output file and stages it in `writer`; the caller commits.
    /// - Throws: `FrontlineError` when the ledger has no dated event, `ProjError` when the CRS is bad.
    public static func run(ledger: Ledger, resolver: any PlaceResolver, options: MapOptions, writer: OutputWriter) throws -> Result {
        var diagnostics: [Diagnostic] = []
        let events = ledger.events.sorted { ($0.date.day, $0.id) < ($1.date.day, $1.id) }
        guard let first = events.first?.date.day, let last = events.last?.date.day else {
            throw FrontlineError("the ledger holds no dated event; nothing to map")
        }
        // Places: every resolved place an event names, once.
        var places: [String: (name: String, at: LonLat)] = [:]
        for e in events {
            if let id = e.placeID, let lat = e.latitude, let lon = e.longitude { places[id] = places[id] ?? (e.placeName, LonLat(lon: lon, lat: lat)) }
        }
        for name in Set(events.filter { $0.placeID == nil }.map(\.placeName)).sorted() {
            diagnostics.append(Diagnostic(.warning, "place '\(name)' is not in the gazetteer; its events stay in the ledger but it is left off the map"))
        }
        let ids = places.keys.sorted()
        // Project once to check the CRS and the coordinates: a bad --crs fails before anything is written.
        let centroid = LonLat(lon: ids.map { places[$0]!.at.lon }.reduce(0, +) / Double(max(ids.count, 1)),
                              lat: ids.map { places[$0]!.at.lat }.reduce(0, +) / Double(max(ids.count, 1)))
        let crs = options.crs ?? Transformation.utmCRS(lon: centroid.lon, lat: centroid.lat)
        let toMetres = try Transformation(from: "EPSG:4326", to: crs, context: ProjContext())
        var xs = ids.map { places[$0]!.at.lon }, ys = ids.map { places[$0]!.at.lat }
        try toMetres.forward(&xs, &ys)

        var state: [String: (side: Int?, contested: Bool)] = [:]
        var byDay: [Day: [Event]] = [:]
        for e in events where e.type.changesControl && e.placeID != nil { byDay[e.date.day, default: []].append(e) }
        var files: [String] = []
        var day = first
        while day <= last {
            for e in byDay[day] ?? [] {
                switch e.type {
                case .partialCapture, .enteredRepelled: state[e.placeID!] = (nil, true)
                case .withdrawal: state[e.placeID!] = (ledger.sides.first { $0.number != e.side }?.number, false)
                default: state[e.placeID!] = (e.side, false)
                }
            }
            var features: [JSONValue] = []
            for id in ids {
                let s = state[id]
                let side = s?.side.map { "combatant\($0)" } ?? (s?.contested == true ? "contested" : "unknown")
                features.append(GeoJSON.feature(geometry: GeoJSON.point(places[id]!.at), properties: [
                    ("kind", "place"), ("name", .string(places[id]!.name)), ("place_id", .string(id)), ("side", .string(side)),
                    ("controller", .string(ledger.side(s?.side)?.name)), ("date", .string(day.iso)),
                ]))
            }
            let path = "days/\(day.iso).geojson"
            try writer.stage(path, text: GeoJSON.fileText(GeoJSON.collection(features)))
            files.append(path)
            day = day + 1
        }
        return Result(files: files, diagnostics: diagnostics)
    }
}
