import Foundation

@testable import FrontlineMaps

/// Paths every test suite uses, found from this file so tests run from any working directory.
enum TestPaths {
    /// `Tests/FrontlineMapsTests/`, this file's folder's parent.
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repository = tests.deletingLastPathComponent().deletingLastPathComponent()
    static let seed = repository.appendingPathComponent("articles/2012_Hama_offensive.md")
    static let data = repository.appendingPathComponent("gazetteer")
    static let fixtures = tests.appendingPathComponent("Fixtures")

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Geometry checks on written GeoJSON, independent of GEOS.
enum PolygonTest {
    /// Even–odd point-in-polygon over all rings of a GeoJSON polygon (shell minus holes).
    static func inside(_ p: [Double], _ polygon: [[[Double]]]) -> Bool {
        var c = false
        for ring in polygon {
            var j = ring.count - 1
            for i in 0..<ring.count {
                let a = ring[i], b = ring[j]
                if (a[1] > p[1]) != (b[1] > p[1]), p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0] {
                    c.toggle()
                }
                j = i
            }
        }
        return c
    }
}
