import Testing

@testable import FrontlineMaps

/// Date phrases as war articles write them, with the year carried and relative days counted.
@Suite("Events: date phrases")
struct EventsDateParserTests {
    /// Parses `sentences` in order after the infobox date, returning each sentence's date and the diagnostics.
    static func dates(_ sentences: [String], infobox: String = "16–31 December 2012") -> (
        [EventDate?], [DateMention], [Diagnostic]
    ) {
        var parser = DateParser()
        parser.start(infoboxDate: infobox)
        var diagnostics: [Diagnostic] = []
        var mentions: [DateMention] = []
        for s in sentences {
            let u = Array(s.utf8)
            mentions.append(
                parser.parse(tokens: Tokenizer.tokens(u), bytes: u, location: nil, diagnostics: &diagnostics))
        }
        return (mentions.map(\.date), mentions, diagnostics)
    }

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    @Test("the infobox gives the year; the phrase is kept as written")
    func infoboxYear() throws {
        let (d, _, _) = Self.dates(["On 16 December, the offensive began."])
        let date = try #require(d[0])
        #expect(date.day == Self.day("2012-12-16"))
        #expect(date.precision == .day)
        #expect(date.phrase == "On 16 December")
    }

    @Test("a date half a year before the last rolls into the next year; a stated year is carried")
    func rollover() throws {
        let (d, _, _) = Self.dates(["On 30 December, x.", "On 21 January, y.", "On 3 March 2014, z.", "On 5 March, w."])
        #expect(d[1]?.day == Self.day("2013-01-21"))
        #expect(d[2]?.day == Self.day("2014-03-03"))
        #expect(d[3]?.day == Self.day("2014-03-05"))
    }

    @Test(
        "relative phrases count from the last day the text named",
        arguments: [
            (
                "Within two days, rebels advanced.", "2012-12-18", EventDate.Precision.approximate, "2012-12-16",
                "2012-12-18"
            ),
            ("Within 48 hours, rebels advanced.", "2012-12-18", .approximate, "2012-12-16", "2012-12-18"),
            ("A week later, forces attacked.", "2012-12-23", .approximate, "2012-12-21", "2012-12-25"),
            ("Two days before, the army regained it.", "2012-12-14", .day, "2012-12-14", "2012-12-14"),
            ("The next day, rebels attacked.", "2012-12-17", .day, "2012-12-17", "2012-12-17"),
            ("Days earlier, rebels had entered.", "2012-12-13", .approximate, "2012-12-09", "2012-12-15"),
            ("Three days later, the town fell.", "2012-12-19", .day, "2012-12-19", "2012-12-19"),
        ])
    func relative(sentence: String, day: String, precision: EventDate.Precision, earliest: String, latest: String)
        throws
    {
        let (d, _, _) = Self.dates(["On 16 December, it began.", sentence])
        let date = try #require(d[1])
        #expect(date.day == Self.day(day))
        #expect(date.precision == precision)
        #expect(date.earliest == Self.day(earliest))
        #expect(date.latest == Self.day(latest))
    }

    @Test(
        "ranges: stated spans, parts of months, 'by' a time",
        arguments: [
            ("Between 10 and 12 April, clashes.", "2013-04-10", "2013-04-10", "2013-04-12"),
            ("On 14–15 April, clashes.", "2013-04-14", "2013-04-14", "2013-04-15"),
            ("In mid-March, troops besieged it.", "2013-03-11", "2013-03-11", "2013-03-20"),
            ("In late February, troops besieged it.", "2013-02-21", "2013-02-21", "2013-02-28"),
            ("By early February, rebels feared.", "2013-02-10", "2013-01-22", "2013-02-10"),
            ("By the end of February, rebels withdrew.", "2013-02-28", "2013-01-22", "2013-02-28"),
            ("In May 2013, rebels withdrew.", "2013-05-01", "2013-05-01", "2013-05-31"),
            ("During 2014, the town changed hands.", "2014-01-01", "2014-01-01", "2014-12-31"),
        ])
    func ranges(sentence: String, day: String, earliest: String, latest: String) throws {
        let (d, _, _) = Self.dates(["On 22 January 2013, the military launched an offensive.", sentence])
        let date = try #require(d[1])
        #expect(date.precision == .range)
        #expect(date.day == Self.day(day))
        #expect(date.earliest == Self.day(earliest))
        #expect(date.latest == Self.day(latest))
    }

    @Test("American order: 'April 20, 2014' and 'March 10'")
    func monthFirst() throws {
        let (d, _, _) = Self.dates(
            ["On April 20, 2014, warplanes struck.", "On March 10, rebels attacked."], infobox: "March 3 – May 20, 2014"
        )
        #expect(d[0]?.day == Self.day("2014-04-20"))
        #expect(d[1]?.day == Self.day("2014-03-10"))
    }

    @Test("'after 16 days of fighting' is a duration, not the sentence's date")
    func duration() throws {
        let (d, m, _) = Self.dates(["On 7 February 2013, the military recaptured it, after 16 days of fighting."])
        #expect(d[0]?.day == Self.day("2013-02-07"))
        #expect(m[0].duration?.days == 16)
        #expect(m[0].duration?.phrase == "after 16 days of fighting")
    }

    @Test(
        "impossible days are diagnostics and leave the sentence undated",
        arguments: [
            "On 31 February, a car bomb exploded.", "On 32 May, rebels attacked.", "Between 9 and 3 May, clashes.",
        ])
    func impossible(sentence: String) {
        let (d, m, diagnostics) = Self.dates(["On 16 December, it began.", sentence])
        #expect(d[1] == nil)
        #expect(m[1].invalid)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test(
        "words that look like dates but are not",
        arguments: [
            "Rebels may attack the town.", "The 1,500 soldiers and 100 tanks were used.",
            "Rebels advanced 40 km south.",
        ])
    func notDates(sentence: String) {
        let (d, _, diagnostics) = Self.dates([sentence], infobox: "")
        #expect(d[0] == nil)
        #expect(diagnostics.isEmpty)
    }

    /// The absurd count is ignored; what remains ("days later") may still be a vague relative date.
    @Test(
        "absurd counts after a known day never overflow nor move the date far",
        arguments: [
            "Within 99999999999999999999999 days, nothing.", "After 9223372036854775807 weeks of fighting, x.",
            "922337203685477580 days later, x.", "Within 1000000 hours, x.",
        ])
    func absurdCounts(sentence: String) {
        let (d, m, _) = Self.dates(["On 16 December, it began.", sentence])
        #expect(d[1].map { abs($0.day - Self.day("2012-12-16")) <= 7 } ?? true)
        #expect(m[1].duration == nil)
    }

    @Test("'that night', 'the same day' are the day last named, and date their own clause beside a later date")
    func partsOfTheSameDay() throws {
        let (d, m, _) = Self.dates([
            "On 20 December, x.", "That night y counter-attacked, and on 22 December z.", "The same evening w.",
        ])
        #expect(d[1]?.day == Self.day("2012-12-22"))
        #expect(m[1].dated.map(\.date.day) == [Self.day("2012-12-20"), Self.day("2012-12-22")])
        #expect(d[2]?.day == Self.day("2012-12-22"))
    }
}
