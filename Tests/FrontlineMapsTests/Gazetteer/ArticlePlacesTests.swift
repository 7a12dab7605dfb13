import Foundation
import Testing

@testable import FrontlineMaps

/// One resolver per article: each rule decided on a composed article (sentences written for these
/// tests, not taken from any corpus article), with the committed gazetteer.
@Suite struct ArticlePlacesTests {
    let g = GazetteerFixture.shared

    static func article(place: String, _ paragraphs: [String]) throws -> Article {
        let text = """
            ---
            infoboxes:
              - date:
                  text: 1–31 March 2013
                place:
                  text: \(place)
                combatant1:
                  text: Syrian opposition
                combatant2:
                  text: Syrian Government
            title: Composed
            ---
            ## Fighting
            \(paragraphs.joined(separator: "\n\n"))

            """
        return try ArticleReader.parse(data: Data(text.utf8), file: "composed.md")
    }

    /// Around Hama: three linked villages north of the city.
    func hama(_ paragraphs: String...) throws -> ArticlePlaces {
        let opening =
            "On 2 March rebels took [Halfaya](./Halfaya), [Kafr Zita](./Kafr_Zita) and [Morek](./Murak,_Hama) north of the city."
        return ArticlePlaces(
            article: try Self.article(place: "Hama Governorate, Syria", [opening] + paragraphs), gazetteer: g)
    }

    func id(_ places: ArticlePlaces, _ name: String) -> String? { places.place(of: name).record?.id }

    @Test func theFocusIsMadeOfThePlacesThatNeedNoContext() throws {
        let places = try hama()
        let core = Set(places.focus.anchors.filter(\.isCore).map(\.record.id))
        #expect(core.isSuperset(of: ["170044", "168620", "166640"]))
        #expect(places.focus.governorates == ["Hama"])
    }

    @Test func everyQueryGetsTheSameAnswerInAnyOrder() throws {
        let places = try hama("Later the army retook al-Lataminah, Kernaz and Hama city.")
        let names = ["al-Lataminah", "Kernaz", "Hama city", "Morek", "Halfaya"]
        let forward = names.map { id(places, $0) }
        let backward = names.reversed().map { id(places, $0) }
        #expect(forward == Array(backward.reversed()))
        #expect(forward == ["173566", "167739", "170017", "166640", "170044"])
    }

