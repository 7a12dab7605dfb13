/// How one side key is drawn, the same in every output: SVG, the HTML player, the QGIS project and
/// the `.qml` files, so a reader who learns the colours once can read every picture.
///
/// Colours are fixed by combatant number, never by name, so the same article always gets the same
/// colours and no side's colour carries a judgement. The first six come from the Okabe–Ito palette,
/// which stays distinguishable for the common forms of colour blindness.
public struct SideStyle: Hashable, Sendable {
    /// The side key of the GeoJSON files: `combatant1`, …, `contested`, `unclaimed`, `unknown`.
    public var key: String
    /// What the legend says: the infobox name for a combatant, plain words otherwise.
    public var label: String
    /// `#RRGGBB` fill of territory and place symbols.
    public var fill: String
    /// `#RRGGBB` outline of place symbols and the hatching of contested land.
    public var stroke: String
    /// Contested land is hatched, not filled, so it never reads as a third army.
    public var hatched: Bool

    public init(key: String, label: String, fill: String, stroke: String, hatched: Bool = false) {
        self.key = key
        self.label = label
        self.fill = fill
        self.stroke = stroke
        self.hatched = hatched
    }

    /// Fills for combatant 1, 2, …; a war with more sides than this reuses them in order.
    public static let combatantFills = ["#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
    /// Darker outlines matching `combatantFills`.
    public static let combatantStrokes = ["#7A3500", "#003F63", "#00573F", "#7A3F66", "#7F5700", "#1F6D99"]

    /// The style of combatant `number` (1-based), labelled `name`.
    public static func combatant(_ number: Int, name: String) -> SideStyle {
        let i = (max(number, 1) - 1) % combatantFills.count
        return SideStyle(key: Side.key(number), label: name, fill: combatantFills[i], stroke: combatantStrokes[i])
    }

    public static let contested = SideStyle(
        key: "contested", label: "Contested", fill: "#F5F5F5", stroke: "#404040", hatched: true)
    public static let unclaimed = SideStyle(key: "unclaimed", label: "Unclaimed", fill: "#E0E0E0", stroke: "#9E9E9E")
    public static let unknown = SideStyle(key: "unknown", label: "Unknown", fill: "#BDBDBD", stroke: "#616161")

    /// Every style a map of this war can need, legend order: the combatants by number, then
    /// contested, unclaimed, unknown.
    public static func palette(sides: [Side]) -> [SideStyle] {
        sides.sorted { $0.number < $1.number }.map { combatant($0.number, name: $0.name) } + [
            contested, unclaimed, unknown,
        ]
    }

    /// The style of `key` in `palette`; a key the palette does not know (a side the infobox does not
    /// list) is drawn as unknown rather than dropped, so no territory disappears from a picture.
    public static func style(for key: String, in palette: [SideStyle]) -> SideStyle {
        palette.first { $0.key == key } ?? SideStyle(key: key, label: key, fill: unknown.fill, stroke: unknown.stroke)
    }
}
