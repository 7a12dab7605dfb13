import Foundation

/// Puts a `FrameCaption` on an SVG document before it is rasterised: pure text work, no parsing
/// library, so a day's picture gains its date and events without being redrawn.
///
/// The picture is nested unchanged in a new root `<svg>` (inside a wrapper that gives it its own size,
/// so percentage sizes still resolve against it) and the caption is drawn as one `<g class="caption">`
/// after it. Every text is XML-escaped; widths are estimated from the font size (about 0.55 em per
/// character), and a line too long is cut with "…".
public enum SVGCaption {
    /// `svg` with `caption` drawn at `style`'s edge.
    /// - Throws: `RasterError.invalidInput` when the document's root is not `<svg>` or it states no size
    ///   (neither a pixel width and height nor a `viewBox`).
    public static func annotate(_ svg: String, with caption: FrameCaption, style: CaptionStyle = CaptionStyle()) throws
        -> String
    {
        let root = try SVGRoot(svg)
        guard let (width, height) = root.size else {
            throw RasterError.invalidInput("the <svg> root has neither a pixel width and height nor a viewBox")
        }
        let layout = Layout(width: width, maximumLines: style.maximumLines)
        let outside = style.placement == .outside
        let total = outside ? height + layout.band : height
        let pictureY = outside && style.edge == .top ? layout.band : 0
        let bandY = style.edge == .top ? 0 : total - layout.band

        var s = String(root.prolog)
        s +=
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(n(width))\" height=\"\(n(total))\" viewBox=\"0 0 \(n(width)) \(n(total))\">\n"
        if outside {
            s +=
                "<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(total))\" fill=\"\(style.backgroundColour)\"/>\n"
        }
        s += "<svg x=\"0\" y=\"\(n(pictureY))\" width=\"\(n(width))\" height=\"\(n(height))\" overflow=\"hidden\">\n"
        s += root.element
        s += "\n</svg>\n"
        s +=
            "<g class=\"caption\" font-family=\"\(XMLEscaping.escape(style.fontFamily))\" fill=\"\(style.textColour)\">\n"
        if !outside {
            s +=
                "<rect x=\"0\" y=\"\(n(bandY))\" width=\"\(n(width))\" height=\"\(n(layout.band))\" fill=\"\(style.backgroundColour)\" fill-opacity=\"0.85\"/>\n"
        }
        var baseline = bandY + layout.padding + layout.headingSize * 0.8
        s +=
            "<text x=\"\(n(layout.padding))\" y=\"\(n(baseline))\" font-size=\"\(n(layout.headingSize))\" font-weight=\"bold\">\(XMLEscaping.escape(layout.fit(caption.heading, size: layout.headingSize)))</text>\n"
        let linesTop = baseline + layout.headingSize * 0.2 + layout.padding * 0.5
        for (i, line) in shown(caption.lines, room: style.maximumLines).enumerated() {
            baseline = linesTop + Double(i) * layout.lineStep + layout.lineSize * 0.8
            s +=
                "<text x=\"\(n(layout.padding))\" y=\"\(n(baseline))\" font-size=\"\(n(layout.lineSize))\">\(XMLEscaping.escape(layout.fit(line, size: layout.lineSize)))</text>\n"
        }
        s += "</g>\n</svg>\n"
        return s
    }

    /// The lines that fit in `room`: all of them, or the first ones and "and N more".
    static func shown(_ lines: [String], room: Int) -> [String] {
        guard lines.count > room else { return lines }
        guard room > 0 else { return [] }
        let kept = lines.prefix(room - 1)
        return kept + ["and \(lines.count - kept.count) more"]
    }

    /// Sizes that scale with the picture's width, so a caption looks the same at any resolution.
    struct Layout {
        let width: Double
        let headingSize: Double
        let lineSize: Double
        let padding: Double
        let lineStep: Double
        let band: Double

        init(width: Double, maximumLines: Int) {
            self.width = width
            headingSize = min(48, max(16, width * 0.035))
            lineSize = min(24, max(10, headingSize * 0.5))
            padding = lineSize
            lineStep = lineSize * 1.35
            band =
                padding + headingSize + (maximumLines > 0 ? padding * 0.5 + Double(maximumLines) * lineStep : 0)
                + padding * 0.6
        }

        /// `text` cut with "…" to the width available at `size`.
        func fit(_ text: String, size: Double) -> String {
            let room = max(1, Int((width - 2 * padding) / (size * 0.55)))
            guard text.count > room else { return text }
            return String(text.prefix(max(0, room - 1))) + "…"
        }
    }

    /// A coordinate with at most two decimals and no trailing zeros, so the output is stable.
    static func n(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.2f", rounded).replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression)
    }
}
