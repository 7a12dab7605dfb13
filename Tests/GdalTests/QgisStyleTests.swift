import Foundation
import Testing

@testable import Gdal

/// The real client: QGIS (PyQGIS, headless) opens a written GeoPackage layer and applies the default
/// style from `layer_styles` by itself, which is the point of storing it there.
@Suite("QGIS reads layer_styles")
struct QgisStyleTests {
    static let hasPyQgis =
        FileManager.default.fileExists(atPath: "/usr/lib/python3/dist-packages/qgis/core")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

    /// Loads one layer and prints its validity, feature count, opacity and a date field's type.
    static let script = """
        import os, sys
        from qgis.core import QgsApplication, QgsVectorLayer
        app = QgsApplication([], False)
        app.initQgis()
        layer = QgsVectorLayer(sys.argv[1], "places", "ogr")
        field = layer.fields().field("start") if layer.isValid() else None
        print("valid=%s count=%d opacity=%.2f start=%s" % (layer.isValid(), layer.featureCount(), layer.opacity(),
              field.typeName() if field is not None else "none"), flush=True)
        del layer, field
        app.exitQgis()
        # QGIS can crash while tearing Qt down after exitQgis; the answer is already printed.
        os._exit(0)
        """

    @Test(.enabled(if: hasPyQgis, "PyQGIS is missing: make client-deps installs qgis and python3-qgis"))
    func qgisAppliesTheStoredDefaultStyle() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var places = Synthetic.places()
        // A style whose only effect is an opacity QGIS would never choose by itself.
        places.style = LayerStyle(
            name: "places",
            qml: """
                <!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
                <qgis version="3.22.16" styleCategories="AllStyleCategories"><layerOpacity>0.42</layerOpacity></qgis>
                """)
        let path = scratch.url.appendingPathComponent("war.gpkg").path
        try GdalVectorWriter.write([places, Synthetic.events()], to: .geoPackage(URL(fileURLWithPath: path)))
        let runtime = scratch.url.appendingPathComponent("runtime").path
        try FileManager.default.createDirectory(
            atPath: runtime, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let run = try Tool.run(
            "env",
            [
                "QT_QPA_PLATFORM=offscreen", "XDG_RUNTIME_DIR=\(runtime)", "HOME=\(scratch.url.path)",
                "/usr/bin/python3", "-c", Self.script, "\(path)|layername=places",
            ])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("valid=True count=6 opacity=0.42 start=Date"), "\(run.output)")
    }
}
