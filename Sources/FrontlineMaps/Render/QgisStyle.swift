/// Styles of the four QGIS layers — renderer, labels and time settings — shared by the project
/// (`QgisProject`) and the standalone `.qml` files, so dragging a GeoJSON in by hand and opening the
/// project give the same picture.
///
/// Time: every layer uses QGIS's "start and end from expressions" mode on the `start`/`end` fields
/// (end exclusive), not the plain "separate fields" mode. On QGIS 3.22 with GDAL 3.6 the plain mode
/// sends its filter to OGR, which fails on a null date ("Failed to parse date ''") and so hides
/// every period still open at the end (`end` null); and uncompiled, QGIS compares a Date field with
/// a date-time as text and shows a period one day early. Converting with `to_datetime` and giving an
/// open end a far-future date avoids both (`Tests/qgis/check_project.py` steps every day to prove it).
/// The field names stay set, so switching the mode in the layer dialog keeps them.
public enum QgisStyle {
    /// Event ring sizes in millimetres by death toll: (lowest, highest, legend label, size).
    static let eventClasses: [(lower: Int, upper: Int, label: String, size: Double)] = [
        (0, 0, "No figure given", 2.2), (1, 9, "1–9 killed", 3.2), (10, 49, "10–49 killed", 4.6),
        (50, 199, "50–199 killed", 6.6), (200, 1_000_000_000, "200 or more killed", 9.0),
    ]

    /// Reports the article does not state as fact (claimed, reported, unconfirmed, disputed) get a
    /// dashed ring, as in the SVG (`MapEvent.isFirm`).
    static let eventOutlineStyle =
        "if(\(field(LayerSchema.certainty)) IS NULL OR \(field(LayerSchema.certainty)) IN ('stated', 'confirmed'), 'solid', 'dash')"

    /// A town attacked, besieged or struck in the period gets a red ring, as in the SVG.
    static let placeUnderFire = [LayerSchema.attacked, LayerSchema.besieged, LayerSchema.struck].map {
        "coalesce(\(field($0)), false)"
    }.joined(separator: " OR ")

    /// A field of the layer in a QGIS expression: its name in double quotes.
    static func field(_ name: String) -> String { "\"" + name + "\"" }

    /// The expressions that start and end a feature's time on the map.
    static func temporalExpressions(_ layer: QgisLayer) -> (start: String, end: String) {
        switch layer {
        case .events:
            return (
                "to_datetime(\(field(LayerSchema.date)))",
                "to_datetime(\(field(LayerSchema.date))) + to_interval('1 day')"
            )
        case .territory, .fronts, .places:
            return (
                "coalesce(to_datetime(\(field(LayerSchema.start))), make_datetime(1,1,1,0,0,0))",
                "coalesce(to_datetime(\(field(LayerSchema.end))), make_datetime(9999,12,31,0,0,0))"
            )
        }
    }

    /// The `<temporal>` element of a layer.
    static func temporal(_ layer: QgisLayer, indent: String) -> String {
        let (start, end) = temporalExpressions(layer)
        let startField = layer == .events ? LayerSchema.date : LayerSchema.start,
            endField = layer == .events ? "" : LayerSchema.end
        return
            "\(indent)<temporal enabled=\"1\" mode=\"4\" limitMode=\"0\" accumulate=\"0\" startField=\"\(startField)\" endField=\"\(endField)\" "
            + "startExpression=\"\(XMLText.escape(start))\" endExpression=\"\(XMLText.escape(end))\" durationField=\"\" durationUnit=\"d\" fixedDuration=\"0\">\n"
            + "\(indent)  <fixedRange>\n\(indent)    <start></start>\n\(indent)    <end></end>\n\(indent)  </fixedRange>\n\(indent)</temporal>\n"
    }

    /// The `<renderer-v2>` element of a layer.
    static func renderer(_ layer: QgisLayer, palette: [SideStyle], indent: String) -> String {
        let i2 = indent + "  ", i4 = indent + "    "
        switch layer {
        case .territory, .places:
            var categories = "", symbols = ""
            for (n, style) in palette.enumerated() {
                categories +=
                    "\(i4)<category render=\"true\" symbol=\"\(n)\" value=\"\(XMLText.escape(style.key))\" label=\"\(XMLText.escape(style.label))\"/>\n"
                symbols += symbol(layer, style: style, name: String(n), indent: i4)
            }
            // A side the infobox does not list still shows, drawn as unknown ("all other values").
            let other = SideStyle(
                key: "", label: "Other", fill: SideStyle.unknown.fill, stroke: SideStyle.unknown.stroke)
            categories += "\(i4)<category render=\"true\" symbol=\"\(palette.count)\" value=\"\" label=\"Other\"/>\n"
            symbols += symbol(layer, style: other, name: String(palette.count), indent: i4)
            return
                "\(indent)<renderer-v2 type=\"categorizedSymbol\" attr=\"\(LayerSchema.side)\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" referencescale=\"-1\">\n"
                + "\(i2)<categories>\n\(categories)\(i2)</categories>\n\(i2)<symbols>\n\(symbols)\(i2)</symbols>\n\(indent)</renderer-v2>\n"
        case .fronts:
            return
                "\(indent)<renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" referencescale=\"-1\">\n"
                + "\(i2)<symbols>\n" + QgisSymbol.casedLine(name: "0", colour: "#111111", width: 1.2, indent: i4)
                + "\(i2)</symbols>\n\(indent)</renderer-v2>\n"
        case .events:
            var ranges = "", symbols = ""
            for (n, c) in eventClasses.enumerated() {
                ranges +=
                    "\(i4)<range render=\"true\" symbol=\"\(n)\" lower=\"\(c.lower)\" upper=\"\(c.upper)\" label=\"\(XMLText.escape(c.label))\"/>\n"
                symbols += QgisSymbol.marker(
                    name: String(n), fill: "176,0,32,60", outline: "176,0,32,255", outlineWidth: 0.4, size: c.size,
                    outlineStyle: eventOutlineStyle, indent: i4)
            }
            let attr = XMLText.escape("coalesce(\(field(LayerSchema.fatalitiesBest)), 0)")
            return
                "\(indent)<renderer-v2 type=\"graduatedSymbol\" attr=\"\(attr)\" graduatedMethod=\"GraduatedSize\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\" referencescale=\"-1\">\n"
                + "\(i2)<ranges>\n\(ranges)\(i2)</ranges>\n\(i2)<symbols>\n\(symbols)\(i2)</symbols>\n"
                + "\(i2)<classificationMethod id=\"Custom\">\n\(i4)<labelFormat format=\"%1 - %2\" trimtrailingzeroes=\"1\" labelprecision=\"0\"/>\n\(i2)</classificationMethod>\n"
                + "\(indent)</renderer-v2>\n"
        }
    }

