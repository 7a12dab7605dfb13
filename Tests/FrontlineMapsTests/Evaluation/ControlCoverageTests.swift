import Foundation
import Testing

@testable import FrontlineMaps

/// The real-article figure: which sentences count as saying a place changed hands, and when one counts
/// as read.
@Suite("Evaluation: control coverage")
struct ControlCoverageTests {
    static let body = """
        ## Offensive
        On 5 June the SDF captured Halfaya.
        On 5 June the Observatory said that the SDF had captured Halfaya.
        On 6 June the SDF captured three villages.
        On 7 June the SDF launched an offensive to capture Morek.
        On 8 June ISIL captured two soldiers near Kurnaz.
        On 9 June the SDF pulled out of Qamhana.
        """

    @Test("intents, captives and unnamed ground are not counted; a later report of the same change is read, not missed")
    func repeatsAndExclusions() throws {
        let article = try ArticleReader.parse(
            data: Data(EventsGeneralisationTests.article(Self.body).utf8), file: "c.md")
        let extractor = EventExtractor(lexicon: try EventFixtures.lexicon(), resolver: try EventFixtures.resolver())
        let (ledger, _, repeats) = extractor.extractReportingRepeats(article)
        #expect(repeats.count == 1)
        let withRepeats = extractor.controlCoverage(of: article, ledger: ledger, repeats: repeats)
        #expect(withRepeats.sentences == 3)
        #expect(withRepeats.covered == 3)
        let without = extractor.controlCoverage(of: article, ledger: ledger)
        #expect(without.covered == 2)
        #expect(without.missed.map(\.text) == ["On 5 June the Observatory said that the SDF had captured Halfaya."])
    }
}
