/// Voronoi cells matched to their sites, the GEOS 3.11 trap handled: `GEOSVoronoiDiagram_r` returns the
/// cells unordered, so each is matched to the one site it contains.
extension Geometry {
    /// One convex cell per site, in the order of `sites`, each as a closed ring in GEOS's orientation.
    ///
    /// Cells are clipped (cell by cell, with `GEOSClipByRect_r`) to the sites' bounding box grown by
    /// `margin`, so together they tile exactly that frame. Sites must be distinct.
    /// - Throws: `GeosError.invalidInput` for duplicate sites or when a cell cannot be matched;
    ///   `GeosError.library` from GEOS.
    public static func voronoiCells(sites: [XY], margin: Double, context: GeosContext) throws -> [[XY]] {
        guard !sites.isEmpty else { return [] }
        var xmin = Double.infinity, ymin = Double.infinity, xmax = -Double.infinity, ymax = -Double.infinity
        for s in sites {
            xmin = min(xmin, s.x); xmax = max(xmax, s.x); ymin = min(ymin, s.y); ymax = max(ymax, s.y)
        }
        let m = max(margin, 1)
        let frame: [XY] = [
            (xmin - m, ymin - m), (xmax + m, ymin - m), (xmax + m, ymax + m), (xmin - m, ymax + m),
            (xmin - m, ymin - m),
        ]
        if sites.count == 1 { return [frame] }
        let envelope = try polygon([frame], context: context)
        let diagram = try multiPoint(sites, context: context).voronoiDiagram(envelope: envelope)
        let cells = try diagram.polygons()
        guard cells.count == sites.count else {
            throw GeosError.invalidInput("\(sites.count) sites gave \(cells.count) Voronoi cells (duplicate sites?)")
        }
        // Match cells to sites with a grid of sites: each cell's bounding box selects candidates, and the
        // one strictly inside the convex cell is its site.
        let cellSize = max((xmax - xmin), (ymax - ymin), 1) / max(1, Double(sites.count).squareRoot())
        var grid: [Int64: [Int]] = [:]
        func key(_ x: Double, _ y: Double) -> Int64 {
            let gx = Int64(((x - xmin) / cellSize).rounded(.down)), gy = Int64(((y - ymin) / cellSize).rounded(.down))
            return gx &* 1_000_003 &+ gy
        }
        for (i, s) in sites.enumerated() { grid[key(s.x, s.y), default: []].append(i) }
        var result = [[XY]?](repeating: nil, count: sites.count)
        for cell in cells {
            guard let ring = cell.first else { continue }
            var bx0 = Double.infinity, by0 = Double.infinity, bx1 = -Double.infinity, by1 = -Double.infinity
            for p in ring { bx0 = min(bx0, p.x); bx1 = max(bx1, p.x); by0 = min(by0, p.y); by1 = max(by1, p.y) }
            bx0 = max(bx0, xmin); by0 = max(by0, ymin); bx1 = min(bx1, xmax); by1 = min(by1, ymax)
            var best: Int?
            var gx = Int64(((bx0 - xmin) / cellSize).rounded(.down))
            let gx1 = Int64(((bx1 - xmin) / cellSize).rounded(.down)),
                gy1 = Int64(((by1 - ymin) / cellSize).rounded(.down))
            search: while gx <= gx1 {
                var gy = Int64(((by0 - ymin) / cellSize).rounded(.down))
                while gy <= gy1 {
                    for i in grid[gx &* 1_000_003 &+ gy] ?? [] where result[i] == nil && convexContains(ring, sites[i])
                    {
                        best = i
                        break search
                    }
                    gy += 1
                }
                gx += 1
            }
            guard let best else { throw GeosError.invalidInput("a Voronoi cell contains none of the sites") }
            let clipped = try polygon([ring], context: context)
                .clip(xmin: xmin - m, ymin: ymin - m, xmax: xmax + m, ymax: ymax + m).polygons()
            guard clipped.count == 1, let clippedRing = clipped[0].first else {
                throw GeosError.invalidInput("a Voronoi cell does not meet the frame")
            }
            result[best] = clippedRing
        }
        return try result.map { r in
            guard let r else { throw GeosError.invalidInput("a site got no Voronoi cell") }
            return r
        }
    }

    /// Whether `p` lies inside (or on) the convex ring, whichever its orientation.
    static func convexContains(_ ring: [XY], _ p: XY) -> Bool {
        var sign = 0.0
        for i in 0..<(ring.count - 1) {
            let a = ring[i], b = ring[i + 1]
            let c = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
            if c == 0 { continue }
            if sign == 0 { sign = c } else if (c > 0) != (sign > 0) { return false }
        }
        return true
    }
}
