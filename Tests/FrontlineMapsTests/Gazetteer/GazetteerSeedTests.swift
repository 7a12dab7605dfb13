import Foundation
import FrontlineMaps
import Testing

/// Every link of the seed article, resolved as the pipeline resolves it (link text, link page, the
/// infobox place, places resolved before): towns reach their records, Hasraya and the pages that are
/// not places (the war, the armies, the massacre) stay unresolved.
@Suite struct GazetteerSeedTests {
    static let article = GazetteerFixture.directory.deletingLastPathComponent()
        .appendingPathComponent("articles/2012_Hama_offensive.md")

    @Test func everyLinkResolvesToItsRecordOrStaysUnresolved() throws {
        let g = GazetteerFixture.shared
        let article = try ArticleReader.read(file: Self.article.path)
        var context = ResolutionContext(articlePlace: article.field("place")?.text)
        #expect(context.articlePlace == "Hama Governorate, Syria")
        var got: [String: String] = [:]
        for link in article.sentences.flatMap(\.links) where got[link.text] == nil {
            let r = g.resolve(PlaceQuery(name: link.text, linkPage: link.page), context: context)
            if let record = r.record {
                context.resolved.append(record)
                got[link.text] = record.id
            } else {
                got[link.text] = "unresolved"
            }
        }
        let expected: [String: String] = [
            "Halfaya": "170044", "Kafr Nabudah": "168660", "Hayalin": "169647", "Hasraya": "unresolved",
            "al-Lataminah": "173566", "Taybat al-Imam": "163270", "Kafr Zita": "168620",
            "Maarrat al-Nu'man": "167611", "Jisr ash-Shugour": "169023", "Khan Shaykhun": "168325",
            "Mhardeh": "166742", "Homs": "169577", "Latakia": "173576", "Morek": "166640", "Ma'an": "167633",
            "al-Tleisa": "163154", "Qamhana": "165844", "Kernaz": "167739", "Mhardeh District": "wof:1108779175",
            "al-Buraq": "171191", "Hama Province": "wof:85678363",
            "Syrian Civil War": "unresolved", "Syrian opposition": "unresolved", "Free Syrian Army": "unresolved",
            "Syrian Observatory for Human Rights": "unresolved", "Local Coordination Committees": "unresolved",
        ]
        for (text, id) in expected {
            #expect(got[text] == id, "\(text)")
        }
        // Nothing else in the body was resolved to a place by accident.
        for (text, id) in got where expected[text] == nil {
            #expect(id == "unresolved", "\(text) → \(id)")
        }
    }
}
