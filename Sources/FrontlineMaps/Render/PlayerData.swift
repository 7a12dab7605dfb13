/// `player-data.js`: the whole war for the player page in a compact form it draws any day from —
/// the cells once, each place's periods, the day's events — so its size grows with places, periods
/// and events, never with days × places as a page of per-day pictures did.
///
/// A script file (not JSON) so the page can load it with `<script src>` from `file://`, where a
/// browser refuses `fetch`. Every number is an integer (pixels in tenths) and every list is in a fixed
/// order, so the same map gives the same bytes.
///
/// The layout, one global `FRONTLINE_PLAYER` object:
/// - `first` (ISO day), `days` (each written day as days after `first`);
/// - `keys` (state code → side key: 0 `unknown`, 1 `contested`, n + 1 `combatant<n>`), `palette`
///   (`[key, label, fill, stroke, hatched]` in legend order);
/// - `size` and `map` (the picture and its map area in pixels, as `SVGMap.page` lays them out);
/// - `xy` (cell vertices, tenths of a pixel), `cells` (`[place, v, v, …, -1, v, …]`: rings split by -1),
///   `edges` (`[a, b, leftCell, rightCell]` flattened; right -1 on the outer boundary);
/// - `places` (`[id, name, x, y]`), `labels` (`[x, y, anchor]` per place, empty above
///   `SVGMap.maximumLabels`), `periods` (per place `[start, code, flags, note, note, …]`);
/// - `notes` (distinct source sentences), `events` (`[day, x, y, radius, firm, summary, note]`, by day).
enum PlayerData {
    /// The global the page reads.
    static let globalName = "FRONTLINE_PLAYER"
    /// The file's name beside `player.html`.
    static let fileName = "player-data.js"

    /// The area the player draws: every place, every cell corner and every event, so no day can fall
    /// outside it whatever it holds.
    static func bbox(_ map: WarMap) -> MapBounds {
        var points = map.timeline.places.map { $0.place.position.onOutputGrid }
        for c in 0..<map.geometry.mesh.cellCount where map.geometry.placeOfCell[c] >= 0 {
            for e in map.geometry.mesh.cellEdges[c] {
                points.append(map.geometry.vertexLonLat[Int(map.geometry.mesh.heFrom[Int(e)])])
            }
        }
        points += map.events.map(\.position)
        return MapBounds(covering: points) ?? MapBounds(west: 0, south: 0, east: 0, north: 0)
    }

    /// The script's text for `map` drawn on `canvas`.
    static func make(map: WarMap, canvas: MapCanvas) -> String {
        var notes = NoteTable()
        let first = map.timeline.first
        var s = "// Frontline player data: written by frontline map, read by player.html beside it.\n"
        s += "window.\(globalName) = {\n"
        s += "\"first\": \(string(first.iso)),\n"
        s += "\"days\": [" + map.snapshotDays.map { String($0 - first) }.joined(separator: ",") + "],\n"
        let maxSide = max(map.sides.map(\.number).max() ?? 0, 0)
        s +=
            "\"keys\": ["
            + (["unknown", "contested"] + (0..<maxSide).map { Side.key($0 + 1) }).map(string).joined(separator: ",")
            + "],\n"
        let palette = SideStyle.palette(sides: map.sides)
        s +=
            "\"palette\": ["
            + palette.map {
                "[\(string($0.key)),\(string($0.label)),\(string($0.fill)),\(string($0.stroke)),\($0.hatched ? 1 : 0)]"
            }
            .joined(separator: ",") + "],\n"
        let (w, h) = SVGMap.size(canvas)
        s += "\"size\": [\(XMLText.px(w)),\(XMLText.px(h))],\n"
        s +=
            "\"map\": ["
            + [canvas.left, canvas.top, canvas.width, canvas.height].map(XMLText.px).joined(separator: ",") + "],\n"
        s += cells(map, canvas: canvas)
        s += places(map, canvas: canvas, notes: &notes)
        s += events(map, canvas: canvas, notes: &notes)
        s += "\"notes\": [\n" + notes.texts.map(string).joined(separator: ",\n") + "]\n};\n"
        return s
    }

    /// `xy`, `cells` and `edges`: the mesh once, in pixels.
    private static func cells(_ map: WarMap, canvas: MapCanvas) -> String {
        let mesh = map.geometry.mesh
        var s = "\"xy\": ["
        s += map.geometry.vertexLonLat.map { p -> String in
            let (x, y) = canvas.point(p)
            return "\(tenth(x)),\(tenth(y))"
        }.joined(separator: ",")
        s += "],\n\"cells\": [\n"
        var lines: [String] = []
        for c in 0..<mesh.cellCount {
            lines.append(
                "[" + ([map.geometry.placeOfCell[c]] + rings(mesh, cell: c)).map(String.init).joined(separator: ",")
                    + "]")
        }
        s += lines.joined(separator: ",\n") + "],\n\"edges\": ["
        var edges: [String] = []
        for e in 0..<mesh.heFrom.count {
            let t = Int(mesh.heTwin[e])
            guard t < 0 || e < t else { continue }
            edges.append("\(mesh.heFrom[e]),\(mesh.heTo[e]),\(mesh.heCell[e]),\(t < 0 ? -1 : Int(mesh.heCell[t]))")
        }
        return s + edges.joined(separator: ",") + "],\n"
    }

