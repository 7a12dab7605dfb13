import Proj

/// The QGIS project of a run, `<slug>.qgs`: the four timeline layers by relative path, styled by side,
/// with the temporal controller set to the article's period in one-day steps, in a projected CRS.
///
/// Written by hand rather than by QGIS so the file is byte-identical across runs (QGIS stamps save
/// time, user and random layer ids) and needs no QGIS to produce. Only what QGIS 3.22 does not
/// default is written; `Tests/qgis/check_project.py` opens it in real QGIS to prove it loads.
public enum QgisProject {
    /// The QGIS version the project claims; 3.22 reads it without an upgrade prompt.
    static let version = "3.22.0-Białowieża"

    /// The `.qgs` text.
    /// - Parameters:
    ///   - title: the project title (the article's title).
    ///   - sides: the infobox's combatants: category names and colours.
    ///   - first: the first day of the article's period; the controller starts here.
    ///   - last: the last day (included): the controller's range ends at the start of the day after.
    ///   - crs: the projected map CRS, e.g. `EPSG:32637`; the layers stay in WGS84 and QGIS reprojects.
    ///   - bbox: the lon/lat area to open on (the run's `bbox`); projected into `crs` for the canvas.
    ///   - layers: which layers to include, by default all four.
    ///   - geoPackage: the GeoPackage the layers read (one table per layer, named by its raw value);
    ///     `nil`: each reads its GeoJSON file.
    ///   - context: when given, the context group (`QgisContext`) under the temporal layers, and
    ///     `credit` as the project's copyright line.
    /// - Throws: `ProjError` when `crs` is not a CRS PROJ knows.
    public static func make(
        title: String, sides: [Side], first: Day, last: Day, crs: String, bbox: MapBounds,
        layers: [QgisLayer] = QgisLayer.allCases, geoPackage: String? = nil, context: MapContext? = nil,
        credit: String = ""
    ) throws -> String {
        let palette = SideStyle.palette(sides: sides)
        let extent = try projectedExtent(bbox.padded(by: 0.05), crs: crs)
        let ordered = QgisLayer.drawingOrder.filter(layers.contains)
        var s = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        s += "<qgis projectname=\"\(XMLText.escape(title))\" version=\"\(version)\">\n"
        s += "  <homePath path=\"\"/>\n  <title>\(XMLText.escape(title))</title>\n"
        s += "  <projectCrs>\n" + spatialRefSys(crs, indent: "    ") + "  </projectCrs>\n"
        s += "  <layer-tree-group>\n"
        for layer in ordered {
            s +=
                "    <layer-tree-layer id=\"\(layer.layerID)\" name=\"\(XMLText.escape(layer.title))\" source=\"\(XMLText.escape(source(layer, geoPackage: geoPackage)))\" providerKey=\"ogr\" checked=\"Qt::Checked\" expanded=\"\(layer == .events ? 0 : 1)\"/>\n"
        }
        if context != nil { s += QgisContext.layerTree(indent: "    ") }
        s += "  </layer-tree-group>\n"
        s += "  <mapcanvas name=\"theMapCanvas\" annotationsVisible=\"1\">\n    <units>meters</units>\n"
        s +=
            extentXML(extent, indent: "    ") + "    <rotation>0</rotation>\n    <destinationsrs>\n"
            + spatialRefSys(crs, indent: "      ")
            + "    </destinationsrs>\n    <rendermaptile>0</rendermaptile>\n  </mapcanvas>\n"
        s += "  <projectlayers>\n"
        for layer in ordered {
            s += mapLayer(layer, source: source(layer, geoPackage: geoPackage), palette: palette, indent: "    ")
        }
        if context != nil { s += QgisContext.mapLayers(indent: "    ") }
        s += "  </projectlayers>\n  <layerorder>\n"
        for layer in ordered { s += "    <layer id=\"\(layer.layerID)\"/>\n" }
        if context != nil { for id in QgisContext.layerIDs { s += "    <layer id=\"\(id)\"/>\n" } }
        s += "  </layerorder>\n"
        s += "  <properties>\n    <Paths>\n      <Absolute type=\"bool\">false</Absolute>\n    </Paths>\n"
        s +=
            "    <SpatialRefSys>\n      <ProjectionsEnabled type=\"int\">1</ProjectionsEnabled>\n    </SpatialRefSys>\n"
        // The temporal controller opens in animated mode on the project's range, so the play
        // button is live at once (QgsTemporalControllerWidget reads this; absent, navigation is off).
        s +=
            "    <TemporalControllerWidget>\n      <NavigationMode type=\"int\">1</NavigationMode>\n    </TemporalControllerWidget>\n"
        if context != nil { s += QgisContext.copyright(credit, indent: "    ") }
        s +=
            "    <Measurement>\n      <DistanceUnits type=\"QString\">km</DistanceUnits>\n      <AreaUnits type=\"QString\">km2</AreaUnits>\n    </Measurement>\n  </properties>\n"
        s += "  <ProjectViewSettings rotation=\"0\" UseProjectScales=\"0\">\n    <Scales/>\n"
        s +=
            "    <DefaultViewExtent xmin=\"\(fmt(extent.xmin))\" ymin=\"\(fmt(extent.ymin))\" xmax=\"\(fmt(extent.xmax))\" ymax=\"\(fmt(extent.ymax))\">\n"
        s += spatialRefSys(crs, indent: "      ") + "    </DefaultViewExtent>\n  </ProjectViewSettings>\n"
        // One frame per day: the range runs from the first day's midnight to the midnight after the last.
        s += "  <ProjectTimeSettings timeStepUnit=\"d\" timeStep=\"1\" frameRate=\"2\" cumulativeTemporalRange=\"0\">\n"
        s +=
            "    <TemporalRange>\n      <start>\(first.iso)T00:00:00Z</start>\n      <end>\((last + 1).iso)T00:00:00Z</end>\n    </TemporalRange>\n"
        s += "  </ProjectTimeSettings>\n</qgis>\n"
        return s
    }

