import Foundation
import Testing

@testable import FrontlineMaps

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The context of the seed's maps (issue 16): borders, governorate names and the larger towns around
/// the war, drawn from the gazetteer's own records, checked against those records — not against the
/// context the pipeline computed — in the pictures, the context files and QGIS.
@Suite("Context around the seed's war", .serialized)
struct RenderContextTests {
    /// The seed article mapped with the committed gazetteer (outlines and towns), once.
    static let seed: (map: WarMap, data: FrontlineData) = {
        do {
            let data = try FrontlineData.load(directory: TestPaths.data)
            return (try Frontline.map(article: try ArticleReader.read(file: TestPaths.seed.path), data: data), data)
        } catch { fatalError("cannot map the seed: \(error)") }
    }()

    static let files: [String: Data] = {
        var out: [String: Data] = [:]
        _ = try? seed.map.files { path, data in out[path] = data }
        return out
    }()

    /// Every gazetteer record of a populated place (not abandoned) with at least `population` people.
    static func towns(atLeast population: Int) -> [GazetteerRecord] {
        seed.data.gazetteer.records.filter {
            $0.kind == .populatedPlace && $0.featureCode != "PPLQ" && $0.population >= population
        }
    }

    static func frames() -> [MapFrame] {
        let map = seed.map
        return map.snapshots().map { s in
            MapFrame(map: map, snapshot: s, events: map.events.filter { $0.event.date.day == s.day })
        }
    }

