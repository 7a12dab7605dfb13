import Foundation
import Testing

@testable import FrontlineMaps

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Render QGIS project")
struct RenderQgisTests {
    static func project() throws -> String {
        try QgisProject.make(
            title: "Fixture & war", sides: RenderFixture.sides, first: RenderFixture.first,
            last: RenderFixture.first + 7, crs: "EPSG:32637", bbox: RenderFixture.bbox)
    }

    @Test("the project is well-formed and names each timeline file by relative path")
    func layers() throws {
        let document = try XMLDocument(xmlString: try Self.project())
        let maplayers = try document.nodes(forXPath: "//projectlayers/maplayer")
        #expect(maplayers.count == 4)
        let sources = try document.nodes(forXPath: "//maplayer/datasource").compactMap(\.stringValue)
        #expect(
            sources == [
                "./events.geojson", "./timeline-places.geojson", "./timeline-fronts.geojson",
                "./timeline-territory.geojson",
            ])
        #expect(try document.nodes(forXPath: "//properties/Paths/Absolute").first?.stringValue == "false")
        #expect(try document.nodes(forXPath: "/qgis/title").first?.stringValue == "Fixture & war")
        let ids = try document.nodes(forXPath: "//maplayer/id").compactMap(\.stringValue)
        #expect(ids.allSatisfy { $0.count > 10 }, "QGIS replaces ids of ten characters or fewer")
    }

    @Test("with a GeoPackage, every layer reads its table of it, by relative path")
    func geoPackageSources() throws {
        let project = try QgisProject.make(
            title: "Fixture", sides: RenderFixture.sides, first: RenderFixture.first,
            last: RenderFixture.first + 7, crs: "EPSG:32637", bbox: RenderFixture.bbox, geoPackage: "war.gpkg")
        let document = try XMLDocument(xmlString: project)
        let sources = try document.nodes(forXPath: "//maplayer/datasource").compactMap(\.stringValue)
        #expect(
            sources == [
                "./war.gpkg|layername=events", "./war.gpkg|layername=places", "./war.gpkg|layername=fronts",
                "./war.gpkg|layername=territory",
            ])
        let tree = try document.nodes(forXPath: "//layer-tree-layer").compactMap {
            ($0 as? XMLElement)?.attribute(forName: "source")?.stringValue
        }
        #expect(tree.prefix(4) == sources[...])
    }

    @Test("the time range is the period, last day included, in one-day steps")
    func time() throws {
        let document = try XMLDocument(xmlString: try Self.project())
        #expect(
            try document.nodes(forXPath: "//ProjectTimeSettings/TemporalRange/start").first?.stringValue
                == "2020-03-01T00:00:00Z")
        #expect(
            try document.nodes(forXPath: "//ProjectTimeSettings/TemporalRange/end").first?.stringValue
                == "2020-03-09T00:00:00Z")
        let settings = try #require(try document.nodes(forXPath: "//ProjectTimeSettings").first as? XMLElement)
        #expect(
            settings.attribute(forName: "timeStep")?.stringValue == "1"
                && settings.attribute(forName: "timeStepUnit")?.stringValue == "d")
        for node in try document.nodes(forXPath: "//maplayer/temporal") {
            let temporal = try #require(node as? XMLElement)
            #expect(temporal.attribute(forName: "enabled")?.stringValue == "1")
            #expect(temporal.attribute(forName: "limitMode")?.stringValue == "0", "end exclusive")
        }
    }

    @Test("categories cover every side key, and the canvas opens on the area in the projected CRS")
    func styleAndExtent() throws {
        let document = try XMLDocument(xmlString: try Self.project())
        let values = try document.nodes(forXPath: "//maplayer[id='frontline_territory']//category/@value").compactMap(
            \.stringValue)
        #expect(values == ["combatant1", "combatant2", "contested", "unclaimed", "unknown", ""])
        let labels = try document.nodes(forXPath: "//maplayer[id='frontline_places']//category/@label").compactMap(
            \.stringValue)
        #expect(labels.prefix(2) == ["Northern Alliance", "Southern Union & Allies"])
        #expect(
            try document.nodes(forXPath: "//maplayer[id='frontline_territory']//layer[@class='LinePatternFill']").count
                == 1, "contested hatched")
        #expect(try document.nodes(forXPath: "//projectCrs/spatialrefsys/authid").first?.stringValue == "EPSG:32637")
        // UTM 37N around 36.5–36.9°E, 35.1–35.4°N: eastings a little under 500 km east of the zone's
        // false origin minus ~200 km, northings near 3,900 km.
        let xmin = try #require(
            Double(try document.nodes(forXPath: "//mapcanvas/extent/xmin").first?.stringValue ?? ""))
        let ymax = try #require(
            Double(try document.nodes(forXPath: "//mapcanvas/extent/ymax").first?.stringValue ?? ""))
        #expect((250_000...320_000).contains(xmin))
        #expect((3_880_000...3_930_000).contains(ymax))
    }

    @Test("an unknown CRS is an error, not a project QGIS cannot place")
    func badCRS() {
        #expect(throws: (any Error).self) {
            try QgisProject.make(
                title: "T", sides: [], first: RenderFixture.first, last: RenderFixture.first, crs: "EPSG:999999",
                bbox: RenderFixture.bbox)
        }
    }

    @Test("each .qml is well-formed, with the layer's renderer and time settings", arguments: QgisLayer.allCases)
    func qml(layer: QgisLayer) throws {
        let document = try XMLDocument(xmlString: QgisStyle.qml(for: layer, sides: RenderFixture.sides))
        let renderer = try #require(try document.nodes(forXPath: "/qgis/renderer-v2").first as? XMLElement)
        let expected = [
            "territory": "categorizedSymbol", "places": "categorizedSymbol", "fronts": "singleSymbol",
            "events": "graduatedSymbol",
        ]
        #expect(renderer.attribute(forName: "type")?.stringValue == expected[layer.rawValue])
        #expect(try document.nodes(forXPath: "/qgis/temporal[@enabled='1']").count == 1)
        #expect(try document.nodes(forXPath: "/qgis/labeling").count == (layer == .places ? 1 : 0))
    }

    @Test("open periods stay on the map: the end expression gives a null end a far-future date")
    func openEnd() {
        let (start, end) = QgisStyle.temporalExpressions(.places)
        #expect(start.contains("to_datetime(\"start\")"))
        #expect(end.contains("coalesce(to_datetime(\"end\")"))
        #expect(QgisStyle.temporalExpressions(.events).end.contains("'1 day'"))
    }
}
