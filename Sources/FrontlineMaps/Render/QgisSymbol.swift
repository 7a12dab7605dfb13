/// The symbol XML of QGIS 3.22 styles (`<symbol>` with `<layer class=…>` and an `<Option type="Map">`
/// of properties), written by hand so the project is deterministic: QGIS's own writer stamps dates
/// and random layer ids.
///
/// Only the properties that differ from QGIS's defaults are written; QGIS fills in the rest.
enum QgisSymbol {
    /// `#RRGGBB` → QGIS's `r,g,b,a` colour text.
    static func colour(_ hex: String, alpha: Int = 255) -> String {
        var digits = Array(hex.utf8.drop { $0 == UInt8(ascii: "#") })
        if digits.count != 6 { digits = Array("808080".utf8) }
        func byte(_ i: Int) -> Int { Int(String(decoding: digits[i..<(i + 2)], as: UTF8.self), radix: 16) ?? 128 }
        return "\(byte(0)),\(byte(2)),\(byte(4)),\(alpha)"
    }

    static func options(_ pairs: [(String, String)], indent: String) -> String {
        var s = indent + "<Option type=\"Map\">\n"
        for (k, v) in pairs {
            s += indent + "  <Option type=\"QString\" name=\"\(XMLText.escape(k))\" value=\"\(XMLText.escape(v))\"/>\n"
        }
        return s + indent + "</Option>\n"
    }

    static func layer(_ cls: String, _ pairs: [(String, String)], indent: String, child: String = "") -> String {
        "\(indent)<layer class=\"\(cls)\" enabled=\"1\" locked=\"0\" pass=\"0\">\n"
            + options(pairs, indent: indent + "  ") + child + "\(indent)</layer>\n"
    }

    static func symbol(type: String, name: String, layers: [String], indent: String) -> String {
        "\(indent)<symbol type=\"\(type)\" name=\"\(XMLText.escape(name))\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n"
            + layers.joined() + "\(indent)</symbol>\n"
    }

    /// QGIS's data-defined properties of a symbol layer: property name (`outlineStyle`,
    /// `enabled`, …) → expression evaluated per feature.
    static func dataDefined(_ properties: [(String, String)], indent i: String) -> String {
        guard !properties.isEmpty else { return "" }
        var s =
            "\(i)<data_defined_properties>\n\(i)  <Option type=\"Map\">\n\(i)    <Option type=\"QString\" name=\"name\" value=\"\"/>\n"
        s += "\(i)    <Option type=\"Map\" name=\"properties\">\n"
        for (name, expression) in properties {
            s +=
                "\(i)      <Option type=\"Map\" name=\"\(name)\">\n\(i)        <Option type=\"bool\" name=\"active\" value=\"true\"/>\n"
            s += "\(i)        <Option type=\"QString\" name=\"expression\" value=\"\(XMLText.escape(expression))\"/>\n"
            s += "\(i)        <Option type=\"int\" name=\"type\" value=\"3\"/>\n\(i)      </Option>\n"
        }
        return s
            + "\(i)    </Option>\n\(i)    <Option type=\"QString\" name=\"type\" value=\"collection\"/>\n\(i)  </Option>\n\(i)</data_defined_properties>\n"
    }

    /// One circle-marker symbol layer `size` mm across, with optional data-defined properties.
    static func circle(
        fill: String, outline: String, outlineWidth: Double, size: Double,
        dataDefined properties: [(String, String)] = [], indent: String
    ) -> String {
        layer(
            "SimpleMarker",
            [
                ("color", fill), ("name", "circle"), ("outline_color", outline), ("outline_style", "solid"),
                ("outline_width", JSONValue.format(outlineWidth, digits: 3)), ("outline_width_unit", "MM"),
                ("scale_method", "diameter"), ("size", JSONValue.format(size, digits: 3)), ("size_unit", "MM"),
            ], indent: indent, child: dataDefined(properties, indent: indent + "  "))
    }

    /// A circle marker `size` mm across; `outlineStyle`, when given, is an expression choosing the
    /// outline's style per feature; `ringWhen`, when given, adds a wider red ring (as the SVG draws
    /// around a town attacked, besieged or struck) shown only where that expression is true.
    static func marker(
        name: String, fill: String, outline: String, outlineWidth: Double = 0.3, size: Double,
        outlineStyle: String? = nil,
        ringWhen: String? = nil, indent: String
    ) -> String {
        var layers: [String] = []
        if let ringWhen {
            layers.append(
                circle(
                    fill: "0,0,0,0", outline: "176,0,32,255", outlineWidth: 0.4, size: size + 2.2,
                    dataDefined: [("enabled", ringWhen)], indent: indent + "  "))
        }
        layers.append(
            circle(
                fill: fill, outline: outline, outlineWidth: outlineWidth, size: size,
                dataDefined: outlineStyle.map { [("outlineStyle", $0)] } ?? [], indent: indent + "  "))
        return symbol(type: "marker", name: name, layers: layers, indent: indent)
    }

    /// A polygon fill for `style`: a translucent colour, or for hatched styles a pale fill crossed
    /// by 45° lines (a line-pattern layer with its own line sub-symbol).
    static func fill(name: String, style: SideStyle, indent: String) -> String {
        var layers = [
            layer(
                "SimpleFill",
                [
                    ("color", colour(style.fill, alpha: style.hatched ? 255 : 140)),
                    ("outline_color", colour(style.stroke, alpha: 160)),
                    ("outline_style", "solid"), ("outline_width", "0.2"), ("outline_width_unit", "MM"),
                    ("style", "solid"),
                ], indent: indent + "  ")
        ]
        if style.hatched {
            let hatch = symbol(
                type: "line", name: "@\(name)@1",
                layers: [
                    layer(
                        "SimpleLine",
                        [
                            ("line_color", colour(style.stroke)), ("line_style", "solid"), ("line_width", "0.5"),
                            ("line_width_unit", "MM"),
                        ], indent: indent + "      ")
                ], indent: indent + "    ")
            layers.append(
                layer(
                    "LinePatternFill", [("angle", "45"), ("distance", "2"), ("distance_unit", "MM")],
                    indent: indent + "  ", child: hatch))
        }
        return symbol(type: "fill", name: name, layers: layers, indent: indent)
    }

    /// A line drawn as `width` mm of `colour` over a wider white casing, so it stays readable on
    /// any fill.
    static func casedLine(name: String, colour lineColour: String, width: Double, indent: String) -> String {
        func line(_ c: String, _ w: Double) -> String {
            layer(
                "SimpleLine",
                [
                    ("capstyle", "round"), ("joinstyle", "round"), ("line_color", c), ("line_style", "solid"),
                    ("line_width", JSONValue.format(w, digits: 3)), ("line_width_unit", "MM"),
                ], indent: indent + "  ")
        }
        return symbol(
            type: "line", name: name, layers: [line("255,255,255,255", width * 1.8), line(colour(lineColour), width)],
            indent: indent)
    }
}