    @Test func theMapsResolverAndThisOneAgree() throws {
        // The extractor's `placeOf` and `ArticlePlaces.place(of:)` are one resolver.
        let article = try Self.article(
            place: "Hama Governorate, Syria",
            [
                "On 2 March rebels took [Halfaya](./Halfaya) and Kernaz, and fighting reached Hama city and al-Lataminah."
            ])
        let extractor = EventExtractor(lexicon: try EventFixtures.lexicon(), resolver: g)
        let names = ["Halfaya", "Kernaz", "Hama city", "al-Lataminah", "Turkey", "Syria"]
        let placed = extractor.extract(article, placing: names).places
        let places = ArticlePlaces(article: article, gazetteer: g)
        for name in names { #expect((placed[name] ?? nil)?.id == places.place(of: name).record?.id, "\(name)") }
    }

    @Test func aNamesakeNearTheArticlesPlacesWins() throws {
        // al-Buraq: one in Hama, one in Daraa, one in Homs. The article is around Hama.
        let places = ArticlePlaces(
            article: try Self.article(
                place: "central Syria",
                [
                    "Rebels held [Halfaya](./Halfaya), [Kafr Zita](./Kafr_Zita) and [Morek](./Murak,_Hama), and a bomb went off in al-Buraq."
                ]), gazetteer: g)
        #expect(id(places, "al-Buraq") == "171191")
    }

    @Test func aGovernorateNamedBesideANameDecides() throws {
        let places = try hama("Fighters were later moved to al-Buraq in the Daraa countryside.")
        #expect(id(places, "al-Buraq") == "171193")
    }

    @Test func farAndUnconfirmedIsUnresolvedWithCandidates() throws {
        let places = try hama("Weapons reached the rebels through Turkey, and Syria accused Ankara of arming them.")
        for name in ["Turkey", "Ankara"] {
            let r = places.place(of: name)
            #expect(r.record == nil, "\(name) → \(r.record?.name ?? "")")
            #expect(!r.suggestions.isEmpty, "\(name)")
        }
        #expect(id(places, "Syria") == "wof:85632413")
    }

    @Test func cityTownAndVillageOfAreTheTown() throws {
        let places = try hama("The army shelled Hama city and the village of Kafr Nabudah.")
        #expect(id(places, "Hama city") == "170017")
        #expect(id(places, "village of Kafr Nabudah") == "168660")
        #expect(id(places, "Kafr Nabudah") == "168660")
    }

    @Test func aBareAreaNameInTextIsTheTownUnlessTheArticleUsesItAsTheArea() throws {
        let town = try hama("Army units shelled the outskirts of Hama.")
        #expect(id(town, "Hama") == "170017")
        let area = try hama("Reinforcements came from the neighbouring province of Hama.")
        #expect(id(area, "Hama") == "wof:85678363")
        #expect(id(area, "Hama countryside") == "wof:85678363")
    }

    @Test func aFeatureNamedApartFromItsVillageIsNotThatVillage() throws {
        let places = try hama("Later the army held the Morek checkpoint, Kernaz hill and the Tabqa airbase.")
        // Morek is named on its own in the first sentence: the checkpoint is another place.
        #expect(id(places, "Morek checkpoint") == nil)
        // Kernaz is not: the hill is put on the village beside the article's other places.
        #expect(id(places, "Kernaz hill") == "167739")
        // Tabqa is 170 km away: a feature never takes a far village's point.
        #expect(id(places, "Tabqa airbase") == nil)
        #expect(places.place(of: "Tabqa airbase").reason.contains("feature"))
    }

    @Test func aNameWrittenOnlyInsideAFeaturesNameIsTheFeature() throws {
        let places = try hama("Government troops shelled the Kernaz plateau for a week.")
        #expect(id(places, "Kernaz") == nil)
        #expect(id(places, "Kernaz plateau") != "166640")
    }

    @Test func aQuarterOfATownIsNoVillage() throws {
        let places = try hama("Fighting reached the Jobar district of [Damascus](./Damascus).")
        #expect(id(places, "Jobar") == nil)
        #expect(places.place(of: "Jobar").reason.contains("quarter"))
    }

    @Test func compassWordsMeetTheArabicAdjective() throws {
        let places = ArticlePlaces(
            article: try Self.article(
                place: "Idlib Governorate, Syria",
                [
                    "Around [Maarrat al-Nu'man](./Maarrat_al-Nu'man), Kafr Rouma and Jarjanaz the army shelled Eastern Deir."
                ]), gazetteer: g)
        #expect(id(places, "Eastern Deir") == "170801")
    }

    @Test func kurdishAndTurkishLettersFindTheArabicSpelling() throws {
        let places = ArticlePlaces(
            article: try Self.article(
                place: "Kobanî, Aleppo Governorate, Syria",
                [
                    "Fighters left [Kobanî](./Kobanî) for Ali Shar and the village of Şîran, then for Qarah Hlanj and Jarabulus."
                ]), gazetteer: g)
        #expect(id(places, "Şîran") == "164244")
        #expect(id(places, "Kobanê") == "172256")
    }

    @Test func aShortFormIsTheLongFormTheArticleUsedBefore() throws {
        let places = ArticlePlaces(
            article: try Self.article(
                place: "Aleppo Governorate, Syria",
                [
                    "Rebels in Khafiyat Abu Qalqal met the next day, and Khafiyat was shelled a week later."
                ]), gazetteer: g)
        #expect(id(places, "Khafiyat") == "168424")
        // Without the long form before it, the short word is read on its own.
        let alone = ArticlePlaces(
            article: try Self.article(place: "Aleppo Governorate, Syria", ["Khafiyat was shelled."]), gazetteer: g)
        #expect(id(alone, "Khafiyat") != "168424")
    }

    @Test func aSpellingTheArticleGivesAsAnotherIsThatPlace() throws {
        // The article says "Kfarnbude" is another spelling of Kafr Nabudah.
        let places = try hama(
            "The army entered Kafr Nabudah (also written Kfarnbude) on 9 March, and Kfarnbude was shelled again.")
        #expect(id(places, "Kfarnbude") == "168660")
        #expect(places.place(of: "Kfarnbude").reason.contains("another spelling"))
        #expect(
            ArticlePlaces.otherSpellings("They reached al-Xaba (or spelled Khaba), then Yaz.").map(\.other) == ["Khaba"]
        )
    }

