/// What a video frame says about its day: the date, large, and a few lines on what happened.
public struct FrameCaption: Hashable, Sendable {
    /// The large line, usually the date ("14 March 2012").
    public var heading: String
    /// One short line per event of the day, most important first; lines past the style's limit are
    /// summed up as "and N more".
    public var lines: [String]

    public init(heading: String, lines: [String] = []) {
        self.heading = heading
        self.lines = lines
    }
}
