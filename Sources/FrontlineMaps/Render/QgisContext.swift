/// The context group of the QGIS project: the files of `context/` (`ContextGeoJSON`) as grey layers under
/// the war's temporal layers, and OpenStreetMap's tiles as an XYZ layer switched off (it needs the
/// internet; the project opens and plays without it, as `Tests/qgis/check_project.py` checks offline).
///
/// The context layers have no time settings: they show on every day. Styled as in the pictures
/// (`SVGMap+Context`): the same greys, towns sized by population, names only for the towns the war's
/// layers do not name.
enum QgisContext {
    /// A context layer: id (over ten characters, see `QgisLayer.layerID`), title, file, geometry.
    struct Layer {
        var id: String
        var title: String
        var fileName: String
        var geometry: String
        var wkbType: String
    }

    static let towns = Layer(
        id: "frontline_context_towns", title: "Towns (size by population)", fileName: ContextGeoJSON.townsFile,
        geometry: "Point", wkbType: "Point")
    static let areas = Layer(
        id: "frontline_context_areas", title: "Governorate names", fileName: ContextGeoJSON.areasFile,
        geometry: "Point", wkbType: "Point")
    static let borders = Layer(
        id: "frontline_context_borders", title: "Borders", fileName: ContextGeoJSON.bordersFile,
        geometry: "Line", wkbType: "MultiLineString")
    /// Top first, as drawn.
    static let layers = [towns, areas, borders]

    static let osmID = "frontline_osm_tiles"
    static let osmTitle = "OpenStreetMap (online; © OpenStreetMap contributors)"
    static let osmSource = "type=xyz&url=https://tile.openstreetmap.org/%7Bz%7D/%7Bx%7D/%7By%7D.png&zmax=19&zmin=0"
    static let osmCredit = "Map tiles © OpenStreetMap contributors (ODbL)."
    static let groupName = "Context"

    /// QGIS colours of the pictures' greys.
    static func borderColour(_ level: ContextLevel) -> String { QgisSymbol.colour(SVGMap.borderStyle(level).colour) }

    /// The group's entry in the layer tree: the three layers checked, the tiles not.
    static func layerTree(indent: String) -> String {
        var s = "\(indent)<layer-tree-group name=\"\(groupName)\" checked=\"Qt::Checked\" expanded=\"1\">\n"
        for l in layers {
            s +=
                "\(indent)  <layer-tree-layer id=\"\(l.id)\" name=\"\(XMLText.escape(l.title))\" source=\"./\(l.fileName)\" providerKey=\"ogr\" checked=\"Qt::Checked\" expanded=\"\(l.id == borders.id ? 1 : 0)\"/>\n"
        }
        s +=
            "\(indent)  <layer-tree-layer id=\"\(osmID)\" name=\"\(XMLText.escape(osmTitle))\" source=\"\(XMLText.escape(osmSource))\" providerKey=\"wms\" checked=\"Qt::Unchecked\" expanded=\"0\"/>\n"
        return s + "\(indent)</layer-tree-group>\n"
    }

    /// The ids in drawing order, top first, for `<layerorder>`.
    static var layerIDs: [String] { layers.map(\.id) + [osmID] }

    /// Every `<maplayer>` of the group.
    static func mapLayers(indent: String) -> String {
        layers.map { vectorLayer($0, indent: indent) }.joined() + osmLayer(indent: indent)
    }

    static func vectorLayer(_ l: Layer, indent: String) -> String {
        let i2 = indent + "  "
        let labelled = l.id != borders.id
        var s =
            "\(indent)<maplayer type=\"vector\" geometry=\"\(l.geometry)\" wkbType=\"\(l.wkbType)\" labelsEnabled=\"\(labelled ? 1 : 0)\" "
        s +=
            "hasScaleBasedVisibilityFlag=\"0\" minScale=\"100000000\" maxScale=\"0\" readOnly=\"1\" styleCategories=\"AllStyleCategories\">\n"
        s += "\(i2)<id>\(l.id)</id>\n\(i2)<datasource>./\(l.fileName)</datasource>\n"
        s += "\(i2)<layername>\(XMLText.escape(l.title))</layername>\n"
        s += "\(i2)<srs>\n" + QgisProject.spatialRefSys("EPSG:4326", indent: i2 + "  ") + "\(i2)</srs>\n"
        s += "\(i2)<provider encoding=\"UTF-8\">ogr</provider>\n"
        s += renderer(l, indent: i2) + labeling(l, indent: i2)
        s +=
            "\(i2)<blendMode>0</blendMode>\n\(i2)<featureBlendMode>0</featureBlendMode>\n\(i2)<layerOpacity>1</layerOpacity>\n"
        s += "\(i2)<legend type=\"default-vector\" showLabelLegend=\"0\"/>\n"
        return s + "\(indent)</maplayer>\n"
    }

    /// OpenStreetMap's standard tiles (XYZ, through QGIS's WMS provider), with their credit.
    static func osmLayer(indent: String) -> String {
        let i2 = indent + "  "
        return
            "\(indent)<maplayer type=\"raster\" hasScaleBasedVisibilityFlag=\"0\" minScale=\"100000000\" maxScale=\"0\" styleCategories=\"AllStyleCategories\">\n"
            + "\(i2)<id>\(osmID)</id>\n\(i2)<datasource>\(XMLText.escape(osmSource))</datasource>\n"
            + "\(i2)<layername>\(XMLText.escape(osmTitle))</layername>\n"
            + "\(i2)<srs>\n" + QgisProject.spatialRefSys("EPSG:3857", indent: i2 + "  ") + "\(i2)</srs>\n"
            + "\(i2)<resourceMetadata>\n\(i2)  <rights>\(XMLText.escape(osmCredit))</rights>\n\(i2)</resourceMetadata>\n"
            + "\(i2)<provider>wms</provider>\n"
            + "\(i2)<pipe>\n\(i2)  <rasterrenderer type=\"singlebandcolordata\" band=\"1\" opacity=\"1\" alphaBand=\"-1\"/>\n\(i2)</pipe>\n"
            + "\(i2)<blendMode>0</blendMode>\n"
            + "\(indent)</maplayer>\n"
    }

