import Foundation
import Testing
@testable import FrontlineMaps

@Suite("Render player page")
struct RenderPlayerTests {
    static let page = AnimationPage.make(title: "Fixture war", frames: RenderFixture.frames, sides: RenderFixture.sides, attribution: RenderFixture.attribution)

    @Test("the page needs nothing from the network")
    func offline() {
        let withoutNamespace = Self.page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
        #expect(!withoutNamespace.contains("http:") && !withoutNamespace.contains("https:") && !withoutNamespace.contains("//cdn"))
        #expect(!Self.page.contains("<script src") && !Self.page.contains("<link "))
    }

    @Test("days that look the same share one picture; every day is listed")
    func dedup() {
        let pictures = Self.page.components(separatedBy: "class=\"picture\"").count - 1
        let distinct = Set(RenderFixture.frames.map { SVGMap.layers($0, canvas: MapCanvas(bbox: RenderFixture.bbox), palette: SideStyle.palette(sides: RenderFixture.sides)) }).count
        #expect(pictures == distinct && distinct < RenderFixture.dayCount)
        for day in RenderFixture.days { #expect(Self.page.contains("\"\(day.iso)\"")) }
        #expect(Self.page.contains("max=\"\(RenderFixture.dayCount - 1)\""))
    }

    @Test("each day's events are listed as text, never as markup")
    func notes() {
        #expect(Self.page.contains("<ul id=\"events\""))
        #expect(Self.page.contains("item.appendChild(document.createTextNode(") && Self.page.contains("head.textContent = summary"))
        #expect(!Self.page.contains("innerHTML"))
        #expect(Self.page.contains("partial capture, Brindle <East>, 12 killed (reported)"), "the summary is in the script's data")
        #expect(!Self.page.contains("<b>no</b> markup &"), "the sentence is JSON-escaped inside the script, not raw HTML")
    }

    @Test("a title cannot end the script early")
    func scriptSafe() {
        let frame = RenderFixture.frame(0)
        let page = AnimationPage.make(title: "</script><b>x", frames: [frame], sides: [], attribution: "")
        #expect(!page.contains("</script><b>"))
        #expect(AnimationPage.scriptSafe("[\"</script>\"]") == "[\"<\\/script>\"]")
    }
}
