import Foundation

/// The render stage of a run in one call: from a `WarMap`, everything a person opens — the QGIS
/// project and its styles, a picture per drawn day and the player page with its data.
public enum RenderOutputs {
    /// Hands every render file to `emit` as soon as it is made, in a fixed order:
    /// `styles/{territory,fronts,places,events}.qml`, `svg/YYYY-MM-DD.svg` per picture day,
    /// `<slug>.qgs`, then `player.html` and `player-data.js` (the pictures and the player only when
    /// `map.pictures`).
    ///
    /// Streamed: each picture is drawn, handed over and dropped before the next, so memory depends on
    /// the number of places, not of days. The project's extent (the union of the pictures' areas) is
    /// gathered on the way, which is why the project comes after them.
    /// - Parameter attribution: the data credit printed on every picture.
    /// - Throws: what `emit` throws; `FrontlineError` when the map has no written day; `ProjError` when
    ///   the map's CRS cannot hold the area.
    public static func write(map: WarMap, attribution: String, _ emit: (String, Data) throws -> Void) throws {
        guard let firstDay = map.snapshotDays.first, let lastDay = map.snapshotDays.last else {
            throw FrontlineError("no day to draw; the render stage needs at least one day")
        }
        for (path, text) in QgisStyle.files(sides: map.sides) { try emit(path, Data(text.utf8)) }
        let eventsByDay = Dictionary(grouping: map.events, by: { $0.event.date.day })
        // Every day spans the whole run's area, so without pictures the first day gives it.
        let drawn = map.pictures ? map.snapshots(on: map.pictureDays) : map.snapshots(on: [firstDay])
        var bbox: MapBounds?
        let cache = SVGContextCache()
        for snapshot in drawn {
            let frame = MapFrame(map: map, snapshot: snapshot, events: eventsByDay[snapshot.day] ?? [])
            bbox = bbox.map { $0.union(frame.bbox) } ?? frame.bbox
            guard map.pictures else { continue }
            let svg = SVGMap.document(
                frame: frame, title: map.title, sides: map.sides, attribution: attribution, context: map.context,
                cache: cache)
            try emit("svg/\(frame.day.iso).svg", Data(svg.utf8))
        }
        let credit = [
            attribution, map.context?.attribution ?? "",
            QgisContext.osmCredit + " (the OpenStreetMap layer, off by default)",
        ].joined(separator: " ")
        let project = try QgisProject.make(
            title: map.title, sides: map.sides, first: firstDay, last: lastDay, crs: map.crs,
            bbox: bbox ?? PlayerData.bbox(map), geoPackage: map.projectGeoPackage,
            context: map.context, credit: credit)
        try emit("\(map.slug).qgs", Data(project.utf8))
        guard map.pictures else { return }
        let canvas = MapCanvas(bbox: PlayerData.bbox(map))
        try emit(
            "player.html",
            Data(
                AnimationPage.make(
                    title: map.title, sides: map.sides, attribution: attribution, canvas: canvas, firstDay: firstDay,
                    context: map.context
                ).utf8))
        try emit(PlayerData.fileName, Data(PlayerData.make(map: map, canvas: canvas).utf8))
    }

    /// Every render file as (relative path, bytes), in `write`'s order: for tests and small maps.
    public static func files(map: WarMap, attribution: String) throws -> [(path: String, data: Data)] {
        var out: [(path: String, data: Data)] = []
        try write(map: map, attribution: attribution) { out.append(($0, $1)) }
        return out
    }
}