    /// A cell's rings as vertex indices, each ring followed by -1 but the last: its half-edges walked
    /// from each unvisited one until the ring closes.
    static func rings(_ mesh: CellMesh, cell: Int) -> [Int] {
        let edges = mesh.cellEdges[cell]
        var next: [Int32: Int32] = [:]
        for e in edges { next[mesh.heFrom[Int(e)]] = mesh.heTo[Int(e)] }
        var used: Set<Int32> = []
        var out: [Int] = []
        for e in edges where !used.contains(mesh.heFrom[Int(e)]) {
            if !out.isEmpty { out.append(-1) }
            var v = mesh.heFrom[Int(e)]
            while !used.contains(v), let to = next[v] {
                used.insert(v)
                out.append(Int(v))
                v = to
            }
        }
        return out
    }

    /// `places`, `labels` and `periods`.
    private static func places(_ map: WarMap, canvas: MapCanvas, notes: inout NoteTable) -> String {
        let first = map.timeline.first
        let sentences = Dictionary(
            map.ledger.events.map { ($0.id, $0.sourceSentence) }, uniquingKeysWith: { a, _ in a })
        var placeLines: [String] = [], periodLines: [String] = []
        var drawn: [MapPlace] = []
        for t in map.timeline.places {
            let at = t.place.position.onOutputGrid
            let (x, y) = canvas.point(at)
            placeLines.append("[\(string(t.place.id)),\(string(t.place.name)),\(tenth(x)),\(tenth(y))]")
            drawn.append(MapPlace(id: t.place.id, name: t.place.name, at: at, side: ""))
            let periods = t.periods.map { p -> String in
                let refs = p.eventIDs.compactMap { sentences[$0] }.filter { !$0.isEmpty }.map { notes.index($0) }
                return "["
                    + ([p.start - first, code(p.state), Int(p.flags.rawValue)] + refs).map(String.init).joined(
                        separator: ",") + "]"
            }
            periodLines.append("[" + periods.joined(separator: ",") + "]")
        }
        var labels: [String] = []
        if drawn.count <= SVGMap.maximumLabels {
            // A label with no free spot (it would overlap another) is left off, as in the pictures.
            labels = SVGMap.labelSpots(drawn, canvas: canvas).map { spot in
                spot.map { "[\(tenth($0.x)),\(tenth($0.y)),\(string($0.anchor))]" } ?? "null"
            }
        }
        return "\"places\": [\n" + placeLines.joined(separator: ",\n") + "],\n"
            + "\"labels\": [" + labels.joined(separator: ",") + "],\n"
            + "\"periods\": [\n" + periodLines.joined(separator: ",\n") + "],\n"
    }

    /// `events`: every located event with the ring the pictures draw for it.
    private static func events(_ map: WarMap, canvas: MapCanvas, notes: inout NoteTable) -> String {
        let first = map.timeline.first
        let lines = map.events.map { e -> String in
            let m = MapEvent(
                type: e.event.type.rawValue, at: e.position, fatalities: e.event.fatalities.best,
                certainty: e.event.certainty.rawValue, place: e.event.placeName, sentence: e.event.sourceSentence)
            let (x, y) = canvas.point(e.position)
            let note = m.sentence.map { $0.isEmpty ? -1 : notes.index($0) } ?? -1
            return
                "[\(e.event.date.day - first),\(tenth(x)),\(tenth(y)),\(tenth(SVGMap.eventRadius(m.fatalities))),\(m.isFirm ? 1 : 0),\(string(m.summary)),\(note)]"
        }
        return "\"events\": [\n" + lines.joined(separator: ",\n") + "],\n"
    }

    /// The state code of `keys`: 0 unknown, 1 contested, n + 1 side n.
    static func code(_ state: ControlState) -> Int {
        switch state {
        case .unknown: return 0
        case .contested: return 1
        case let .held(n): return n + 1
        }
    }

    static func tenth(_ v: Double) -> Int { Int((v * 10).rounded()) }

    /// A JSON string, safe inside a script file.
    static func string(_ text: String) -> String { AnimationPage.scriptSafe(JSONValue.string(text).serialized()) }

    /// Distinct sentences, numbered in order of first use.
    struct NoteTable {
        var texts: [String] = []
        var indexOf: [String: Int] = [:]
        mutating func index(_ text: String) -> Int {
            if let i = indexOf[text] { return i }
            indexOf[text] = texts.count
            texts.append(text)
            return texts.count - 1
        }
    }
}
