/// Where and how a `FrameCaption` is drawn.
///
/// The caption's band has the same height on every frame (it is sized for `maximumLines`, whatever
/// a day has), so all the frames of a video keep one size and nothing jumps between days.
public struct CaptionStyle: Hashable, Sendable {
    public enum Edge: Hashable, Sendable {
        case top
        case bottom
    }

    public enum Placement: Hashable, Sendable {
        /// A band added outside the picture: the picture grows taller and nothing of the map is hidden.
        case outside
        /// A translucent panel over the picture's edge: the size stays the same.
        case inside
    }

    public var edge: Edge
    public var placement: Placement
    /// Event lines the band has room for.
    public var maximumLines: Int
    /// The band's (or the panel's) colour.
    public var backgroundColour: RGBColour
    public var textColour: RGBColour
    public var fontFamily: String

    public init(
        edge: Edge = .bottom, placement: Placement = .outside, maximumLines: Int = 3,
        backgroundColour: RGBColour = .white, textColour: RGBColour = RGBColour(red: 0x20, green: 0x20, blue: 0x20),
        fontFamily: String = "DejaVu Sans, Liberation Sans, Arial, sans-serif"
    ) {
        self.edge = edge
        self.placement = placement
        self.maximumLines = max(0, maximumLines)
        self.backgroundColour = backgroundColour
        self.textColour = textColour
        self.fontFamily = fontFamily
    }
}