    static func symbol(_ layer: QgisLayer, style: SideStyle, name: String, indent: String) -> String {
        if layer == .territory { return QgisSymbol.fill(name: name, style: style, indent: indent) }
        // Towns: a contested town is white with a dark rim, as in the SVG.
        let fill = style.hatched ? "255,255,255,255" : QgisSymbol.colour(style.fill)
        return QgisSymbol.marker(
            name: name, fill: fill, outline: QgisSymbol.colour(style.stroke), outlineWidth: 0.4, size: 3,
            ringWhen: placeUnderFire, indent: indent)
    }

    /// Town names beside their dots, with a white halo; other layers are not labelled.
    static func labeling(_ layer: QgisLayer, indent: String) -> String {
        guard layer == .places else { return "" }
        let i2 = indent + "  ", i4 = indent + "    ", i6 = indent + "      "
        return "\(indent)<labeling type=\"simple\">\n\(i2)<settings calloutType=\"simple\">\n"
            + "\(i4)<text-style fieldName=\"\(LayerSchema.name)\" isExpression=\"0\" fontFamily=\"DejaVu Sans\" fontSize=\"9\" fontSizeUnit=\"Point\" textColor=\"32,32,32,255\" textOpacity=\"1\" fontWeight=\"50\" fontItalic=\"0\" namedStyle=\"\" multilineHeight=\"1\" blendMode=\"0\" allowHtml=\"0\" capitalization=\"0\" textOrientation=\"horizontal\" previewBkgrdColor=\"255,255,255,255\">\n"
            + "\(i6)<text-buffer bufferDraw=\"1\" bufferSize=\"0.8\" bufferSizeUnits=\"MM\" bufferColor=\"255,255,255,255\" bufferOpacity=\"0.85\" bufferNoFill=\"1\" bufferJoinStyle=\"128\" bufferBlendMode=\"0\"/>\n"
            + "\(i4)</text-style>\n"
            + "\(i4)<placement placement=\"0\" dist=\"1\" distUnits=\"MM\" quadOffset=\"4\" priority=\"5\" offsetType=\"0\" placementFlags=\"10\"/>\n"
            + "\(i4)<rendering obstacle=\"1\" obstacleType=\"1\" displayAll=\"0\" labelPerPart=\"0\" mergeLines=\"0\" upsidedownLabels=\"0\" scaleVisibility=\"0\" fontLimitPixelSize=\"0\" drawLabels=\"1\" zIndex=\"0\"/>\n"
            + "\(i2)</settings>\n\(indent)</labeling>\n"
    }

    /// The `.qml` style file of `layer`: renderer, labels and time settings.
    public static func qml(for layer: QgisLayer, sides: [Side]) -> String {
        let palette = SideStyle.palette(sides: sides)
        return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            + "<qgis version=\"\(QgisProject.version)\" styleCategories=\"Symbology|Labeling|Temporal\" labelsEnabled=\"\(layer == .places ? 1 : 0)\">\n"
            + temporal(layer, indent: "  ") + renderer(layer, palette: palette, indent: "  ")
            + labeling(layer, indent: "  ")
            + "  <blendMode>0</blendMode>\n  <layerGeometryType>\(geometryTypeNumber(layer))</layerGeometryType>\n</qgis>\n"
    }

    /// Every `.qml` file: relative path (`styles/places.qml`, …) and text, in a fixed order.
    public static func files(sides: [Side]) -> [(path: String, text: String)] {
        QgisLayer.allCases.map { ($0.stylePath, qml(for: $0, sides: sides)) }
    }

    /// `QgsWkbTypes::GeometryType`: 0 point, 1 line, 2 polygon.
    static func geometryTypeNumber(_ layer: QgisLayer) -> Int {
        switch layer {
        case .places, .events: return 0
        case .fronts: return 1
        case .territory: return 2
        }
    }
}