    @Test func eeMayWriteTheDiphthongAy() throws {
        // The gazetteer writes the village beside Kafr Zita "Al Ḩuwayr"; "Huweer" reads its ay as ē.
        let places = try hama("On 4 March the army shelled Huweer, west of [Kafr Zita](./Kafr_Zita).")
        #expect(id(places, "Huweer") == "169428")
    }

    @Test func aNamesakeSharingTheArabicNameBesideTheArticlesPlacesWins() throws {
        // "Jibbin" is, letter for letter, only a village in the far south; Jubbayn beside Morek bears the
        // same Arabic name, read with other vowels.
        let places = try hama("On 6 March rebels fired from [Morek](./Murak,_Hama) at Jibbin.")
        #expect(id(places, "Jibbin") == "168940")
        #expect(places.place(of: "Jibbin").reason.contains("Arabic name"))
    }

    @Test func anUnconfirmedNamesakeOutsideTheInfoboxGovernoratesAndFarFromItsParagraphIsRefused() throws {
        // "Kuweiris" is a transliteration variant of a village in Idlib, under 50 km from Morek but 60 km
        // from Halfaya, the place its paragraph names; the infobox names Hama only.
        let places = try hama("Rebels from [Halfaya](./Halfaya) fired rockets at Kuweiris on 8 March.")
        let r = places.place(of: "Kuweiris")
        #expect(r.record == nil, "→ \(r.record?.name ?? "")")
        #expect(r.reason.contains("outside the governorates the infobox names"))
    }

    @Test func aDistanceAndBearingTheArticleGivesPicksTheNamesake() throws {
        // Two villages of one name west of Hama: the nearer wins, unless the article says where it is.
        let without = try hama("Shelling hit Hayyalin on 5 March.")
        #expect(id(without, "Hayyalin") == "169647")
        let stated = try hama("Shelling hit Hayyalin, 32 km south-west of [Halfaya](./Halfaya), on 5 March.")
        #expect(id(stated, "Hayyalin") == "169648")
        #expect(stated.place(of: "Hayyalin").reason.contains("where the article says it lies"))
    }

    @Test func anAlternateSpellingOnOneOfSeveralNamesakesWeighsAsAVariant() throws {
        // Two villages called Al Majdal; only the one in Tartus lists "Majdel" among its names. That is
        // no reason to prefer it over the one beside the article's places.
        let places = try hama("On 7 March the army shelled Majdel.")
        let r = places.resolve(places.query(for: "Majdel"), preferTown: true, explain: true)
        #expect(r.record?.id == "173540")
        let tartus = try #require(r.ranking.first { $0.record.id == "173541" })
        #expect(tartus.why.contains("weighed as a variant"))
    }

    @Test func aWordThatBeginsOnePlacesLongerNameIsThatPlace() throws {
        // No record is called "Bilhusayn"; one village south of Morek is "Bilḩusayn al Walā".
        let places = try hama("On 5 March the army shelled Bilhusayn.")
        #expect(id(places, "Bilhusayn") == "4427")
        #expect(places.place(of: "Bilhusayn").reason.contains("begins its name"))
    }

    @Test func consonantsOfAnAlternateNameAloneAreNoMatch() throws {
        // "Lorisa" shares its consonants only with an old name that a village beside Halfaya also bears.
        let places = try hama("On 5 March the army shelled Lorisa.")
        let r = places.place(of: "Lorisa")
        #expect(r.record == nil, "→ \(r.record?.name ?? "")")
        #expect(r.reason.contains("alternate name"))
    }

    @Test func explainingListsEveryCandidateWithAVerdict() throws {
        let places = try hama("A bomb went off in al-Buraq.")
        let r = places.resolve(places.query(for: "al-Buraq"), preferTown: true, explain: true)
        #expect(r.ranking.count >= 2)
        #expect(r.ranking.first?.verdict.hasPrefix("won") == true)
        #expect(r.ranking.dropFirst().allSatisfy { $0.verdict.hasPrefix("lost") || $0.verdict.hasPrefix("refused") })
        #expect(r.ranking.first?.why.contains("km from") == true)
    }
}
