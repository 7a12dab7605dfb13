/// The whole period as one offline HTML page: the map drawn for any day from `player-data.js` beside
/// it (see `PlayerData`), a day slider, play/pause, speed, day and event steps, the date large, the
/// legend, and the state of a town (with the sentences behind it) under the pointer. No web address,
/// font, tile or fetch, so the folder works from a USB stick; the data is a `<script src>`, which
/// browsers load from `file://`.
///
/// The page is code and styles only (a few tens of KB whatever the war's length): the chrome around
/// the map is the same SVG as the pictures' (`SVGMap.page`), and the map itself is a canvas the script
/// fills from the cells and each place's periods, so a day costs a few thousand path segments to draw
/// rather than a picture per day in the page. The drawing is a list of layers in `drawLayers`, each a
/// function of the day's states, so another layer (borders, towns) can be added beside them.
public enum AnimationPage {
    /// Milliseconds each day stays on screen while playing at 1×.
    static let dayMilliseconds = 600

    /// The page for a map drawn on `canvas`, reading `PlayerData.fileName`.
    /// - Parameters:
    ///   - title: the war's name: page title and the line above the date.
    ///   - sides: the infobox's combatants, for colours and the legend.
    ///   - attribution: the data credit under the map.
    ///   - firstDay: the first written day, shown before the script runs.
    ///   - context: borders, governorate names and towns, drawn once under the canvas (whose
    ///     territories are translucent, as in the pictures), with their legend, inset and credit.
    public static func make(
        title: String, sides: [Side], attribution: String, canvas: MapCanvas, firstDay: Day,
        context: MapContext? = nil
    ) -> String {
        let palette = SideStyle.palette(sides: sides)
        let under = context.map { SVGMap.contextLayers($0, canvas: canvas) } ?? ""
        let svg = SVGMap.page(
            canvas: canvas, palette: palette, title: title, heading: firstDay.longForm, attribution: attribution,
            content: under, headingID: "heading", context: context)
        var h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<title>\(XMLText.escape(title))</title>\n"
        h += "<style>\n" + styles + "</style>\n"
        h += "</head>\n<body data-day=\"\(firstDay.iso)\">\n<main>\n<div id=\"map\">\n" + svg
        h +=
            "<canvas id=\"canvas\" aria-label=\"Map of the day\"></canvas>\n<div id=\"tip\" role=\"status\" hidden></div>\n</div>\n"
        h += controls(firstLabel: XMLText.escape(firstDay.longForm))
        h +=
            "<section class=\"events\"><h2>Events of the day</h2><ul id=\"events\" aria-live=\"polite\"></ul></section>\n"
        h +=
            "<p id=\"missing\" hidden>The map data (\(PlayerData.fileName)) was not found beside this page; keep the two files together.</p>\n"
        h += "</main>\n<script src=\"\(PlayerData.fileName)\"></script>\n<script>\n\"use strict\";\n"
        h += "const dayMilliseconds = \(dayMilliseconds);\n"
        h += script
        h += "</script>\n</body>\n</html>\n"
        return h
    }

    /// The buttons, slider, speed and date under the map.
    static func controls(firstLabel: String) -> String {
        var h = "<div class=\"controls\">"
        h += "<button id=\"play\" type=\"button\" aria-label=\"Play\">Play</button>"
        h += "<button id=\"prev-event\" type=\"button\" title=\"Previous day with events\">&#171; Event</button>"
        h += "<button id=\"prev\" type=\"button\" title=\"Previous day\">&#9664;</button>"
        h += "<input id=\"day\" type=\"range\" min=\"0\" max=\"0\" step=\"1\" value=\"0\" aria-label=\"Day\">"
        h += "<button id=\"next\" type=\"button\" title=\"Next day\">&#9654;</button>"
        h += "<button id=\"next-event\" type=\"button\" title=\"Next day with events\">Event &#187;</button>"
        h += "<select id=\"speed\" aria-label=\"Speed\">"
        for (value, label) in [
            ("0.25", "¼×"), ("0.5", "½×"), ("1", "1×"), ("2", "2×"), ("4", "4×"), ("8", "8×"), ("16", "16×"),
        ] {
            h += "<option value=\"\(value)\"\(value == "1" ? " selected" : "")>\(label)</option>"
        }
        h += "</select>"
        h += "<output id=\"date\" for=\"day\">\(firstLabel)</output>"
        return h + "</div>\n"
    }

    /// JSON text safe inside a `<script>` element: `</` cannot end the element early.
    static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "</", with: "<\\/")
    }

    static let styles = """
        body { margin: 0; font-family: \(SVGMap.font); background: #FAFAFA; color: #202020; }
        main { max-width: 1100px; margin: 0 auto; padding: 12px; }
        #map { position: relative; }
        #map svg { width: 100%; height: auto; display: block; background: #FFFFFF; }
        #map canvas { position: absolute; }
        #tip { position: absolute; max-width: 340px; background: #FFFFFFF2; border: 1px solid #808080; padding: 6px 8px; font-size: 12px; line-height: 1.35; pointer-events: none; box-shadow: 0 1px 4px #0003; }
        #tip strong { font-size: 13px; }
        #tip p { margin: 4px 0 0; color: #404040; }
        .controls { display: flex; align-items: center; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
        .controls input[type=range] { flex: 1; min-width: 200px; }
        .controls button { min-width: 2.5em; font-size: 1em; padding: 4px 8px; }
        .controls #play { min-width: 5em; }
        .controls output { min-width: 11em; font-size: 1.3em; font-weight: bold; font-variant-numeric: tabular-nums; }
        .events h2 { font-size: 1em; margin: 16px 0 4px; }
        .events ul { margin: 0; padding-left: 1.2em; line-height: 1.4; }
        .events li.quiet { list-style: none; color: #707070; margin-left: -1.2em; }

        """
}
