extension WarMap {
    /// The written days that get a picture under `pictureCadence` (none without pictures).
    public var pictureDays: [Day] {
        guard pictures else { return [] }
        let changes = pictureCadence == .changes ? Set(timeline.periodStarts().keys) : []
        return pictureCadence.select(snapshotDays, changeDays: changes)
    }
}
