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

    /// Writes the fixture where `FRONTLINE_RENDER_FIXTURE` says, for working on the Python checks by hand.
    @Test("writes the fixture folder on request", .enabled(if: ProcessInfo.processInfo.environment["FRONTLINE_RENDER_FIXTURE"] != nil))
    func writeOnRequest() throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["FRONTLINE_RENDER_FIXTURE"]!)
        try RenderFixture.write(to: folder)
    }
}
