extension ArticleExtraction {
    /// An event must have a date to be mapped: it takes its sentence's (or the one before), and
    /// one that cannot be dated is left out with a warning rather than misplaced in time.
    mutating func dateDrafts(_ w: inout SentenceWork) {
        let (m, sentence, dateMention) = (w.m, w.sentence, w.dateMention)
        // Date: the sentence's own, else the one before it.
        if dateMention.invalid && !w.drafts.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "\(w.drafts.count) event(s) of a sentence with an impossible date are left out; correct the date",
                    at: sentence.location))
            w.drafts = []
        }
        if dateMention.date == nil && lastDate == nil && !w.drafts.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "an event with no date before it is left out: \(w.drafts[0].event.type.rawValue) at \(w.drafts[0].event.placeName)",
                    at: sentence.location))
            w.drafts = []
        }
        if let d = dateMention.date { lastDate = d }
        if let date = lastDate { for d in w.drafts.indices { w.drafts[d].event.date = date } }
        if dateMention.dated.count > 1 {
            // Several dates: each event takes the nearest one in its own clause (else the nearest), and
            // the narrative goes on from the last.
            // ("two days later it captured X, one of the first towns to revolt in 2011, together with Y":
            // a bare year describes a place, and dates an event only beside it when a finer date is at hand.)
            func coarse(_ d: EventDate) -> Bool { d.latest.ordinal - d.earliest.ordinal >= 300 }
            for d in w.drafts.indices {
                let at = w.drafts[d].token
                let own = dateMention.dated.filter { m.clause[$0.tokens.lowerBound] == m.clause[at] }
                var candidates = own.isEmpty ? dateMention.dated : own
                if candidates.contains(where: { !coarse($0.date) }) {
                    candidates.removeAll { coarse($0.date) && Self.distance($0.tokens, at) > 2 }
                }
                if candidates.isEmpty { candidates = dateMention.dated.filter { !coarse($0.date) } }
                let nearest = candidates.min { a, b in
                    Self.distance(a.tokens, at) < Self.distance(b.tokens, at)
                }
                if let nearest { w.drafts[d].event.date = nearest.date }
            }
            lastDate = dateMention.dated[dateMention.dated.count - 1].date
        }
    }

    /// "after 16 days of fighting" dates the fight that led to a capture, which the ledger keeps as a range.
    func draftFightingBefore(_ w: inout SentenceWork) {
        let dateMention = w.dateMention
        // "after 16 days of fighting": the fighting before a change of control, as a range.
        if let (days, phrase) = dateMention.duration, dateMention.date ?? lastDate != nil {
            for d in w.drafts where d.event.type.changesControl && d.event.placeRole == .target {
                let end = d.event.date
                var e = d.event
                e.type = .clashes
                e.subType = "fighting before " + d.event.type.rawValue.replacingOccurrences(of: "_", with: " ")
                e.date = EventDate(
                    day: end.day - days, precision: .range, earliest: end.day - days, latest: end.day, phrase: phrase)
                e.fatalities = Fatalities()
                w.drafts.append((e, d.token))
            }
        }
    }
}
