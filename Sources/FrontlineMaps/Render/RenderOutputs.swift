import Foundation

/// The render stage of a run in one call: from the day files the geometry stage wrote, everything
/// a person opens — the QGIS project and its styles, a picture per day and the animation page.
///
/// This is the entry point the pipeline calls (after the day files exist, before `commit()`):
/// ```
/// for (path, data) in try RenderOutputs.files(slug: slug, title: ledger.title, sides: ledger.sides,
///                                            crs: geometry.crs, days: dayFiles, attribution: attribution) {
///     try writer.stage(path, data)
/// }
/// ```
public enum RenderOutputs {
    /// Every render file as (relative path, bytes), in a fixed order:
    /// `<slug>.qgs`, `styles/{territory,fronts,places,events}.qml`, `svg/YYYY-MM-DD.svg` per day
    /// file, `player.html`.
    /// - Parameters:
    ///   - slug: the run's folder name, which names the project file.
    ///   - title: the article's title, on every picture and as the project title.
    ///   - sides: the infobox's combatants.
    ///   - crs: the projected CRS the geometry used (`EPSG:32637`); the project's map CRS.
    ///   - days: each written day file with its day, in any order.
    ///   - attribution: the data credit printed on every picture.
    ///   - pictures: `false` writes only the project and styles. Pictures cost a parse and a drawing per
    ///     day file (about 0.1–0.4 s for a 10 MB day of 10,000 towns) and a page holding them all, which
    ///     suits article-sized wars, not `--snapshots` runs over thousands of places.
    /// - Throws: `FrontlineError` when there is no day or a day file is not GeoJSON; `ProjError` for a bad CRS.
    public static func files(slug: String, title: String, sides: [Side], crs: String, days: [(day: Day, data: Data)],
                             attribution: String, pictures: Bool = true) throws -> [(path: String, data: Data)] {
        let sorted = days.sorted { $0.day < $1.day }
        guard let firstDay = sorted.first, let lastDay = sorted.last else {
            throw FrontlineError("no day file to draw; the render stage needs at least one day")
        }
        // Every day file carries the run's bbox, so without pictures one parse gives the area.
        let frames = try (pictures ? sorted : [firstDay]).map { try MapFrame(day: $0.day, dayFile: $0.data) }
        let bbox = frames.dropFirst().reduce(frames[0].bbox) { $0.union($1.bbox) }
        var out: [(String, Data)] = []
        let project = try QgisProject.make(title: title, sides: sides, first: firstDay.day, last: lastDay.day, crs: crs, bbox: bbox)
        out.append(("\(slug).qgs", Data(project.utf8)))
        for (path, text) in QgisStyle.files(sides: sides) { out.append((path, Data(text.utf8))) }
        guard pictures else { return out }
        for frame in frames {
            out.append(("svg/\(frame.day.iso).svg", Data(SVGMap.document(frame: frame, title: title, sides: sides, attribution: attribution).utf8)))
        }
        out.append(("player.html", Data(AnimationPage.make(title: title, frames: frames, sides: sides, attribution: attribution).utf8)))
        return out
    }
}
