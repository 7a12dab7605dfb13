import FrontlineMaps
import Testing

/// The gazetteer's promises: the seed's places reach their records, every listed spelling reaches its record,
/// Hasraya stays unresolved; and each ranking criterion decides at least one case.
@Suite struct GazetteerResolutionTests {
    let g = GazetteerFixture.shared
    let hama = GazetteerFixture.hama

    private func id(_ name: String, link: String? = nil, context: ResolutionContext? = nil) -> String? {
        g.resolve(PlaceQuery(name: name, linkPage: link), context: context ?? hama).record?.id
    }

    @Test(
        arguments: [
            ("Morek", "Murak, Hama", "166640"), ("Kernaz", "Kirnaz", "167739"), ("Ma'an", "Ma'an, Syria", "167633"),
            ("al-Tleisa", "al-Tuleisa", "163154"), ("Mughir", nil, "167527"), ("Halfaya", "Halfaya", "170044"),
            ("Kafr Nabudah", "Kafr Nabudah", "168660"), ("Qamhana", "Qamhana", "165844"),
            ("al-Buraq", "al-Buraq, Syria", "171191"), ("Taybat al-Imam", "Taybat al-Imam", "163270"),
            ("al-Lataminah", "al-Lataminah", "173566"), ("Kafr Zita", "Kafr Zita", "168620"),
            ("Khan Shaykhun", "Khan Shaykhun", "168325"), ("Mhardeh", "Mhardeh", "166742"),
            ("Maarrat al-Nu'man", "Maarrat al-Nu'man", "167611"), ("Jisr ash-Shugour", "Jisr ash-Shugour", "169023"),
            ("Homs", "Homs", "169577"), ("Latakia", "Latakia", "173576"),
        ] as [(String, String?, String)])
    func seedPlacesResolve(_ name: String, _ link: String?, _ expected: String) {
        #expect(id(name, link: link) == expected)
    }

    @Test(arguments: [
        ("Morek", "166640"), ("Murak", "166640"), ("Mourek", "166640"),
        ("Kernaz", "167739"), ("Kirnaz", "167739"), ("Kurnaz", "167739"), ("Karnaz", "167739"),
        ("Kafr Nabudah", "168660"), ("Kafr Naboudeh", "168660"), ("Kafr Naboudat", "168660"), ("Kafr Nbuda", "168660"),
        ("Mhardeh", "166742"), ("Maharda", "166742"), ("Muhradah", "166742"),
        ("Khan Shaykhun", "168325"), ("Khan Sheikhoun", "168325"),
        ("al-Lataminah", "173566"), ("Latamneh", "173566"), ("Al-Latamna", "173566"),
        ("al-Tleisa", "163154"), ("al-Tuleisa", "163154"), ("Tulaysiyah", "163154"),
        ("Mughir", "167527"), ("al-Mughayyir", "167527"), ("Al Mughayr", "167527"),
        ("Taybat al-Imam", "163270"), ("Tayyibat al-Imam", "163270"),
    ])
    func everyListedSpellingReachesItsRecord(_ spelling: String, _ expected: String) {
        #expect(id(spelling) == expected)
    }

    @Test func hasrayaIsUnresolvedWithSuggestions() throws {
        for context in [hama, ResolutionContext()] {
            let r = g.resolve(PlaceQuery(name: "Hasraya", linkPage: "Hasraya"), context: context)
            #expect(r.record == nil)
            #expect(!r.isResolved)
            #expect(!r.suggestions.isEmpty)
            #expect(r.reason.contains("Hasraya"))
        }
    }

    @Test func unknownNamesAreNeverGuessed() {
        #expect(id("Xqzvbtrk") == nil)
        #expect(id("Qwertyuiop") == nil)
        #expect(id("") == nil)
    }

    @Test func linkDisambiguatorPicksTheGovernorate() {
        // Qamhana exists in Hama and Idlib; the link's area decides even against the article's place.
        #expect(id("Qamhana", link: "Qamhana, Idlib", context: hama) == "165713")
        #expect(id("Qamhana", link: "Qamhana, Hama", context: ResolutionContext()) == "165844")
    }

