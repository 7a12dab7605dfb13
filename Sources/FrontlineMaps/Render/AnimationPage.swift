/// The whole period as one offline HTML page: the map of each day in a single inline SVG, a day
/// slider, a play button and the date; no external file, font, tile or script, so it works from a
/// USB stick or an e-mail attachment.
///
/// Each distinct day picture is written once and days that look the same share it, so a long quiet
/// period costs nothing; which picture a day shows is a small inline array. Without JavaScript the
/// first day is shown.
public enum AnimationPage {
    /// Milliseconds each day stays on screen while playing.
    static let dayMilliseconds = 600

    /// The page for `frames` (one per day, in day order; the first frame's bbox frames them all).
    /// - Parameters:
    ///   - title: the war's name: page title and the line above the date.
    ///   - sides: the infobox's combatants, for colours and the legend.
    ///   - attribution: the data credit under the map.
    public static func make(title: String, frames: [MapFrame], sides: [Side], attribution: String) -> String {
        let frames = frames.sorted { $0.day < $1.day }
        let bbox = frames.dropFirst().reduce(frames.first?.bbox ?? MapBounds(west: 0, south: 0, east: 1, north: 1)) { $0.union($1.bbox) }
        let canvas = MapCanvas(bbox: bbox)
        let palette = SideStyle.palette(sides: sides)

        // One <g> per distinct picture, in order of first appearance: deterministic and deduplicated.
        var pictureIndex: [String: Int] = [:]
        var pictures: [String] = []
        var dayPicture: [Int] = []
        for frame in frames {
            let content = SVGMap.layers(frame, canvas: canvas, palette: palette)
            if let i = pictureIndex[content] {
                dayPicture.append(i)
            } else {
                pictureIndex[content] = pictures.count
                dayPicture.append(pictures.count)
                pictures.append(content)
            }
        }
        var groups = ""
        for (i, content) in pictures.enumerated() {
            groups += "<g id=\"picture-\(i)\" class=\"picture\"\(i == (dayPicture.first ?? 0) ? "" : " style=\"display:none\"")>\n" + content + "</g>\n"
        }
        let firstHeading = frames.first?.day.longForm ?? ""
        let svg = SVGMap.page(canvas: canvas, palette: palette, title: title, heading: firstHeading, attribution: attribution,
                              content: groups, headingID: "heading")

        let days = JSONValue.array(frames.map { .string($0.day.iso) }).serialized()
        let labels = JSONValue.array(frames.map { .string($0.day.longForm) }).serialized()
        let pictureOfDay = JSONValue.array(dayPicture.map { .int($0) }).serialized()
        // The day's events as plain text pairs (summary, sentence); the script writes them with
        // textContent, so nothing from the article is ever parsed as HTML.
        let notes = JSONValue.array(frames.map { frame in
            .array(frame.events.map { .array([.string($0.summary), .string($0.sentence ?? "")]) })
        }).serialized()
        let lastIndex = max(frames.count - 1, 0)

        var h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<title>\(XMLText.escape(title))</title>\n"
        h += """
        <style>
        body { margin: 0; font-family: \(SVGMap.font); background: #FAFAFA; color: #202020; }
        main { max-width: 1100px; margin: 0 auto; padding: 12px; }
        #map svg { width: 100%; height: auto; display: block; background: #FFFFFF; }
        .controls { display: flex; align-items: center; gap: 12px; margin-top: 8px; }
        .controls input[type=range] { flex: 1; }
        .controls button { min-width: 5em; font-size: 1em; padding: 4px 10px; }
        .controls output { min-width: 11em; font-variant-numeric: tabular-nums; }
        .events h2 { font-size: 1em; margin: 16px 0 4px; }
        .events ul { margin: 0; padding-left: 1.2em; line-height: 1.4; }
        .events li.quiet { list-style: none; color: #707070; margin-left: -1.2em; }
        </style>

        """
        h += "</head>\n<body data-day=\"\(frames.first?.day.iso ?? "")\">\n<main>\n<div id=\"map\">\n" + svg + "</div>\n"
        h += "<div class=\"controls\">"
        h += "<button id=\"play\" type=\"button\" aria-label=\"Play\">Play</button>"
        h += "<input id=\"day\" type=\"range\" min=\"0\" max=\"\(lastIndex)\" step=\"1\" value=\"0\" aria-label=\"Day\">"
        h += "<output id=\"date\" for=\"day\">\(XMLText.escape(firstHeading))</output>"
        h += "</div>\n<section class=\"events\"><h2>Events of the day</h2><ul id=\"events\" aria-live=\"polite\"></ul></section>\n"
        h += "</main>\n<script>\n"
        h += "\"use strict\";\n"
        h += "const days = \(scriptSafe(days));\n"
        h += "const labels = \(scriptSafe(labels));\n"
        h += "const pictureOfDay = \(pictureOfDay);\n"
        h += "const notes = \(scriptSafe(notes));\n"
        h += """
        const slider = document.getElementById("day");
        const button = document.getElementById("play");
        const dateOutput = document.getElementById("date");
        const heading = document.getElementById("heading");
        let shown = pictureOfDay[0];
        let timer = null;
        function show(i) {
          i = Math.max(0, Math.min(days.length - 1, i));
          const picture = pictureOfDay[i];
          if (picture !== shown) {
            document.getElementById("picture-" + shown).style.display = "none";
            document.getElementById("picture-" + picture).style.display = "";
            shown = picture;
          }
          slider.value = String(i);
          dateOutput.textContent = labels[i];
          heading.textContent = labels[i];
          document.body.dataset.day = days[i];
          const list = document.getElementById("events");
          list.replaceChildren();
          for (const [summary, sentence] of notes[i]) {
            const item = document.createElement("li");
            const head = document.createElement("strong");
            head.textContent = summary;
            item.appendChild(head);
            if (sentence) { item.appendChild(document.createTextNode(" — " + sentence)); }
            list.appendChild(item);
          }
          if (notes[i].length === 0) {
            const item = document.createElement("li");
            item.className = "quiet";
            item.textContent = "No event reported on this day.";
            list.appendChild(item);
          }
        }
        function stop() {
          if (timer !== null) { clearInterval(timer); timer = null; }
          button.textContent = "Play";
          button.setAttribute("aria-label", "Play");
        }
        function play() {
          if (Number(slider.value) >= days.length - 1) { show(0); }
          button.textContent = "Pause";
          button.setAttribute("aria-label", "Pause");
          timer = setInterval(function () {
            const next = Number(slider.value) + 1;
            if (next >= days.length) { stop(); return; }
            show(next);
          }, \(dayMilliseconds));
        }
        slider.addEventListener("input", function () { stop(); show(Number(slider.value)); });
        button.addEventListener("click", function () { if (timer === null) { play(); } else { stop(); } });
        show(0);

        """
        h += "</script>\n</body>\n</html>\n"
        return h
    }

    /// JSON text safe inside a `<script>` element: `</` cannot end the element early.
    static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "</", with: "<\\/")
    }
}
