import Foundation
import Testing

@testable import Gdal

/// `writeGeoPackage(layerCount:to:streaming:)`: layers whose features are made while they are written,
/// so a long war's GeoPackage never holds a layer. It must write what the all-at-once writer writes, and
/// check each feature as it comes, failing as that one does.
@Suite("GeoPackage streamed feature by feature")
struct StreamedGeoPackageTests {
    /// Each of `layers` with its features handed over by a source instead of held.
    static func streamed(_ layers: [VectorLayer]) -> (Int) -> StreamedLayer {
        { i in
            var shell = layers[i]
            shell.features = []
            let features = layers[i].features
            return StreamedLayer(shell) { emit in for f in features { try emit(f) } }
        }
    }

    @Test func streamedLayersGiveTheSameBytesAsHeldOnes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let held = scratch.url.appendingPathComponent("held.gpkg")
        let streamed = scratch.url.appendingPathComponent("streamed.gpkg")
        try GdalVectorWriter.write(Synthetic.war, to: .geoPackage(held))
        try GdalVectorWriter.writeGeoPackage(
            layerCount: Synthetic.war.count, to: streamed, streaming: Self.streamed(Synthetic.war))
        #expect(try Data(contentsOf: streamed) == Data(contentsOf: held))
    }

    @Test func aBadStreamedFeatureFailsTheWriteAndLeavesThePreviousFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.url.appendingPathComponent("war.gpkg")
        try GdalVectorWriter.write(Synthetic.war, to: .geoPackage(path))
        let before = try Data(contentsOf: path)
        var broken = Synthetic.war
        broken[0].features[4].values.removeLast()
        #expect {
            try GdalVectorWriter.writeGeoPackage(layerCount: broken.count, to: path, streaming: Self.streamed(broken))
        } throws: { error in
            guard case let GdalError.invalidInput(message) = error else { return false }
            return message.contains("feature 4") && message.contains(broken[0].name)
        }
        #expect(try Data(contentsOf: path) == before)
        #expect(try scratch.contents() == ["war.gpkg"])
    }
}