    static func renderer(_ l: Layer, indent: String) -> String {
        let i2 = indent + "  ", i4 = indent + "    "
        switch l.id {
        case borders.id:
            var categories = "", symbols = ""
            let styles: [(ContextLevel, String, String, Double)] = [
                (.country, "Country border", "solid", 0.6), (.governorate, "Governorate border", "dash", 0.35),
                (.district, "District border", "dot", 0.2),
            ]
            for (n, (level, label, dash, width)) in styles.enumerated() {
                categories +=
                    "\(i4)<category render=\"true\" symbol=\"\(n)\" value=\"\(level.rawValue)\" label=\"\(label)\"/>\n"
                symbols += QgisSymbol.symbol(
                    type: "line", name: String(n),
                    layers: [
                        QgisSymbol.layer(
                            "SimpleLine",
                            [
                                ("capstyle", "round"), ("joinstyle", "round"), ("line_color", borderColour(level)),
                                ("line_style", dash),
                                ("line_width", JSONValue.format(width, digits: 3)), ("line_width_unit", "MM"),
                            ], indent: i4 + "  ")
                    ], indent: i4)
            }
            return
                "\(indent)<renderer-v2 type=\"categorizedSymbol\" attr=\"\(LayerSchema.level)\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" referencescale=\"-1\">\n"
                + "\(i2)<categories>\n\(categories)\(i2)</categories>\n\(i2)<symbols>\n\(symbols)\(i2)</symbols>\n\(indent)</renderer-v2>\n"
        case towns.id:
            // Diameter in millimetres grows with the square root of the population, as the pictures' discs.
            let size = "min(4, max(1.2, sqrt(coalesce(\(QgisStyle.field(LayerSchema.population)), 0)) / 250))"
            let marker = QgisSymbol.symbol(
                type: "marker", name: "0",
                layers: [
                    QgisSymbol.circle(
                        fill: QgisSymbol.colour(SVGMap.contextTownFill), outline: "255,255,255,255", outlineWidth: 0.2,
                        size: 1.6,
                        dataDefined: [("size", size)], indent: i4 + "  ")
                ], indent: i4)
            return
                "\(indent)<renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" referencescale=\"-1\">\n"
                + "\(i2)<symbols>\n\(marker)\(i2)</symbols>\n\(indent)</renderer-v2>\n"
        default:
            return "\(indent)<renderer-v2 type=\"nullSymbol\"/>\n"
        }
    }

    /// Town names (only those the war's layers do not name) and governorate names in capitals, grey
    /// with a white halo, below the war's names in priority.
    static func labeling(_ l: Layer, indent: String) -> String {
        guard l.id != borders.id else { return "" }
        let i2 = indent + "  ", i4 = indent + "    ", i6 = indent + "      "
        let isTown = l.id == towns.id
        let field =
            isTown
            ? "if(\(QgisStyle.field(LayerSchema.onWarMap)), '', \(QgisStyle.field(LayerSchema.name)))"
            : LayerSchema.name
        let font =
            isTown
            ? "fontSize=\"8\" textColor=\"112,112,112,255\" capitalization=\"0\" fontLetterSpacing=\"0\""
            : "fontSize=\"10\" textColor=\"160,160,160,255\" capitalization=\"1\" fontLetterSpacing=\"2\""
        return "\(indent)<labeling type=\"simple\">\n\(i2)<settings calloutType=\"simple\">\n"
            + "\(i4)<text-style fieldName=\"\(XMLText.escape(field))\" isExpression=\"\(isTown ? 1 : 0)\" fontFamily=\"DejaVu Sans\" \(font) fontSizeUnit=\"Point\" textOpacity=\"1\" fontWeight=\"50\" fontItalic=\"0\" namedStyle=\"\" multilineHeight=\"1\" blendMode=\"0\" allowHtml=\"0\" textOrientation=\"horizontal\" previewBkgrdColor=\"255,255,255,255\">\n"
            + "\(i6)<text-buffer bufferDraw=\"1\" bufferSize=\"0.7\" bufferSizeUnits=\"MM\" bufferColor=\"255,255,255,255\" bufferOpacity=\"0.85\" bufferNoFill=\"1\" bufferJoinStyle=\"128\" bufferBlendMode=\"0\"/>\n"
            + "\(i4)</text-style>\n"
            + "\(i4)<placement placement=\"\(isTown ? 6 : 1)\" dist=\"1\" distUnits=\"MM\" quadOffset=\"4\" priority=\"\(isTown ? 3 : 1)\" offsetType=\"0\" placementFlags=\"10\"/>\n"
            + "\(i4)<rendering obstacle=\"1\" obstacleType=\"1\" displayAll=\"0\" labelPerPart=\"0\" mergeLines=\"0\" upsidedownLabels=\"0\" scaleVisibility=\"0\" fontLimitPixelSize=\"0\" drawLabels=\"1\" zIndex=\"0\"/>\n"
            + "\(i2)</settings>\n\(indent)</labeling>\n"
    }

    /// The project's copyright decoration: the credit of every source the project can show.
    static func copyright(_ credit: String, indent: String) -> String {
        "\(indent)<CopyrightLabel>\n\(indent)  <Enabled type=\"bool\">true</Enabled>\n\(indent)  <Label type=\"QString\">\(XMLText.escape(credit))</Label>\n\(indent)</CopyrightLabel>\n"
    }
}