    @Test(
        "every picture shows the governorate borders and every town of 20,000 or more inside its area, named by the article or not"
    )
    func picturesShowBordersAndTowns() throws {
        let big = Self.towns(atLeast: 20_000)
        var checked = 0
        for frame in Self.frames() {
            let svg = String(decoding: try #require(Self.files["svg/\(frame.day.iso).svg"]), as: UTF8.self)
            #expect(
                svg.contains("class=\"context-border\" data-level=\"governorate\""),
                "\(frame.day.iso): no governorate border")
            let b = MapCanvas(bbox: frame.bbox).bounds
            let inside = big.filter {
                $0.longitude > b.west && $0.longitude < b.east && $0.latitude > b.south && $0.latitude < b.north
            }
            #expect(inside.count >= 8, "the seed's area holds the larger towns of northern Hama")
            for r in inside {
                #expect(
                    svg.contains("class=\"context-town\" data-id=\"\(r.id)\" data-population=\"\(r.population)\""),
                    "\(frame.day.iso): \(r.name) (\(r.id), \(r.population) people) is not drawn")
            }
            checked += inside.count
        }
        #expect(checked > 0)
        // Some of them are towns the article never names: the context is more than the war's own places.
        let warIDs = Set(Self.seed.map.timeline.places.map(\.place.id))
        #expect(Self.seed.map.context!.towns.filter { !warIDs.contains($0.id) && $0.population >= 20_000 }.count >= 4)
    }

    @Test("the legend names the context, the inset marks the picture's area and the credit names the borders' source")
    func legendInsetCredit() throws {
        let svg = String(
            decoding: try #require(Self.files["svg/\(Self.seed.map.snapshotDays[0].iso).svg"]), as: UTF8.self)
        for entry in ["Governorate border", "Town (size by population)"] { #expect(svg.contains(">\(entry)</text>")) }
        #expect(svg.contains("class=\"inset-extent\""))
        #expect(
            svg.components(separatedBy: "class=\"inset-area\"").count - 1 == 14, "the inset shows the 14 governorates")
        #expect(
            svg.contains(XMLText.escape(Gazetteer.attribution))
                && svg.contains(XMLText.escape(Gazetteer.boundaryAttribution)))
        _ = try XMLDocument(xmlString: svg)
    }

    @Test(
        "the player draws the governorate borders and every town of 20,000 or more under its canvas, with the inset and credit"
    )
    func playerShowsContext() throws {
        let page = String(decoding: try #require(Self.files["player.html"]), as: UTF8.self)
        #expect(page.contains("class=\"context-border\" data-level=\"governorate\""))
        // The context sits in the page's SVG, under the canvas the script draws the territories on.
        let context = try #require(page.range(of: "<g class=\"context\">")),
            canvas = try #require(page.range(of: "<canvas id=\"canvas\""))
        #expect(context.lowerBound < canvas.lowerBound)
        let b = MapCanvas(bbox: PlayerData.bbox(Self.seed.map)).bounds
        let inside = Self.towns(atLeast: 20_000).filter {
            $0.longitude > b.west && $0.longitude < b.east && $0.latitude > b.south && $0.latitude < b.north
        }
        #expect(!inside.isEmpty)
        for r in inside {
            #expect(page.contains("class=\"context-town\" data-id=\"\(r.id)\""), "\(r.name) is not in the player")
        }
        #expect(page.contains("class=\"inset-extent\""))
        #expect(page.contains(XMLText.escape(Gazetteer.boundaryAttribution)))
    }

    @Test("no two names of a picture overlap (the seed's neighbouring towns included)")
    func labelsDoNotOverlap() throws {
        let pattern = try NSRegularExpression(
            pattern:
                #"<text class="(?:label|context-label)" x="([-0-9.]+)" y="([-0-9.]+)" text-anchor="(\w+)" font-size="(\d+)"[^>]*>([^<]*)</text>"#
        )
        for frame in Self.frames() {
            let svg = String(decoding: try #require(Self.files["svg/\(frame.day.iso).svg"]), as: UTF8.self)
            let ns = svg as NSString
            let boxes = pattern.matches(in: svg, range: NSRange(location: 0, length: ns.length)).map {
                m -> MapLabels.Box in
                let x = Double(ns.substring(with: m.range(at: 1)))!, y = Double(ns.substring(with: m.range(at: 2)))!
                let size = Double(ns.substring(with: m.range(at: 4)))!
                let text = ns.substring(with: m.range(at: 5)).replacingOccurrences(of: "&apos;", with: "'")
                    .replacingOccurrences(of: "&amp;", with: "&")
                let w = MapLabels.width(text, fontSize: size), anchor = ns.substring(with: m.range(at: 3))
                let left = anchor == "start" ? x : anchor == "end" ? x - w : x - w / 2
                return MapLabels.Box(x0: left, y0: y - 0.76 * size, x1: left + w, y1: y + 0.24 * size)
            }
            #expect(boxes.count >= Self.seed.map.timeline.places.count)
            for i in boxes.indices {
                for j in boxes.indices where i < j {
                    #expect(!boxes[i].overlaps(boxes[j]), "\(frame.day.iso): names \(i) and \(j) overlap")
                }
            }
        }
    }

    @Test(
        "context files: every town is its record (id, point, population); every border a record's outline, within the simplification of it"
    )
    func contextFilesComeFromRecords() throws {
        let towns = try OutputJSON.typedFeatures(try #require(Self.files["context/towns.geojson"]))
        #expect(!towns.isEmpty)
        for t in towns {
            let r = try #require(Self.seed.data.gazetteer.record(id: t.text(LayerSchema.recordID) ?? ""))
            #expect(t.point == [r.longitude, r.latitude] && t.number(LayerSchema.population) == Double(r.population))
        }
        let outlines = Dictionary(uniqueKeysWithValues: Self.seed.data.gazetteer.boundaries.map { ($0.id, $0) })
        let borders = try OutputJSON.typedFeatures(try #require(Self.files["context/borders.geojson"]))
        #expect(Set(borders.compactMap { $0.text(LayerSchema.level) }) == ["country", "governorate", "district"])
        for f in borders where f.text(LayerSchema.level) != "country" {
            let id = f.text(LayerSchema.recordID) ?? ""
            let outline = try #require(outlines[id])
            let segments = outline.polygons.flatMap {
                $0.flatMap { ring in zip(ring, ring.dropFirst()).map { ($0, $1) } }
            }
            let lines = (f.node["geometry"]?["coordinates"]?.array ?? []).map {
                ($0.array ?? []).map { ($0.array ?? []).compactMap(\.number) }
            }
            #expect(!lines.isEmpty)
            for line in lines {
                for (k, p) in line.enumerated() where k % 4 == 0 {
                    let metres = segments.map { Self.metres(p, $0.0, $0.1) }.min() ?? .infinity
                    #expect(metres < 400, "a vertex of \(id) lies \(Int(metres)) m from its record's outline")
                }
            }
        }
    }

    /// Distance in metres from `p` to the segment a–b, on a local plane (a few kilometres at most matter).
    static func metres(_ p: [Double], _ a: LonLat, _ b: LonLat) -> Double {
        let k = 111_195.0, c = cos(p[1] * .pi / 180)
        let (px, py) = (p[0] * k * c, p[1] * k), (ax, ay) = (a.lon * k * c, a.lat * k),
            (bx, by) = (b.lon * k * c, b.lat * k)
        let dx = bx - ax, dy = by - ay, l = dx * dx + dy * dy
        let t = l == 0 ? 0 : max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / l))
        return hypot(px - ax - t * dx, py - ay - t * dy)
    }

    @Test("the QGIS project lists the context under the temporal layers and OpenStreetMap switched off")
    func project() throws {
        let qgs = String(decoding: try #require(Self.files["2012_Hama_offensive.qgs"]), as: UTF8.self)
        let group = try #require(qgs.range(of: "<layer-tree-group name=\"Context\""))
        let territory = try #require(qgs.range(of: "<layer-tree-layer id=\"frontline_territory\""))
        #expect(territory.lowerBound < group.lowerBound)
        for id in QgisContext.layers.map(\.id) {
            #expect(qgs.contains("<layer-tree-layer id=\"\(id)\"") && qgs.contains("<id>\(id)</id>"))
        }
        #expect(
            qgs.contains("id=\"frontline_osm_tiles\"") && qgs.contains("providerKey=\"wms\" checked=\"Qt::Unchecked\""))
        #expect(
            qgs.contains(XMLText.escape(Gazetteer.boundaryAttribution)) && qgs.contains("OpenStreetMap contributors"))
    }

    @Test(
        "real QGIS opens and plays the seed's project with the network cut, and a frame shows the governorate borders",
        .enabled(if: RenderClients.hasQgis, "needs qgis and python3-qgis"))
    func qgisOffline() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, data) in Self.files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        // `unshare -rn`: a new user and network namespace with no interface but loopback.
        let offline = FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")
        let script = RenderClients.scripts.appendingPathComponent("check_project.py").path
        let result =
            offline
            ? try RenderClients.run(
                "/usr/bin/unshare", ["-rn", RenderClients.python, script, folder.path, "--crs", Self.seed.map.crs])
            : try RenderClients.run(RenderClients.python, [script, folder.path, "--crs", Self.seed.map.crs])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr.suffix(2000))")
        #expect(result.stdout.contains("pixels of the governorate border grey with the context"))
        #expect(result.stdout.contains("all QGIS checks passed"))
    }
}
