import Foundation
import Testing

@testable import FrontlineMaps

/// The player page and its data, on the seed's story: a small page of code, and data the page draws
/// any day from that says what the day files say.
@Suite("Render player page")
struct RenderPlayerTests {
    typealias F = SeedLedgerFixture

    static func files() throws -> [String: Data] {
        try F.build(MapOptions(articlePlace: "Hama Governorate, Syria", slug: "seed"))
    }

    static func text(_ files: [String: Data], _ path: String) throws -> String {
        String(decoding: try #require(files[path]), as: UTF8.self)
    }

    @Test("the page needs nothing from the network and loads only its data file beside it")
    func offline() throws {
        let page = try Self.text(try Self.files(), "player.html")
        let withoutNamespace = page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
        #expect(
            !withoutNamespace.contains("http:") && !withoutNamespace.contains("https:")
                && !withoutNamespace.contains("//cdn"))
        #expect(!page.contains("<link ") && !page.contains("fetch("))
        let sources = page.components(separatedBy: "<script src=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(sources == ["player-data.js"])
    }

    @Test("the page is code and styles only: it does not grow with the days")
    func small() throws {
        let files = try Self.files()
        let page = try #require(files["player.html"])
        #expect(page.count < 40_000, "player.html is \(page.count) bytes")
        // Per-day pictures in the page would repeat the territory paths; the page has none.
        #expect(!String(decoding: page, as: UTF8.self).contains("class=\"territory\""))
    }

    @Test("every place's state on every day in the data is its state in the timeline")
    func statesMatchTimeline() throws {
        let map = try F.map()
        let canvas = MapCanvas(bbox: PlayerData.bbox(map))
        let script = PlayerData.make(map: map, canvas: canvas)
        let json = try #require(script.components(separatedBy: "window.FRONTLINE_PLAYER = ").last?.dropLast(2))
        let data = try OutputJSON.parse(Data(json.utf8))
        let keys = try #require(data["keys"]?.array).map { $0.string ?? "" }
        // place → periods → [start offset, state code, …], as whole numbers.
        let periods = try #require(data["periods"]?.array).map { place in
            (place.array ?? []).map { period in (period.array ?? []).map { Int($0.number ?? -1) } }
        }
        let days = try #require(data["days"]?.array)
        #expect(days.count == map.snapshotDays.count)
        #expect(periods.count == map.timeline.places.count)
        var compared = 0
        for (p, place) in map.timeline.places.enumerated() {
            for day in map.snapshotDays {
                let o = day - map.timeline.first
                let period = try #require(periods[p].last { $0[0] <= o })
                #expect(keys[period[1]] == place.state(on: day).sideKey, "\(place.place.name) on \(day.iso)")
                compared += 1
            }
        }
        #expect(compared > 500)
        let events = try #require(data["events"]?.array)
        #expect(events.count == map.events.count)
    }

    @Test("each cell's rings close over the cell's own vertices")
    func rings() throws {
        let map = try F.map()
        let mesh = map.geometry.mesh
        for c in 0..<mesh.cellCount {
            let ring = PlayerData.rings(mesh, cell: c)
            let own = Set(mesh.cellEdges[c].map { Int(mesh.heFrom[Int($0)]) })
            #expect(Set(ring.filter { $0 >= 0 }) == own && ring.filter { $0 >= 0 }.count == own.count)
        }
    }

    @Test("article text reaches the page only as data written with textContent")
    func notes() throws {
        let page = try Self.text(try Self.files(), "player.html")
        #expect(page.contains("<ul id=\"events\""))
        #expect(page.contains("head.textContent = e[5]") && !page.contains("innerHTML"))
    }

    @Test("a title cannot end the script early; data strings cannot end a script either")
    func scriptSafe() {
        let page = AnimationPage.make(
            title: "</script><b>x", sides: [], attribution: "",
            canvas: MapCanvas(bbox: MapBounds(west: 0, south: 0, east: 1, north: 1)),
            firstDay: Day(year: 2020, month: 1, day: 1)!)
        #expect(!page.contains("</script><b>"))
        #expect(AnimationPage.scriptSafe("[\"</script>\"]") == "[\"<\\/script>\"]")
        #expect(PlayerData.string("</script>") == "\"<\\/script>\"")
    }
}
