import Foundation

/// The render stage of a run in one call: from a `WarMap`, everything a person opens — the QGIS
/// project and its styles, a picture per written day and the animation page.
public enum RenderOutputs {
    /// Every render file as (relative path, bytes), in a fixed order:
    /// `<slug>.qgs`, `styles/{territory,fronts,places,events}.qml`, `svg/YYYY-MM-DD.svg` per written
    /// day, `player.html` (the pictures only when `map.pictures`: they cost a drawing per day and a page
    /// holding them all, which suits article-sized wars, not `snapshots` runs over thousands of places).
    /// - Parameter attribution: the data credit printed on every picture.
    /// - Throws: `FrontlineError` when the map has no written day; `ProjError` when the map's CRS cannot
    ///   hold the area.
    public static func files(map: WarMap, attribution: String) throws -> [(path: String, data: Data)] {
        guard let firstDay = map.snapshotDays.first, let lastDay = map.snapshotDays.last else {
            throw FrontlineError("no day to draw; the render stage needs at least one day")
        }
        let eventsByDay = Dictionary(grouping: map.events, by: { $0.event.date.day })
        // Every day spans the whole run's area, so without pictures the first day gives it.
        let snapshots = map.pictures ? Array(map.snapshots()) : Array(map.snapshots().prefix(1))
        let frames = snapshots.map { MapFrame(map: map, snapshot: $0, events: eventsByDay[$0.day] ?? []) }
        let bbox = frames.dropFirst().reduce(frames[0].bbox) { $0.union($1.bbox) }
        var out: [(String, Data)] = []
        let credit = [attribution, map.context?.attribution ?? "", QgisContext.osmCredit + " (the OpenStreetMap layer, off by default)"].joined(separator: " ")
        let project = try QgisProject.make(title: map.title, sides: map.sides, first: firstDay, last: lastDay, crs: map.crs, bbox: bbox,
                                           context: map.context, credit: credit)
        out.append(("\(map.slug).qgs", Data(project.utf8)))
        for (path, text) in QgisStyle.files(sides: map.sides) { out.append((path, Data(text.utf8))) }
        guard map.pictures else { return out }
        let cache = SVGContextCache()
        for frame in frames {
            out.append(("svg/\(frame.day.iso).svg", Data(SVGMap.document(frame: frame, title: map.title, sides: map.sides, attribution: attribution,
                                                                           context: map.context, cache: cache).utf8)))
        }
        out.append(("player.html", Data(AnimationPage.make(title: map.title, frames: frames, sides: map.sides, attribution: attribution).utf8)))
        return out
    }
}
