import Testing

@testable import FrontlineMaps

/// The words around a name, read off the name as written (names composed for these tests).
@Suite struct PlaceNameFormTests {
    @Test(arguments: [
        ("Idlib city", "Idlib"), ("the town of Kafr Zita", "Kafr Zita"), ("village of Halfaya", "Halfaya"),
        ("Morek town", "Morek"), ("city of Hama", "Hama"),
    ])
    func settlementWordsComeOff(_ written: String, _ core: String) {
        let form = PlaceNameForm(written)
        #expect(form.core == core)
        #expect(form.isSettlement)
        #expect(form.feature == nil)
    }

    @Test func countrysideAndProvinceOfAreAreas() {
        #expect(PlaceNameForm("the Idlib countryside").isArea)
        #expect(PlaceNameForm("the Idlib countryside").core == "Idlib")
        #expect(PlaceNameForm("province of Daraa").core == "Daraa")
        #expect(PlaceNameForm("province of Daraa").isArea)
    }

    @Test(arguments: [
        ("Morek checkpoint", "Morek", PlaceNameForm.Feature.checkpoint), ("Kweires air base", "Kweires", .airbase),
        ("Tabqa Dam", "Tabqa", .dam), ("Kernaz hill", "Kernaz", .hill), ("Jabal Shashabo", "Shashabo", .mountain),
        ("Tal Hamidiyah", "Hamidiyah", .hill), ("Shaer gas field", "Shaer", .field),
        ("Zwayk mount", "Zwayk", .mountain),
        ("Nairab military airport", "Nairab", .airport), ("Bab al-Salama border crossing", "Bab al-Salama", .crossing),
        ("the National Hospital", "National", .hospital), ("Saadallah roundabout", "Saadallah", .square),
    ])
    func featureWordsMakeAFeature(_ written: String, _ core: String, _ kind: PlaceNameForm.Feature) {
        let form = PlaceNameForm(written)
        #expect(form.core == core)
        #expect(form.feature == kind)
        #expect(!form.isPlain)
    }

    @Test func aLeadingHeadWordIsKeptForRecordsThatBearIt() {
        // "Tall X" may be a village's own name; the form keeps it for that lookup.
        let form = PlaceNameForm("Tall Battal hill")
        #expect(form.withHead == "Tall Battal")
        #expect(form.core == "Battal")
        #expect(form.feature == .hill)
    }

    @Test func aCrossingMayStandAtACampOfItsName() {
        let form = PlaceNameForm("al-Rukban camp crossing")
        #expect(form.feature == .crossing)
        #expect(form.kinds == [.crossing, .camp])
        #expect(form.kindNames.contains("Mukhayyam al-Rukban"))
        #expect(PlaceNameForm("al-Rukban crossing").kindNames.contains("Mukhayyam al-Rukban"))
    }

    @Test(arguments: [
        ("Western Kafr Ruma", ["Kafr Ruma al-Gharbi", "Kafr Ruma al-Gharbiyah"]),
        ("Northern Sarrin", ["Sarrin al-Shamali", "Sarrin al-Shamaliyah"]),
        ("Southern Tell", ["Tell al-Janubi", "Tell al-Janubiyah"]),
        ("Eastern Deir", ["Deir al-Sharqi", "Deir al-Sharqiyah"]),
    ])
    func compassWordsBecomeArabicAdjectives(_ written: String, _ expected: [String]) {
        #expect(PlaceNameForm(written).alternatives == expected)
    }

    @Test func arabicAdjectivesBecomeCompassWords() {
        #expect(PlaceNameForm("Kafr Ruma al-Sharqiyah").alternatives == ["Eastern Kafr Ruma"])
        #expect(PlaceNameForm("Dayr al-Gharbi").alternatives == ["Western Dayr"])
    }

    @Test(arguments: [
        ("Akçakale", "Akchakale"), ("Ceylanpınar", "Ceylanpinar"), ("Şêxmeqsûd", "Shexmeqsud"),
        ("Girê Spî", "Gire Spi"),
        ("Dağ", "Dagh"),
    ])
    func kurdishAndTurkishLettersReadAsArabicTransliterations(_ written: String, _ alternative: String) {
        #expect(PlaceNameForm(written).alternatives.contains(alternative))
    }

    @Test func plainNamesHaveNoAlternatives() {
        let form = PlaceNameForm("Kafr Nabudah")
        #expect(form.isPlain)
        #expect(form.alternatives.isEmpty)
        #expect(form.core == "Kafr Nabudah")
    }

    @Test func eeIsAlsoReadAsAy() {
        #expect(PlaceNameForm("Jeer").alternatives.contains("Jayr"))
        #expect(PlaceNameForm("Tal Sheer").alternatives.contains("Shayr"))
        #expect(PlaceNameForm("Kafr Zita").alternatives.isEmpty)
    }
}
