import Foundation
import Testing

@testable import FrontlineMaps

@Suite("Article reader")
struct ArticleReaderTests {
    @Test("the seed's front matter: title, description, every infobox field with links")
    func seedFrontMatter() throws {
        let a = try ArticleReader.read(file: TestPaths.seed.path)
        #expect(a.title == "2012 Hama offensive")
        #expect(a.description?.hasPrefix("The 2012 Hama offensive was a military operation") == true)
        let keys = a.infobox.map(\.key)
        for key in ["date", "place", "combatant1", "combatant2", "commander1", "strength1", "casualties3", "result"] {
            #expect(keys.contains(key), "missing infobox field \(key)")
        }
        #expect(a.field("date")?.text == "16–31 December 2012")
        #expect(a.field("place")?.links.map(\.page) == ["Hama Governorate"])
        #expect(a.field("combatant1")?.links.first?.text == "Syrian National Coalition")
        #expect(a.sides.map(\.name) == ["Syrian National Coalition", "Syrian Government"])
        #expect(a.sides.map(\.key) == ["combatant1", "combatant2"])
        #expect(a.sides[0].members == ["Free Syrian Army"])
        // Field positions point into the file (line of the value).
        #expect(a.field("date")?.location?.line == 17)
    }

    @Test("the body: sections, sentences with positions, links with targets")
    func seedBody() throws {
        let a = try ArticleReader.read(file: TestPaths.seed.path)
        #expect(a.sections.map(\.title) == ["", "Background", "The offensive", "Aftermath"])
        let sentences = a.sentences
        let morek = try #require(sentences.first { $0.text.hasPrefix("On 20 December, rebels attacked") })
        #expect(morek.sectionTitle == "The offensive")
        let link = try #require(morek.links.first { $0.text == "Morek" })
        #expect(link.page == "Murak, Hama")
        let range = try #require(link.range)
        #expect(String(decoding: Array(morek.text.utf8)[range], as: UTF8.self) == "Morek")
        #expect(morek.links.map(\.page) == ["Murak, Hama", "Ma'an, Syria", "al-Tuleisa"])
        // Line 114 of the file, first column; the text has no Markdown left in it.
        #expect(morek.location.line == 114 && morek.location.column == 1)
        #expect(!morek.text.contains("]("))
        // A sentence that starts mid-line carries its column.
        let second = try #require(sentences.first { $0.text.hasPrefix("Also, one civilian was killed") })
        #expect(second.location.line == 120 && second.location.column > 100)
        // "40 km south" and "al-Lataminah" do not split a sentence; the seven-town sentence is whole.
        let seven = try #require(sentences.first { $0.text.hasPrefix("Within two days") })
        #expect(seven.links.count == 9)
        #expect(seven.text.hasSuffix("all areas north of Hama city."))
        // Offsets count Unicode scalars of the sentences joined by single spaces.
        for (a, b) in zip(sentences, sentences.dropFirst()) {
            #expect(b.offset == a.offset + a.text.unicodeScalars.count + 1)
        }
        #expect(a.hasDatedSentence)
    }

    static let brokenInputs: [(name: String, bytes: [UInt8], line: Int, column: Int, words: String)] = [
        ("empty", [], 1, 1, "empty"),
        ("whitespace", Array("  \n\n".utf8), 1, 1, "empty"),
        ("binary", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00], 1, 7, "binary"),
        ("no front matter", Array("# Title\nOn 1 May 2012 x.\n".utf8), 1, 1, "does not start with '---'"),
        ("unterminated", Array("---\ntitle: X\n\nOn 1 May 2012 rebels attacked.\n".utf8), 1, 1, "never closed"),
        ("invalid YAML", Array("---\ntitle: X\ninfoboxes: [a, b\n---\nOn 1 May 2012 x.\n".utf8), 4, 1, "invalid YAML"),
        (
            "bad UTF-8", Array("---\ntitle: X\n---\nOn 1 May 2012 caf".utf8) + [0xC3, 0x28] + Array(".\n".utf8), 4, 18,
            "UTF-8"
        ),
        ("no title", Array("---\ndescription: x\n---\nOn 1 May 2012 x.\n".utf8), 2, 1, "title"),
    ]

    @Test("broken input is refused with file:line:col and what to do", arguments: brokenInputs.indices)
    func broken(_ i: Int) throws {
        let c = Self.brokenInputs[i]
        do {
            _ = try ArticleReader.parse(data: Data(c.bytes), file: "bad.md")
            Issue.record("\(c.name): no error")
        } catch let error as FrontlineError {
            let loc = try #require(error.diagnostic.location, "\(c.name): no location")
            #expect(loc.file == "bad.md")
            #expect(loc.line == c.line, "\(c.name): \(error)")
            #expect(loc.column == c.column, "\(c.name): \(error)")
            #expect(error.diagnostic.message.contains(c.words), "\(c.name): \(error)")
            #expect(error.description.hasPrefix("bad.md:\(c.line):\(c.column): error: "))
        }
    }

    @Test("a body without any dated sentence is refused where events are needed")
    func undated() throws {
        let a = try ArticleReader.parse(
            data: Data("---\ntitle: X\n---\nRebels attacked the town.\n".utf8), file: "u.md")
        #expect(!a.hasDatedSentence)
        #expect(throws: FrontlineError.self) { try a.requireDatedSentence() }
        do { try a.requireDatedSentence() } catch let e as FrontlineError { #expect(e.diagnostic.location?.line == 4) }
    }

    @Test("YAML alias bombs are refused, not expanded")
    func aliasBomb() throws {
        var yaml = "---\ntitle: X\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...9 {
            yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "---\nOn 1 May 2012 x.\n"
        #expect {
            _ = try ArticleReader.parse(data: Data(yaml.utf8), file: "bomb.md")
        } throws: { error in
            (error as? FrontlineError)?.diagnostic.message.contains("aliases") == true
        }
    }

    @Test("a 1 MB sentence and a many-megabyte body are read without trouble")
    func large() throws {
        let long =
            "On 1 May 2012 " + String(repeating: "rebels attacked the town again and ", count: 30_000) + "stopped."
        let a = try ArticleReader.parse(data: Data("---\ntitle: X\n---\n\(long)\n".utf8), file: "long.md")
        #expect(a.sentences.count == 1)
        #expect(a.sentences[0].text.utf8.count > 1_000_000)
        let para = "On 2 May 2012, rebels captured [Kafr Zita](./Kafr_Zita). The army shelled it.\n\n"
        let big = "---\ntitle: Big\n---\n" + String(repeating: para, count: 60_000)
        let b = try ArticleReader.parse(data: Data(big.utf8), file: "big.md")
        #expect(b.sentences.count == 120_000)
        #expect(b.sentences.last?.location.line == 3 + 2 * 60_000 - 1)
    }
}
