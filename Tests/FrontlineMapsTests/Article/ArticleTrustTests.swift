import Foundation
import Testing

@testable import FrontlineMaps

@Suite("Article reader: hostile shapes of text")
struct ArticleTrustTests {
    static let header = "---\ntitle: T\n---\n"

    static let deep: [String: (yaml: String, line: Int, column: Int)] = [
        // "x: " then brackets: the 63rd bracket is the 65th level (the line, then `x:`).
        "flow lists": ("x: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000), 1, 66),
        "flow mappings": (
            "a:\n  b: " + String(repeating: "{k: ", count: 3000) + "v" + String(repeating: "}", count: 3000), 2, 250
        ),
        "compact block lists": ("x:\n" + String(repeating: "- ", count: 3000) + "v", 2, 127),
    ]

    @Test(
        "deep YAML nesting is found before the parser, at its line and column",
        arguments: ["flow lists", "flow mappings", "compact block lists"])
    func deepYAML(_ name: String) throws {
        let c = try #require(Self.deep[name])
        let at = try #require(YAMLDepth.firstTooDeep(c.yaml))
        #expect(at.line == c.line && at.column == c.column, "\(at)")
    }

    @Test("ordinary YAML, quoted brackets and block scalars are not counted as nesting")
    func shallowYAML() throws {
        let seed = try String(contentsOf: TestPaths.seed, encoding: .utf8)
        #expect(YAMLDepth.firstTooDeep(seed.components(separatedBy: "\n---\n")[0]) == nil)
        let quoted =
            "a: \"" + String(repeating: "[", count: 500) + "\"\nb: |\n  " + String(repeating: "{", count: 500)
            + "\nc: x [y z\n"
        #expect(YAMLDepth.firstTooDeep(quoted) == nil)
        for dir in ["gazetteer/lexicons"] {
            let url = TestPaths.repository.appendingPathComponent(dir)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".yaml") {
                #expect(
                    YAMLDepth.firstTooDeep(try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8))
                        == nil, "\(name)")
            }
        }
    }

    @Test("a 2 MB paragraph of 70,000 linked sentences is read in linear time")
    func longParagraph() throws {
        let body = String(repeating: "It rained on [Morek](./Morek) today. ", count: 70_000)
        let start = Date()
        let article = try ArticleReader.parse(data: Data((Self.header + body + "\n").utf8), file: "a.md")
        let seconds = Date().timeIntervalSince(start)
        let sentences = article.sentences
        #expect(sentences.count == 70_000)
        #expect(sentences.last?.location.column == 1 + 37 * 69_999)
        #expect(sentences.last?.links.first?.page == "Morek")
        // Quadratic column and link scans took minutes here.
        #expect(seconds < 20, "took \(seconds) s")
    }

    @Test("comments and fenced code are not text; a BOM is not a character")
    func hiddenText() throws {
        let text =
            "\u{FEFF}" + Self.header
            + "A <!-- B. C --> D.\n\n<!--\nE.\n-->\n```\nF.\n```\n~~~~\nG.\n```\nH.\n~~~~\nI <!-- x -->.\n"
        let article = try ArticleReader.parse(data: Data(text.utf8), file: "a.md")
        #expect(article.title == "T")
        #expect(article.sentences.map(\.text) == ["A D.", "I ."])
        #expect(article.sentences.first?.location == SourceLocation(file: "a.md", line: 4, column: 1))
    }

    @Test("an indented --- inside a block scalar does not close the front matter")
    func indentedRule() throws {
        let text = "---\ntitle: T\ndescription: |\n  one\n  ---\n  two\n---\nOn 2 March 2013 x.\n"
        let article = try ArticleReader.parse(data: Data(text.utf8), file: "a.md")
        #expect(article.description == "one\n---\ntwo\n")
        #expect(article.sentences.count == 1)
    }
}
