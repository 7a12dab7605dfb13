extension Day {
    /// "7 February 2013": how a picture's title names its day, in words so no reader mistakes the
    /// month for the day; fixed English, independent of the machine's locale.
    public var longForm: String {
        let c = components
        return "\(c.day) \(Day.monthNames[c.month - 1]) \(c.year)"
    }
}
