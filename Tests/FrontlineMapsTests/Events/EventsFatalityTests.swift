import Testing

@testable import FrontlineMaps

/// Casualty figures: low, best and high as the text gives them, never a date or a distance.
@Suite("Events: casualty figures")
struct EventsFatalityTests {
    static func figures(_ s: String) -> Fatalities? {
        let u = Array(s.utf8)
        let t = Tokenizer.tokens(u)
        var parser = DateParser()
        parser.start(infoboxDate: "2013")
        var ignored: [Diagnostic] = []
        let dates = parser.parse(tokens: t, bytes: u, location: nil, diagnostics: &ignored)
        return FatalityParser.parse(t, excluding: dates.tokenRanges)?.0
    }

    @Test(
        "figures",
        arguments: [
            ("Up to 300 civilians were killed by bombing.", nil, nil, 300, "civilians"),
            ("90–200 civilians killed", 90, nil, 200, "civilians"),
            ("Six people were killed by the bombardment.", 6, 6, 6, "people"),
            ("Also, one civilian was killed.", 1, 1, 1, "civilian"),
            ("A car bomb killed 50 people in the suburbs.", 50, 50, 50, "people"),
            ("At least 12 civilians were killed in air strikes.", 12, 12, nil, "civilians"),
            ("Clashes left between 20 and 30 fighters dead.", 20, nil, 30, "fighters"),
            ("On 6 February, 54 government employees of a factory were killed.", 54, 54, 54, "government employees"),
        ] as [(String, Int?, Int?, Int?, String?)])
    func figures(sentence: String, low: Int?, best: Int?, high: Int?, who: String?) throws {
        let f = try #require(Self.figures(sentence))
        #expect(f.low == low)
        #expect(f.best == best)
        #expect(f.high == high)
        #expect(f.who == who)
    }

    @Test(
        "numbers that are not deaths",
        arguments: [
            "1,500 soldiers and 100 tanks were being used in the operation.",
            "Rebels had advanced 40 km south, encountering little resistance.",
            "Up to 1,000 rebel fighters were based there.",
            "On 16 December, rebels attacked.",
        ])
    func notDeaths(sentence: String) {
        #expect(Self.figures(sentence) == nil)
    }
}