    @Test func articlePlacePicksTheGovernorate() {
        // al-Buraq: Hama, Daraa and Homs each have one.
        #expect(id("al-Buraq", context: hama) == "171191")
        #expect(id("al-Buraq", context: ResolutionContext(articlePlace: "Daraa Governorate, Syria")) == "171193")
    }

    @Test func linkTargetIsStrongerThanTheName() {
        // The link names a page whose title is a record's Wikipedia page.
        let r = g.resolve(PlaceQuery(name: "the village", linkPage: "Kafr Nabudah"), context: ResolutionContext())
        #expect(r.record?.id == "168660")
        #expect(r.reason.contains("Wikipedia"))
    }

    @Test func populatedPlacesComeBeforeAreas() {
        #expect(id("Hama") == "170017")
        #expect(id("Hama Governorate") == "wof:85678363")
        #expect(id("Mhardeh District", link: "Mhardeh District") == "wof:1108779175")
    }

    @Test func populationBreaksTiesBetweenNamesakes() throws {
        // Two Ma'an-like places outside any context: the more populous or populated-place record wins,
        // and the runner-up and its score are recorded.
        let r = g.resolve(PlaceQuery(name: "Homs"), context: ResolutionContext())
        #expect(r.record?.id == "169577")
        let runnerUpScore = try #require(r.runnerUpScore)
        #expect(r.score > runnerUpScore)
        #expect(r.runnerUp != nil)
    }

    @Test func distanceToResolvedPlacesDecides() throws {
        // Two Ḩayyālīn in Hama governorate: the one near Halfaya and Kafr Nabudah is the seed's.
        let near = try #require(g.record(id: "170044"))
        let also = try #require(g.record(id: "168660"))
        let context = ResolutionContext(articlePlace: "Hama Governorate, Syria", resolved: [near, also])
        let r = g.resolve(PlaceQuery(name: "Hayalin", linkPage: "Hayalin"), context: context)
        #expect(r.record?.id == "169647")
        #expect(r.runnerUp?.id == "169648")
        #expect(r.reason.contains("km from a place already resolved"))
        let far = try #require(g.record(id: "169648"))
        let r2 = g.resolve(PlaceQuery(name: "Hayalin"), context: ResolutionContext(resolved: [far]))
        #expect(r2.record?.id == "169648")
    }

    @Test func resolutionRecordsWinnerScoreRunnerUpAndReason() throws {
        let r = g.resolve(PlaceQuery(name: "Ma'an", linkPage: "Ma'an, Syria"), context: hama)
        let record = try #require(r.record)
        #expect(record.id == "167633")
        #expect(record.governorate == "Hama")
        #expect(r.score > (r.runnerUpScore ?? 0))
        #expect(r.runnerUp != nil)
        #expect(r.reason.contains("Hama governorate"))
    }

    @Test func misspellingsResolveWhenUnambiguous() {
        #expect(id("Khan Shaykhunn") == "168325")
        #expect(id("Halfayya") == "170044")
        #expect(id("Kafr Nabidah") == "168660")
    }

    @Test func misspellingOutsideTheArticlesAreaIsNotAccepted() {
        // "Hasraya" is one edit from names in other governorates: with the article in Hama it stays unresolved.
        let r = g.resolve(PlaceQuery(name: "Hasraya"), context: hama)
        #expect(r.record == nil)
        #expect(r.suggestions.contains { $0.governorate == "Hama" })
    }

    @Test func arabicNamesResolve() {
        #expect(id("حلفايا") == "170044")
        #expect(id("مورك") == "166640")
        #expect(id("كفر نبودة") == "168660")
    }

    @Test func coordinatesComeFromGeoNames() throws {
        let murak = try #require(g.record(id: "166640"))
        #expect(murak.latitude == 35.37615)
        #expect(murak.longitude == 36.6897)
        #expect(murak.wofID == 1_310_188_781)
        let halfaya = try #require(g.record(id: "170044"))  // no gn:* in WOF: the cities500 record
        #expect(halfaya.latitude == 35.26014)
        #expect(halfaya.longitude == 36.60581)
    }
}
