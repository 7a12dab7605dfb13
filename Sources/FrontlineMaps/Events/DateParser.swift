/// Reads the date phrases of an article's sentences in order, carrying the year and the last date.
///
/// Wikipedia war articles rarely repeat the year: "On 16 December" takes the year of the infobox or of
/// the last year stated, and a date that would fall half a year before the previous one rolls over
/// into the next year (December → "On 21 January"). Relative phrases ("Within two days", "A week
/// later", "Two days before") count from the last date the text gave to the day. Impossible dates
/// ("31 February") become diagnostics, never crashes.
struct DateParser {
    /// The year used for dates that do not state one.
    private(set) var year: Int?
    /// The last absolute date read, for the year roll-over.
    private(set) var lastAbsolute: Day?
    /// The last date known to the day, the anchor of relative phrases.
    private(set) var anchor: Day?

    /// Month names and their abbreviations ("Sept." too), lower-cased, from the one month table
    /// (`Day.monthNames`).
    static let months: [String: Int] = {
        var table: [String: Int] = ["sept": 9]
        for (i, name) in Day.monthNames.enumerated() {
            table[name.lowercased()] = i + 1
            table[String(name.lowercased().prefix(3))] = i + 1
        }
        return table
    }()

    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "hundred": 100, "several": 3, "a few": 3, "few": 3,
    ]

    /// Words that can begin a date phrase (besides numbers and hyphenated "mid-March").
    static let starters: Set<String> = {
        var s: Set<String> = [
            "on", "by", "in", "from", "since", "until", "during", "around", "the", "early", "mid", "late", "middle",
            "end", "beginning", "start", "between", "about", "some", "roughly", "shortly", "soon", "within", "after",
            "day", "days", "week", "weeks", "month", "months", "that",
        ]
        s.formUnion(months.keys)
        s.formUnion(numberWords.keys.filter { !$0.contains(" ") })
        return s
    }()

    init() {}

    /// Day names, Sunday = 0.
    static let weekdays: [String: Int] = [
        "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    ]

    /// The first day after `day` that falls on `weekday` (Sunday = 0).
    static func next(_ weekday: Int, after day: Day) -> Day {
        let sunday = Day(year: 2000, month: 1, day: 2)!  // a Sunday
        let today = ((day.ordinal - sunday.ordinal) % 7 + 7) % 7
        let ahead = (weekday - today + 7) % 7
        return day + (ahead == 0 ? 7 : ahead)
    }

    /// The infobox's date range (first day of its first date to the last of its last), which a date
    /// stated without a year belongs to when it fits.
    private(set) var range: ClosedRange<Day>?
    /// Whether the carried year was stated in the current paragraph: a year stated in a background
    /// paragraph ("had changed hands in the summer of 2015") applies to that paragraph only.
    private var yearStatedInParagraph = false

    /// Starts the year (and the anchor) from the infobox date ("16–31 December 2012"), and keeps its
    /// whole range ("9–17 October 2019; Post-ceasefire operations: 18 October – 25 November 2019").
    mutating func start(infoboxDate text: String) {
        let u = Array(text.utf8)
        var probe = DateParser()
        var ignored: [Diagnostic] = []
        let t = Tokenizer.tokens(u)
        // "3 June – 20 August 2016": the first date takes the year written after it.
        probe.year = t.first { $0.kind == .number && $0.key.count == 4 && ($0.value ?? 0) >= 1000 }?.value
        guard let d = probe.parse(tokens: t, bytes: u, location: nil, diagnostics: &ignored).date else { return }
        year = d.earliest.year
        anchor = d.earliest
        var last = d.latest
        // The range's end: the last date phrase, read with the years the text states.
        for cut in t.indices.reversed() where t[cut].key == "-" || t[cut].key == ";" || t[cut].key == "to" {
            var tail = probe
            let rest = Array(t[(cut + 1)...])
            if let e = tail.parse(tokens: rest, bytes: u, location: nil, diagnostics: &ignored).date, e.latest > last {
                last = e.latest
            }
            break
        }
        range = d.earliest...last
    }

    /// A new paragraph: a year stated in the one before (background) no longer carries when the
    /// narrative's dates fit the article's own range.
    mutating func newParagraph() {
        yearStatedInParagraph = false
    }

    /// Finds the sentence's date: the first absolute date, else the first relative phrase.
    mutating func parse(tokens t: [Token], bytes u: [UInt8], location: SourceLocation?, diagnostics: inout [Diagnostic])
        -> DateMention
    {
        var scan = SentenceScan()
        var i = 0
        while i < t.count {
            // Most words start no date phrase; one set look-up rules them out.
            if t[i].kind == .punctuation
                || (t[i].kind == .word && !DateParser.starters.contains(t[i].key) && !t[i].key.utf8.contains(0x2D)
                    && !(t[i].key.utf8.first.map(Tokenizer.isDigit) ?? false))
            {
                i += 1
                continue
            }
            if t[i].key == "since" {
                i = Self.afterSincePhrase(at: i, t)
                continue
            }
            if let next = readAbsolute(at: i, t, u, location, &scan, &diagnostics) {
                i = next
                continue
            }
            if let (days, r) = duration(at: i, t) {
                scan.mention.duration = (days, text(u, t, r))
                scan.mention.tokenRanges.append(r)
                i = r.upperBound
                continue
            }
            if let next = readRelativeToStated(at: i, t, u, &scan) {
                i = next
                continue
            }
            if let next = readRelative(at: i, t, u, &scan) {
                i = next
                continue
            }
            i += 1
        }
        var mention = scan.mention
        if mention.date == nil, !mention.invalid, let (date, _) = scan.relative { mention.date = date }
        // Relative phrases count from the last day the text named: the end of a stated range
        // ("Between 14 and 15 June … The next day" is the 16th), or a relative day known exactly.
        if let d = mention.date {
            if scan.fromText { anchor = (scan.lastStated ?? d).latest } else if d.precision == .day { anchor = d.day }
        }
        return mention
    }

    /// What `parse` has found so far in a sentence, in one value so each of its rules can read and add
    /// to it.
    private struct SentenceScan {
        var mention = DateMention()
        /// The first relative phrase, the sentence's date when it states none.
        var relative: (EventDate, Range<Int>)?
        /// Whether the sentence's date was stated (not counted from an earlier one).
        var fromText = false
        /// The last date the sentence stated, which relative phrases after it count from.
        var lastStated: EventDate?
    }

    /// "which rebels had held since October 2014": how long a state lasted, never the event's
    /// date, nor a year for the sentences after it. Returns the index past the phrase.
    private static func afterSincePhrase(at i: Int, _ t: [Token]) -> Int {
        var i = i + 1
        while i < t.count, t[i].kind != .punctuation,
            DateParser.starters.contains(t[i].key) || t[i].kind == .number
                || (t[i].key.first?.isNumber ?? false)
        { i += 1 }
        return i
    }

    /// An absolute date at token i: the sentence's date when it is the first, else only the year it
    /// carries on. Returns the index past what was read, or nil when no absolute date starts here.
    private mutating func readAbsolute(
        at i: Int, _ t: [Token], _ u: [UInt8], _ location: SourceLocation?, _ scan: inout SentenceScan,
        _ diagnostics: inout [Diagnostic]
    ) -> Int? {
        guard !scan.mention.invalid else { return nil }
        // A second date in the sentence sets the year carried on ("by 2015 rebels held most of the
        // province. In April of that year …") without becoming the sentence's date.
        if scan.mention.date != nil {
            var ignored: [Diagnostic] = []
            guard let (d, r) = absolute(at: i, t, u, location, &ignored) else { return nil }
            scan.lastStated = d
            scan.mention.dated.append((d, r))
            scan.mention.tokenRanges.append(r)
            return r.upperBound
        }
        let before = diagnostics.count
        if let (date, r) = absolute(at: i, t, u, location, &diagnostics) {
            scan.lastStated = date
            scan.mention.date = date
            scan.mention.dated.append((date, r))
            scan.mention.tokenRanges.append(r)
            scan.fromText = true
            return r.upperBound
        }
        guard diagnostics.count > before else { return nil }
        // "31 February": the sentence names a day that does not exist; it gets no date at all
        // rather than the previous sentence's.
        scan.mention.invalid = true
        var next = i + 1
        while next < t.count, DateParser.months[t[next - 1].key] == nil { next += 1 }
        return next
    }

    /// "X fell on 28 June, and Y was overrun two days later": a relative phrase after a stated
    /// date counts from it, and dates what is near it. Returns the index past the phrase.
    ///
    /// ("an ultimatum to surrender within 48 hours" is a deadline, not a day of the narrative;
    /// and the next sentence still counts from the stated date.)
    private mutating func readRelativeToStated(at i: Int, _ t: [Token], _ u: [UInt8], _ scan: inout SentenceScan)
        -> Int?
    {
        guard scan.fromText, t[i].key != "within", let stated = scan.lastStated else { return nil }
        let saved = anchor
        anchor = stated.latest
        let hit = self.relative(at: i, t, u)
        anchor = saved
        // ("four months after losing it" counts from another event, not from the stated date.)
        guard let (date, r) = hit,
            !(["after", "before"].contains(t[r.upperBound - 1].key) && r.upperBound < t.count
                && t[r.upperBound].kind == .word)
        else { return nil }
        scan.mention.dated.append((date, r))
        scan.mention.tokenRanges.append(r)
        return r.upperBound
    }

    /// The sentence's first relative phrase, its date when it states none. Returns the index past it.
    private func readRelative(at i: Int, _ t: [Token], _ u: [UInt8], _ scan: inout SentenceScan) -> Int? {
        guard scan.relative == nil, let (date, r) = self.relative(at: i, t, u) else { return nil }
        scan.relative = (date, r)
        // ("That night they counter-attacked, and on 11 November …": the phrase dates its own
        // clause beside the stated date.)
        if DateParser.partsOfDay.contains(t[r.upperBound - 1].key) { scan.mention.dated.append((date, r)) }
        scan.mention.tokenRanges.append(r)
        return r.upperBound
    }

    // MARK: - Absolute dates

    private mutating func absolute(
        at i: Int, _ t: [Token], _ u: [UInt8], _ loc: SourceLocation?, _ diags: inout [Diagnostic]
    ) -> (EventDate, Range<Int>)? {
        var p = AbsoluteStart(i: i, k: i, location: loc)
        if ["on", "by", "in", "from", "since", "until", "during", "around"].contains(t[p.k].key) {
            p.by = t[p.k].key == "by" || t[p.k].key == "until"
            p.k += 1
            if p.k < t.count, t[p.k].key == "the" { p.k += 1 }
        }
        let k = p.k
        guard k < t.count else { return nil }
        // "early February", "mid-February", "the end of January".
        if let (part, month, next) = partOfMonth(at: k, t) {
            return partOfMonthDate(p, part: part, month: month, next: next, t, u)
        }
        if let whole = wholeYear(p, t, u) { return whole }
        // "16 December 2012", "16–31 December 2012", "between 3 and 9 May".
        var k2 = k
        if t[k2].key == "between", k2 + 1 < t.count { k2 += 1 }
        if let d1 = dayNumber(t, k2) { return dayFirstDate(p, d1, at: k2, t, u, &diags) }
        // "December 16, 2012", "February 2013", "in March".
        // "May" opening a sentence is a date only when a day or a year follows it (else it is the verb).
        if let month = DateParser.months[t[k].key], t[k].isCapitalised,
            !(t[k].key == "may" && k == i && !(k + 1 < t.count && t[k + 1].kind == .number))
        {
            return monthFirstDate(p, month, t, u, &diags)
        }
        return nil
    }

    /// Where an absolute date phrase starts, read once by `absolute` for the rules it tries: `i` the
    /// phrase's first token, `k` the first after its preposition ("on the"), `by` whether that says
    /// "by" or "until" (a date reached by then: the range runs from the anchor).
    private struct AbsoluteStart {
        var i: Int
        var k: Int
        var by = false
        var location: SourceLocation?
        /// The phrase's first token, as the phrase text and token range start.
        var start: Int { i }
    }

    /// "early February", "the third week of May": a part of a month is a range of its days.
    private mutating func partOfMonthDate(
        _ p: AbsoluteStart, part: String, month: Int, next: Int, _ t: [Token], _ u: [UInt8]
    ) -> (EventDate, Range<Int>)? {
        let (start, by) = (p.start, p.by)
        let (y, end) = explicitYear(at: next, t)
        guard let yy = y ?? inferredYear(month: month, day: 1) else { return nil }
        let first: Int, last: Int
        let dim = Day.daysIn(month: month, year: yy)
        switch part {
        case "early", "beginning", "start": (first, last) = (1, 10)
        case "mid", "middle": (first, last) = (11, 20)
        case "first week": (first, last) = (1, 7)
        case "second week": (first, last) = (8, 14)
        case "third week": (first, last) = (15, 21)
        case "fourth week": (first, last) = (22, 28)
        case "last week", "final week": (first, last) = (dim - 6, dim)
        default: (first, last) = (21, dim)
        }
        guard let a = Day(year: yy, month: month, day: first), let b = Day(year: yy, month: month, day: last) else {
            return nil
        }
        noteAbsolute(a, explicitYear: y)
        let phrase = text(u, t, start..<end)
        if by, let from = anchor, from < b {
            return (EventDate(day: b, precision: .range, earliest: from, latest: b, phrase: phrase), start..<end)
        }
        return (EventDate(day: a, precision: .range, earliest: a, latest: b, phrase: phrase), start..<end)
    }

    /// "In 2013", "during 2014": a whole year, when a preposition says it is a date (a bare number may
    /// be a count). Nil when the phrase is not one.
    private mutating func wholeYear(_ p: AbsoluteStart, _ t: [Token], _ u: [UInt8]) -> (EventDate, Range<Int>)? {
        let (i, k, start, by) = (p.i, p.k, p.start, p.by)
        guard k > i, t[k].kind == .number, let y = t[k].value, t[k].key.utf8.count == 4, (1800...2200).contains(y),
            !(k + 1 < t.count && DateParser.months[t[k + 1].key] != nil),
            let a = Day(year: y, month: 1, day: 1), let b = Day(year: y, month: 12, day: 31)
        else { return nil }
        noteAbsolute(a, explicitYear: y)
        let phrase = text(u, t, start..<k + 1)
        if by, let from = anchor, from < b {
            return (EventDate(day: b, precision: .range, earliest: from, latest: b, phrase: phrase), start..<k + 1)
        }
        return (EventDate(day: a, precision: .range, earliest: a, latest: b, phrase: phrase), start..<k + 1)
    }

    /// "16 December 2012", "16–31 December 2012", "between 3 and 9 May": a day (or two) at `k2` before
    /// the month. A day that does not exist is a diagnostic, and the sentence stays undated.
    private mutating func dayFirstDate(
        _ p: AbsoluteStart, _ d1: Int, at k2: Int, _ t: [Token], _ u: [UInt8], _ diags: inout [Diagnostic]
    ) -> (EventDate, Range<Int>)? {
        let (start, by, loc) = (p.start, p.by, p.location)
        var d2: Int?
        var m = k2 + 1
        if m + 1 < t.count, t[m].key == "-" || t[m].key == "and" || t[m].key == "to", let e = dayNumber(t, m + 1) {
            d2 = e
            m += 2
        }
        guard m < t.count, let month = DateParser.months[t[m].key] else {
            return dayOfNarrativeMonth(p, d1, at: k2, t, u)
        }
        let (y, end) = explicitYear(at: m + 1, t)
        guard let yy = y ?? inferredYear(month: month, day: d1) else { return nil }
        let phrase = text(u, t, start..<end)
        guard let a = Day(year: yy, month: month, day: d1) else {
            diags.append(
                Diagnostic(.warning, "no such day: '\(phrase)'; the sentence is left undated", at: loc))
            return nil
        }
        if let d2 {
            guard let b = Day(year: yy, month: month, day: d2), a <= b else {
                diags.append(
                    Diagnostic(
                        .warning, "no such date range: '\(phrase)'; the sentence is left undated", at: loc))
                return nil
            }
            noteAbsolute(a, explicitYear: y)
            return (EventDate(day: a, precision: .range, earliest: a, latest: b, phrase: phrase), start..<end)
        }
        noteAbsolute(a, explicitYear: y)
        if by, let from = anchor, from < a {
            return (
                EventDate(day: a, precision: .range, earliest: from, latest: a, phrase: phrase), start..<end
            )
        }
        return (EventDate(day: a, precision: .day, phrase: phrase), start..<end)
    }

    /// "on the 25th": that day of the month the narrative is in (the next month when the day
    /// is already past). Only after a preposition, and only an ordinal: a bare number is a count.
    private mutating func dayOfNarrativeMonth(
        _ p: AbsoluteStart, _ d1: Int, at k2: Int, _ t: [Token], _ u: [UInt8]
    ) -> (EventDate, Range<Int>)? {
        let (i, k, start) = (p.i, p.k, p.start)
        guard k > i, k2 == k, t[k].kind == .word,
            ["st", "nd", "rd", "th"].contains(where: { t[k].key.hasSuffix($0) }),
            let base = anchor, d1 <= 31
        else { return nil }
        let (y, mo, dd) = base.components
        var date = Day(year: y, month: mo, day: d1)
        if d1 < dd || date == nil {
            date = mo == 12 ? Day(year: y + 1, month: 1, day: d1) : Day(year: y, month: mo + 1, day: d1)
        }
        guard let a = date else { return nil }
        noteAbsolute(a, explicitYear: nil)
        return (EventDate(day: a, precision: .day, phrase: text(u, t, start..<k + 1)), start..<k + 1)
    }

    /// "December 16, 2012", "February 2013", "in March": the month first, then a day, a year, or
    /// neither (the whole month).
    private mutating func monthFirstDate(
        _ p: AbsoluteStart, _ month: Int, _ t: [Token], _ u: [UInt8], _ diags: inout [Diagnostic]
    ) -> (EventDate, Range<Int>)? {
        let (i, k, start, by, loc) = (p.i, p.k, p.start, p.by, p.location)
        if k + 1 < t.count, let d = dayNumber(t, k + 1),
            !(k + 2 < t.count && DateParser.months[t[k + 2].key] != nil)
        {
            var n = k + 2
            if n < t.count, t[n].key == ",", n + 1 < t.count, t[n + 1].kind == .number,
                (t[n + 1].value ?? 0) >= 1000
            {
                n += 1
            }
            let (y, end) = explicitYear(at: n, t)
            guard let yy = y ?? inferredYear(month: month, day: d) else { return nil }
            let phrase = text(u, t, start..<max(end, k + 2))
            guard let a = Day(year: yy, month: month, day: d) else {
                diags.append(
                    Diagnostic(.warning, "no such day: '\(phrase)'; the sentence is left undated", at: loc))
                return nil
            }
            noteAbsolute(a, explicitYear: y)
            return (EventDate(day: a, precision: .day, phrase: phrase), start..<max(end, k + 2))
        }
        // A bare month needs a preposition or a year, else "May" the verb would be a date.
        let (y, end) = explicitYear(at: k + 1, t)
        guard y != nil || k > i else { return nil }
        guard let yy = y ?? inferredYear(month: month, day: 1),
            let a = Day(year: yy, month: month, day: 1),
            let b = Day(year: yy, month: month, day: Day.daysIn(month: month, year: yy))
        else { return nil }
        noteAbsolute(a, explicitYear: y)
        let phrase = text(u, t, start..<end)
        if by, let from = anchor, from < b {
            return (EventDate(day: b, precision: .range, earliest: from, latest: b, phrase: phrase), start..<end)
        }
        return (EventDate(day: a, precision: .range, earliest: a, latest: b, phrase: phrase), start..<end)
    }

    /// "early February" / "mid-February" / "late January" / "the end of January" at token k:
    /// (part, month, index after the month).
    private func partOfMonth(at k: Int, _ t: [Token]) -> (String, Int, Int)? {
        let key = t[k].key
        for prefix in ["mid-", "early-", "late-"] where key.hasPrefix(prefix) {
            if let m = DateParser.months[String(key.dropFirst(prefix.count))] {
                return (String(prefix.dropLast()), m, k + 1)
            }
        }
        if ["early", "mid", "late", "middle"].contains(key), k + 1 < t.count, let m = DateParser.months[t[k + 1].key] {
            return (key, m, k + 2)
        }
        if ["end", "beginning", "start", "middle"].contains(key), k + 2 < t.count, t[k + 1].key == "of",
            let m = DateParser.months[t[k + 2].key]
        {
            return (key, m, k + 3)
        }
        // "the third week of May"
        if ["first", "second", "third", "fourth", "last", "final"].contains(key), k + 3 < t.count,
            t[k + 1].key == "week",
            t[k + 2].key == "of", let m = DateParser.months[t[k + 3].key]
        {
            return (key + " week", m, k + 4)
        }
        return nil
    }

    private func dayNumber(_ t: [Token], _ k: Int) -> Int? {
        guard k < t.count else { return nil }
        if t[k].kind == .number, let v = t[k].value, v >= 1, v <= 99, t[k].key.count <= 2 { return v }
        // "16th", "1st"
        let key = t[k].key
        for suffix in ["st", "nd", "rd", "th"] where key.hasSuffix(suffix) {
            if let v = Int(key.dropLast(2)), v >= 1, v <= 99 { return v }
        }
        return nil
    }

    private func explicitYear(at k: Int, _ t: [Token]) -> (Int?, Int) {
        if k < t.count, t[k].kind == .number, let v = t[k].value, v >= 1000, v <= 9999, t[k].key.count == 4 {
            return (v, k + 1)
        }
        return (nil, k)
    }

    /// The carried year, rolled over when the date would fall more than half a year before the last one.
    ///
    /// A date the carried year puts outside the infobox's range, when that year was not stated in the
    /// same paragraph, takes instead the year of the range it fits (the first one on or after the last
    /// date read, when two would fit).
    private func inferredYear(month: Int, day: Int) -> Int? {
        guard let year else { return nil }
        func date(_ y: Int) -> Day? { Day(year: y, month: month, day: min(day, Day.daysIn(month: month, year: y))) }
        var carried = year
        if let last = lastAbsolute, let d = date(year), last - d > 183 { carried = year + 1 }
        guard let range, !yearStatedInParagraph, let d = date(carried), !range.contains(d) else { return carried }
        let fitting = (range.lowerBound.year...range.upperBound.year).filter { y in date(y).map(range.contains) ?? false
        }
        guard !fitting.isEmpty else { return carried }
        if let last = lastAbsolute, range.contains(last),
            let y = fitting.first(where: { date($0).map { $0 >= last } ?? false })
        {
            return y
        }
        return fitting[0]
    }

    private mutating func noteAbsolute(_ d: Day, explicitYear: Int?) {
        year = d.year
        lastAbsolute = d
        if explicitYear != nil { yearStatedInParagraph = true }
    }

    // MARK: - Relative dates

    /// A count at token k: "two", "16", "a", "several"; returns the value and the next index.
    private func count(at k: Int, _ t: [Token]) -> (Int, Int)? {
        guard k < t.count else { return nil }
        // Counts beyond a few decades are not relative dates (and would overflow day arithmetic).
        if t[k].kind == .number, let v = t[k].value, v >= 0, v <= 10_000, t[k].key.utf8.count <= 6 { return (v, k + 1) }
        if let v = DateParser.numberWords[t[k].key] { return (v, k + 1) }
        return nil
    }

    private static func unitDays(_ key: String) -> (Int, Bool)? {
        switch key {
        case "day", "days": return (1, false)
        case "week", "weeks": return (7, true)
        case "month", "months": return (30, true)
        case "hour", "hours": return (0, false)
        default: return nil
        }
    }

    static let partsOfDay: Set<String> = ["day", "night", "evening", "afternoon", "morning"]

    private func relative(at i: Int, _ t: [Token], _ u: [UInt8]) -> (EventDate, Range<Int>)? {
        guard let a = anchor else { return nil }
        var k = i
        if t[k].key == "about" || t[k].key == "some" || t[k].key == "around" || t[k].key == "roughly" { k += 1 }
        guard k < t.count else { return nil }
        let p = RelativeStart(i: i, k: k, anchor: a)
        if let hit = neighbouringDay(p, t, u) { return hit }
        if let hit = sameDayOrWeekday(p, t, u) { return hit }
        if let hit = soonAfter(p, t, u) { return hit }
        return countedFromAnchor(p, t, u)
    }

    /// Where a relative phrase starts, read once by `relative` for the rules it tries: `i` the phrase's
    /// first token, `k` the first after a hedge ("about", "some"), and the day it counts from.
    private struct RelativeStart {
        var i: Int
        var k: Int
        var anchor: Day
    }

    /// "the next day", "the following day", "the day before", "the previous day", "the next week": a
    /// step of one day (or a week) from the anchor.
    private func neighbouringDay(_ p: RelativeStart, _ t: [Token], _ u: [UInt8]) -> (EventDate, Range<Int>)? {
        let (i, k, a) = (p.i, p.k, p.anchor)
        guard t[k].key == "the", k + 2 < t.count else { return nil }
        let a1 = t[k + 1].key, a2 = t[k + 2].key
        if (a1 == "next" || a1 == "following") && a2 == "day" {
            return (EventDate(day: a + 1, phrase: text(u, t, i..<k + 3)), i..<k + 3)
        }
        if (a1 == "previous" || a1 == "preceding") && a2 == "day" {
            return (EventDate(day: a - 1, phrase: text(u, t, i..<k + 3)), i..<k + 3)
        }
        if a1 == "day" && (a2 == "before") {
            return (EventDate(day: a - 1, phrase: text(u, t, i..<k + 3)), i..<k + 3)
        }
        if a1 == "day" && (a2 == "after") {
            return (EventDate(day: a + 1, phrase: text(u, t, i..<k + 3)), i..<k + 3)
        }
        if (a1 == "next" || a1 == "following") && a2 == "week" {
            return (
                EventDate(
                    day: a + 7, precision: .approximate, earliest: a + 5, latest: a + 9,
                    phrase: text(u, t, i..<k + 3)), i..<k + 3
            )
        }
        return nil
    }

    /// The anchor's own day ("that night") or a named day of its week ("the following Sunday", "on
    /// Sunday"): phrases that name no count of days.
    private func sameDayOrWeekday(_ p: RelativeStart, _ t: [Token], _ u: [UInt8]) -> (EventDate, Range<Int>)? {
        let (i, k, a) = (p.i, p.k, p.anchor)
        let key = t[k].key
        // "that night", "the same day", "that same evening": the anchor's own day, in a sentence that
        // goes on to later dates ("That night they counter-attacked, and on 11 November …").
        if key == "that" || key == "the", k + 1 < t.count {
            var j = k + 1
            if t[j].key == "same", j + 1 < t.count { j += 1 }
            if DateParser.partsOfDay.contains(t[j].key), key == "that" || j > k + 1 {
                return (EventDate(day: a, phrase: text(u, t, i..<j + 1)), i..<j + 1)
            }
        }
        // "the following Sunday", "the next Friday": the first such day after the anchor.
        if key == "the", k + 2 < t.count, ["next", "following"].contains(t[k + 1].key),
            let w = DateParser.weekdays[t[k + 2].key]
        {
            return (EventDate(day: DateParser.next(w, after: a), phrase: text(u, t, i..<k + 3)), i..<k + 3)
        }
        // "On Sunday the army …" (no date after it): that day of the anchor's week, on or after it.
        if key == "on", k + 1 < t.count, let w = DateParser.weekdays[t[k + 1].key],
            !(k + 2 < t.count && (t[k + 2].kind == .number || DateParser.months[t[k + 2].key] != nil))
        {
            return (EventDate(day: DateParser.next(w, after: a - 1), phrase: text(u, t, i..<k + 2)), i..<k + 2)
        }
        return nil
    }

    /// "shortly afterwards", "within two days": soon after the anchor, no later than the count says.
    private func soonAfter(_ p: RelativeStart, _ t: [Token], _ u: [UInt8]) -> (EventDate, Range<Int>)? {
        let (i, k, a) = (p.i, p.k, p.anchor)
        let key = t[k].key
        // "shortly afterwards", "soon after"
        if key == "shortly" || key == "soon", k + 1 < t.count,
            ["after", "afterwards", "afterward", "thereafter"].contains(t[k + 1].key)
        {
            return (
                EventDate(
                    day: a + 1, precision: .approximate, earliest: a, latest: a + 3, phrase: text(u, t, i..<k + 2)),
                i..<k + 2
            )
        }
        // "within two days", "within 48 hours", "within a week"
        if key == "within", let (n, next) = count(at: k + 1, t), next < t.count,
            let (unit, _) = DateParser.unitDays(t[next].key)
        {
            let days = unit == 0 ? max(1, (n + 23) / 24) : n * unit
            return (
                EventDate(
                    day: a + days, precision: .approximate, earliest: a, latest: a + days,
                    phrase: text(u, t, i..<next + 1)), i..<next + 1
            )
        }
        return nil
    }

    /// "days later", "two days later", "a week later", "16 days before": a count of days (a few, when
    /// the text gives none) before or after the anchor.
    private func countedFromAnchor(_ p: RelativeStart, _ t: [Token], _ u: [UInt8]) -> (EventDate, Range<Int>)? {
        let (i, k, a) = (p.i, p.k, p.anchor)
        let key = t[k].key
        // "days later", "days earlier"
        if let (unit, _) = DateParser.unitDays(key), unit > 0, k + 1 < t.count, let sign = direction(t[k + 1].key) {
            let d = 3 * unit
            let r = i..<k + 2
            return (
                EventDate(
                    day: a + sign * d, precision: .approximate, earliest: sign > 0 ? a + 1 : a - 7 * unit,
                    latest: sign > 0 ? a + 7 * unit : a - 1, phrase: text(u, t, r)), r
            )
        }
        // "two days later", "a week later", "16 days before"
        if let (n, next) = count(at: k, t), next + 1 < t.count, let (unit, fuzzy) = DateParser.unitDays(t[next].key),
            unit > 0,
            let sign = direction(t[next + 1].key)
        {
            let d = n * unit
            let r = i..<next + 2
            let phrase = text(u, t, r)
            let approx = fuzzy || k > i || ["several", "few", "a few"].contains(t[k].key)
            if approx {
                let slack = max(1, unit / 3)
                return (
                    EventDate(
                        day: a + sign * d, precision: .approximate, earliest: a + sign * d - slack,
                        latest: a + sign * d + slack, phrase: phrase), r
                )
            }
            return (EventDate(day: a + sign * d, precision: .day, phrase: phrase), r)
        }
        return nil
    }

    private func direction(_ key: String) -> Int? {
        switch key {
        case "later", "after", "afterwards", "afterward", "on": return 1
        case "before", "earlier", "prior", "previously", "ago": return -1
        default: return nil
        }
    }

    /// "after 16 days of fighting" → 16.
    private func duration(at i: Int, _ t: [Token]) -> (Int, Range<Int>)? {
        guard t[i].key == "after", let (n, next) = count(at: i + 1, t), next + 2 < t.count,
            let (unit, _) = DateParser.unitDays(t[next].key), unit > 0, t[next + 1].key == "of",
            ["fighting", "clashes", "siege", "battle", "combat", "heavy"].contains(t[next + 2].key)
        else { return nil }
        var end = next + 3
        if t[next + 2].key == "heavy", end < t.count { end += 1 }
        return (n * unit, i..<end)
    }

    private func text(_ u: [UInt8], _ t: [Token], _ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return String(
            decoding: u[t[r.lowerBound].range.lowerBound..<t[r.upperBound - 1].range.upperBound], as: UTF8.self)
    }
}
