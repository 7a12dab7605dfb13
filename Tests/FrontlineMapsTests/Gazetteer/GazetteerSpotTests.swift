import Foundation
import FrontlineMaps
import Testing

@Suite struct GazetteerSpotTests {
    let g = GazetteerFixture.shared

    private func names(_ text: String) -> [String] { g.spot(in: text).map(\.name) }

    @Test func findsNamesInPlainText() {
        #expect(names("On 30 December, the Syrian Army took back the strategic town of Morek.") == ["Morek"])
        #expect(
            names("six people were killed by bombardment on the town of Kafr Nabudah, two of them children")
                == ["Kafr Nabudah"])
    }

    @Test func longestMatchFirstAndNonOverlapping() {
        // "Taybat al-Imam" is one place; "Imam" alone must not be reported inside it.
        #expect(names("one civilian was killed in Taybat al-Imam.") == ["Taybat al-Imam"])
        #expect(
            names("Rebels advanced from Maarrat al-Nu'man and Jisr ash-Shugour.") == [
                "Maarrat al-Nu'man", "Jisr ash-Shugour",
            ])
    }

    @Test func arabicArticleStartsAName() {
        #expect(names("surrounding the Alawite towns of Ma'an and al-Tleisa") == ["Ma'an", "al-Tleisa"])
    }

    @Test func possessiveIsNotPartOfTheName() {
        #expect(names("the town of Morek in Hama's countryside") == ["Morek", "Hama"])
    }

    @Test func rangesAreUTF8OffsetsOfTheText() throws {
        let text = "Ḩalfāyā and Halfaya"
        let spots = g.spot(in: text)
        #expect(spots.count == 2)
        let first = try #require(spots.first)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[first.range], as: UTF8.self) == "Ḩalfāyā")
    }

    @Test func ordinaryWordsAndLowercaseAreSkipped() {
        #expect(names("However, the offensive was stopped after the army launched a counter-offensive.") == [])
        #expect(names("halfaya in lowercase is not a name in running text") == [])
        #expect(names("Four days later, Five rebels and Twelve soldiers were killed.") == [])
    }

    @Test func neverFuzzy() {
        #expect(names("They reached Halfxya on Monday (a misspelling), and Halfayya (a variant).") == ["Halfayya"])
    }

    @Test func seedArticleSpotsOnlyPlaces() throws {
        let seed =
            "The rebel military council of Hama announced the start of the offensive on 16 December, giving Syrian government troops in the province an ultimatum to surrender to the Free Syrian Army within 48 hours. On 7 February, the military recaptured Kernaz, after 16 days of fighting. Two days before, the Army had also regained control of the nearby town of Mughir, securing a corridor to Alawite villages in the west of the province."
        #expect(names(seed) == ["Hama", "Kernaz", "Mughir"])
    }
}
