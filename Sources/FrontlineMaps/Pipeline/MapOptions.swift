/// How `frontline map` builds its maps. Lengths are in metres of the projected CRS.
public struct MapOptions: Sendable {
    /// Metric CRS for geometry ("EPSG:32637"); `nil` picks the UTM zone of the places' centroid.
    public var crs: String?
    /// How far a town's influence reaches; land beyond every town's radius stays unclaimed.
    public var radiusMetres: Double
    /// Douglas–Peucker tolerance for territory and front outlines.
    public var simplifyMetres: Double
    /// Write only this many evenly spaced day snapshots (first and last included); `nil` writes every day.
    public var snapshots: Int?

    public init(crs: String? = nil, radiusMetres: Double = 12_000, simplifyMetres: Double = 50, snapshots: Int? = nil) {
        self.crs = crs
        self.radiusMetres = radiusMetres
        self.simplifyMetres = simplifyMetres
        self.snapshots = snapshots
    }
}
