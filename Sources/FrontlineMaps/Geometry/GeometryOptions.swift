/// How the geometry stage draws: the CRS, a town's reach, the simplification, the tiling and the days
/// written. Lengths are in metres of the projected CRS.
public struct GeometryOptions: Sendable {
    /// Metric CRS for geometry ("EPSG:32637"); `nil` picks the UTM zone of the places' centroid.
    public var crs: String?
    /// How far a town's influence reaches; land beyond every town's radius stays unclaimed.
    public var radiusMetres: Double
    /// How far a drawn outline may stray from the true one: the chords that draw each town's circle of
    /// influence stay within it, and the governorate outlines used for clipping are simplified with it
    /// (topology-preserving Douglas–Peucker). Cell edges between towns are exact and never simplified,
    /// so neighbouring territories keep sharing their boundary.
    public var simplifyMetres: Double
    /// Write only this many evenly spaced day snapshots (first and last included); `nil` writes every day.
    public var snapshots: Int?
    /// Above twice this many cells, the timeline layers split territory and fronts into square tiles of
    /// about this many cells, so that a change rewrites only its neighbourhood.
    public var cellsPerTile: Int

    public init(
        crs: String? = nil, radiusMetres: Double = 12_000, simplifyMetres: Double = 50, snapshots: Int? = nil,
        cellsPerTile: Int = 32
    ) {
        self.crs = crs
        self.radiusMetres = radiusMetres
        self.simplifyMetres = simplifyMetres
        self.snapshots = snapshots
        self.cellsPerTile = cellsPerTile
    }
}
