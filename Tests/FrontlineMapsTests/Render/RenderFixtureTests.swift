import Foundation
import Testing

@testable import FrontlineMaps

@Suite("Render fixture")
struct RenderFixtureTests {
    @Test("the fixture and every render output are byte-identical across runs")
    func deterministic() throws {
        let a = try RenderFixture.files(), b = try RenderFixture.files()
        #expect(a.keys.sorted() == b.keys.sorted())
        for key in a.keys.sorted() { #expect(a[key] == b[key], "\(key) differs between two runs") }
    }

    /// The committed outputs are where to look at the fixture's pictures and to run the Python checks
    /// by hand (`Tests/FrontlineMapsTests/Golden/render-fixture/`); `FRONTLINE_RECORD=1` re-records them.
    @Test("the fixture's outputs are the committed golden files")
    func golden() throws {
        try Golden.check(try RenderFixture.files().mapValues { Data($0.utf8) }, name: "render-fixture")
    }
}
