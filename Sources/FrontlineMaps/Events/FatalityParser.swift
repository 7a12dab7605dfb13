/// Reads casualty figures next to a word of killing: "up to 300 civilians were killed" → high 300,
/// "90–200 civilians killed" → 90 and 200, "six people were killed" → 6, "killed 50 people" → 50.
///
/// Only numbers near a kill word count, and never those of a date phrase, so "1,500 soldiers and 100
/// tanks" or "40 km" are not deaths. A single figure is low = best = high, as UCDP GED codes it.
enum FatalityParser {
    static let killWords: Set<String> = [
        "killed", "killing", "kills", "dead", "died", "deaths", "death", "massacred", "slain", "perished",
    ]
    static let stopWho: Set<String> = [
        "were", "was", "had", "have", "killed", "died", "in", "of", "by", "at", "on", "and", "when", "who", "during",
        "from", "near", "dead", "died", "wounded", "injured",
    ]

    /// The figures of the sentence and the token index they sit at (to pick the nearest event), or nil.
    static func parse(_ t: [Token], excluding dateTokens: [Range<Int>]) -> (Fatalities, Int)? {
        let kills = t.indices.filter { killWords.contains(t[$0].key) }
        guard !kills.isEmpty else { return nil }
        var inDate = [Bool](repeating: false, count: t.count)
        for r in dateTokens { for k in r where k < t.count { inDate[k] = true } }
        var best: (Fatalities, Int, Int)?  // figures, index, distance
        var i = 0
        while i < t.count {
            if inDate[i] { i += 1; continue }
            guard let (f, range) = figure(at: i, t) else { i += 1; continue }
            // The nearest kill word: binary search in the sorted kill positions.
            var lo = 0, hi = kills.count
            while lo < hi {
                let mid = (lo + hi) / 2; if kills[mid] < range.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            var distance = Int.max
            if lo < kills.count { distance = kills[lo] >= range.upperBound ? kills[lo] - range.upperBound : 0 }
            if lo > 0 { distance = min(distance, range.lowerBound - kills[lo - 1]) }
            if distance <= 12, best == nil || distance < best!.2 { best = (f, range.lowerBound, distance) }
            i = range.upperBound
        }
        return best.map { ($0.0, $0.1) }
    }

    /// A casualty figure starting at token i: "up to N", "at least N", "N–M", "between N and M", "N".
    private static func figure(at i: Int, _ t: [Token]) -> (Fatalities, Range<Int>)? {
        var k = i
        var mode = "exact"
        if t[k].key == "up", k + 2 < t.count, t[k + 1].key == "to" {
            mode = "upTo"; k += 2
        } else if t[k].key == "at", k + 2 < t.count, t[k + 1].key == "least" {
            mode = "atLeast"; k += 2
        } else if t[k].key == "more" || t[k].key == "over", k + 2 < t.count, t[k + 1].key == "than" {
            mode = "atLeast"; k += 2
        } else if t[k].key == "over" || t[k].key == "nearly" || t[k].key == "almost" || t[k].key == "about"
            || t[k].key == "around"
        {
            mode = t[k].key == "over" ? "atLeast" : "about"; k += 1
        } else if t[k].key == "between", k + 3 < t.count, let a = value(t[k + 1]), t[k + 2].key == "and",
            let b = value(t[k + 3])
        {
            return (Fatalities(low: a, high: b, who: who(after: k + 4, t)), i..<k + 4)
        }
        guard k < t.count, let n = value(t[k]) else { return nil }
        // A number followed by a unit of distance, time or equipment is not a death toll.
        if k + 1 < t.count,
            [
                "km", "kilometres", "kilometers", "miles", "hours", "days", "weeks", "months", "years", "tanks",
                "percent", "%", "m",
            ].contains(t[k + 1].key)
        {
            return nil
        }
        if k + 2 < t.count, t[k + 1].key == "-" || t[k + 1].key == "to", let m = value(t[k + 2]), m > n {
            return (Fatalities(low: n, high: m, who: who(after: k + 3, t)), i..<k + 3)
        }
        let w = who(after: k + 1, t)
        switch mode {
        case "upTo": return (Fatalities(high: n, who: w), i..<k + 1)
        case "atLeast": return (Fatalities(low: n, best: n, who: w), i..<k + 1)
        default: return (Fatalities(low: n, best: n, high: n, who: w), i..<k + 1)
        }
    }

    private static func value(_ t: Token) -> Int? {
        // No war article counts ten million dead in one event; such a number is something else.
        if t.kind == .number { return t.value.flatMap { $0 <= 10_000_000 ? $0 : nil } }
        // Number words, but not "a"/"an" (too common to be a count of the dead).
        guard t.key != "a", t.key != "an", t.key != "several", t.key != "few" else { return nil }
        return DateParser.numberWords[t.key]
    }

    /// "civilians", "government employees": up to two words after the figure, before a verb or preposition.
    private static func who(after k: Int, _ t: [Token]) -> String? {
        var words: [String] = []
        var j = k
        while j < t.count, words.count < 2, t[j].kind == .word, !stopWho.contains(t[j].key) {
            words.append(t[j].key)
            j += 1
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