    /// Where `layer` is read from, relative to the project: its GeoJSON file, or its table of `geoPackage`
    /// in OGR's `file|layername=table` form.
    static func source(_ layer: QgisLayer, geoPackage: String?) -> String {
        geoPackage.map { "./\($0)|layername=\(layer.rawValue)" } ?? "./\(layer.fileName)"
    }

    /// One `<maplayer>`: a GeoJSON file or GeoPackage table in WGS84 (RFC 7946 allows nothing else)
    /// read by OGR.
    static func mapLayer(_ layer: QgisLayer, source: String, palette: [SideStyle], indent: String) -> String {
        let i2 = indent + "  "
        var s =
            "\(indent)<maplayer type=\"vector\" geometry=\"\(layer.geometry)\" wkbType=\"\(layer.wkbType)\" labelsEnabled=\"\(layer == .places ? 1 : 0)\" "
        s +=
            "hasScaleBasedVisibilityFlag=\"0\" minScale=\"100000000\" maxScale=\"0\" readOnly=\"1\" styleCategories=\"AllStyleCategories\">\n"
        s += "\(i2)<id>\(layer.layerID)</id>\n\(i2)<datasource>\(XMLText.escape(source))</datasource>\n"
        s += "\(i2)<layername>\(XMLText.escape(layer.title))</layername>\n"
        s += "\(i2)<srs>\n" + spatialRefSys("EPSG:4326", indent: i2 + "  ") + "\(i2)</srs>\n"
        s += "\(i2)<provider encoding=\"UTF-8\">ogr</provider>\n"
        s += QgisStyle.temporal(layer, indent: i2)
        s += QgisStyle.renderer(layer, palette: palette, indent: i2)
        s += QgisStyle.labeling(layer, indent: i2)
        s +=
            "\(i2)<blendMode>0</blendMode>\n\(i2)<featureBlendMode>0</featureBlendMode>\n\(i2)<layerOpacity>1</layerOpacity>\n"
        s += "\(i2)<legend type=\"default-vector\" showLabelLegend=\"0\"/>\n"
        return s + "\(indent)</maplayer>\n"
    }

    /// A `<spatialrefsys>` naming the CRS by authority id: QGIS resolves it from its own database,
    /// so the file carries no WKT that would depend on the PROJ version.
    ///
    /// QGIS 3.22 (`QgsCoordinateReferenceSystem::readXml`) looks at `authid` only when `srsid` is a
    /// positive built-in id; with no `srsid` it wants WKT or a PROJ string and leaves the CRS invalid.
    /// Any built-in id opens that path and `authid` then decides, so `srsid` is 1, not a real id
    /// (which only QGIS's database knows); `check_project.py` checks the CRS QGIS ends up with.
    static func spatialRefSys(_ crs: String, indent: String) -> String {
        "\(indent)<spatialrefsys>\n\(indent)  <srsid>1</srsid>\n\(indent)  <authid>\(XMLText.escape(crs))</authid>\n\(indent)</spatialrefsys>\n"
    }

    static func extentXML(_ e: (xmin: Double, ymin: Double, xmax: Double, ymax: Double), indent: String) -> String {
        "\(indent)<extent>\n\(indent)  <xmin>\(fmt(e.xmin))</xmin>\n\(indent)  <ymin>\(fmt(e.ymin))</ymin>\n\(indent)  <xmax>\(fmt(e.xmax))</xmax>\n\(indent)  <ymax>\(fmt(e.ymax))</ymax>\n\(indent)</extent>\n"
    }

    /// Metres to the centimetre: more is noise, and fewer digits keep the file stable.
    static func fmt(_ v: Double) -> String { JSONValue.format(v, digits: 2) }

    /// The projected rectangle holding `bbox`, with its edges sampled so the curved image of a
    /// lon/lat box is covered, not just its corners.
    /// - Throws: `ProjError` for an unknown CRS or a box PROJ cannot project.
    static func projectedExtent(_ bbox: MapBounds, crs: String) throws -> (
        xmin: Double, ymin: Double, xmax: Double, ymax: Double
    ) {
        let transformation = try Transformation(from: "EPSG:4326", to: crs, context: ProjContext())
        var xs: [Double] = [], ys: [Double] = []
        let n = 8
        // The box has a margin: near a pole it would pass ±90°, where no projection goes.
        let south = max(bbox.south, -89.9), north = min(bbox.north, 89.9)
        for i in 0...n {
            let t = Double(i) / Double(n)
            let lon = bbox.west + (bbox.east - bbox.west) * t, lat = south + (north - south) * t
            xs += [lon, lon, bbox.west, bbox.east]
            ys += [south, north, lat, lat]
        }
        try transformation.forward(&xs, &ys)
        return (xs.min()!, ys.min()!, xs.max()!, ys.max()!)
    }
}
