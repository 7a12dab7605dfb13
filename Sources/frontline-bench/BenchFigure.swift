/// One measured figure of `make bench`, printed as a row: value, target, and their ratio.
struct BenchFigure {
    var name: String
    var value: Double
    var unit: String
    var target: Double
    /// true for throughput (more is better), false for time and memory.
    var higherIsBetter: Bool

    /// How far inside the target the figure is: > 1 means met, < 1 means missed.
    var ratio: Double { higherIsBetter ? value / target : target / max(value, 1e-12) }
}
