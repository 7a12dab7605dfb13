extension ArticleExtraction {
    /// Saying who lost a place taken keeps it from first being coloured for a third side.
    func draftLosses(_ w: inout SentenceWork) {
        let (m, sentence) = (w.m, w.sentence)
        // Who lost a place taken: "took X, near the border, from rebels", "X was taken after the
        // rebels withdrew". The ledger says so as a statement that the loser held it, just before the
        // capture, so the place is not first coloured for a third side.
        var losses: [(at: Int, event: Event)] = []
        for d in w.drafts.indices
        where [.capture, .recapture].contains(w.drafts[d].event.type) && w.drafts[d].event.placeRole == .target {
            guard let pi = m.place(covering: w.drafts[d].token), m.places[pi].tokens.lowerBound == w.drafts[d].token,
                case let place = m.places[pi], let loser = loser(after: place, m), loser.side != w.drafts[d].event.side,
                let info = Optional(place.info), info.record != nil
            else { continue }
            var e = heldEvent(side: loser.side, actor: loser.text, place: info, sentence)
            e.subType = "held until taken"
            losses.append((d, e))
        }
        // (One pass to put each statement before its capture: inserting one at a time would move the
        // whole array for each, quadratic in a sentence of many captures.)
        guard !losses.isEmpty else { return }
        var merged: [(event: Event, token: Int)] = []
        merged.reserveCapacity(w.drafts.count + losses.count)
        var next = 0
        for d in w.drafts.indices {
            while next < losses.count, losses[next].at == d {
                merged.append((losses[next].event, w.drafts[d].token))
                next += 1
            }
            merged.append(w.drafts[d])
        }
        w.drafts = merged
    }

    /// Verbs of holding ("ruled", "controlled") say who held places when nothing changed hands.
    func collectHoldStatements(_ w: inout SentenceWork) {
        let (m, t) = (w.m, w.t)
        // "the group ruled X and the farmland to its east": who held the places that follow.
        for cue in m.holdCues where cue.upperBound < t.count && t[cue.upperBound].key != "by" {
            let named = m.lastActor(endingBy: cue.lowerBound).flatMap { actor in
                (actor.tokens.upperBound..<cue.lowerBound).contains(where: { k in
                    m.isClauseBreak[k] || m.verbs.contains { $0.tokens.contains(k) }
                }) ? nil : actor
            }
            // ("…, they were in full control of X and Y": "they" is the sentence's last actor, else the
            // narrative's.)
            let pronoun =
                cue.lowerBound >= 1 && Self.subjectPronouns.contains(t[cue.lowerBound - 1].key)
                ? m.lastActor(endingBy: cue.lowerBound - 1) ?? discourseActor : nil
            guard let actor = named ?? pronoun else { continue }
            // "X, the highest hill in the south, which rebels had held since 2014": the place the
            // relative clause hangs on.
            let before = actor.tokens.lowerBound - 1
            if before >= 1, ["which", "that"].contains(t[before].key), t[before - 1].key == ",",
                let p = m.places.last(where: { $0.tokens.upperBound < before && !$0.locator && !$0.unresolvedLink }),
                !m.verbs.contains(where: {
                    $0.tokens.lowerBound >= p.tokens.upperBound && $0.tokens.upperBound <= before
                })
            {
                w.statements.append((actor.side, actor.text, p, cue.lowerBound))
                continue
            }
            // ("kept the whole M5 with X, Y and Z": what was held may be listed after "with" or "including".)
            guard let start = m.places.firstIndex(where: { $0.tokens.lowerBound >= cue.upperBound }),
                gapIsFiller(cue.upperBound, m.places[start].tokens.lowerBound, comma: false, m)
                    || (cue.upperBound..<m.places[start].tokens.lowerBound).last.map({
                        ["with", "including"].contains(t[$0].key)
                            && gapIsFiller(cue.upperBound, $0, comma: false, m)
                    }) ?? false
            else { continue }
            var end = start
            while end + 1 < m.places.count, chained(m.places[end], m.places[end + 1], t) { end += 1 }
            // (A name no gazetteer holds counts too, unless it is a link, more often a group's page.)
            for p in start...end where !m.places[p].unresolvedLink && !m.places[p].locator {
                w.statements.append((actor.side, actor.text, m.places[p], cue.lowerBound))
            }
        }
    }

    /// Words saying a force flew from or was based at a place ("flying combat missions from X").
    static let basingWords: Set<String> = [
        "flying", "flew", "operating", "operated", "based", "sorties", "missions", "off",
    ]

    /// The pronouns that stand for a side as the subject of a verb of holding.
    static let subjectPronouns: Set<String> = ["they", "we"]

    /// "ISIL-held X" is how the articles most often say who held a place.
    func collectHeldByStatements(_ w: inout SentenceWork) {
        let (m, t, u) = (w.m, w.t, w.u)
        // "the ISIL-held town of X", "rebel-held X": who held X when the sentence was written.
        // "the ISIL-held villages of X and Y": every place of the list. "X, an ISIL-held town", "X, in
        // opposition-held territory": the place the phrase stands beside.
        for held in m.heldBy {
            let words = String(decoding: u[t[held.token].range], as: UTF8.self)
            // ("the rebel-held southern quarters of X": part of X, which is then contested.)
            if let start = m.places.firstIndex(where: { $0.tokens.lowerBound > held.token }),
                gapIsFiller(held.token + 1, m.places[start].tokens.lowerBound, comma: false, m)
                    || (Self.isPartOf(m.places[start], t) && m.places[start].tokens.lowerBound - held.token <= 6
                        && (held.token + 1..<m.places[start].tokens.lowerBound).allSatisfy({
                            lexicon.filler.contains(t[$0].key) || Self.partNouns.contains(t[$0].key)
                        }))
            {
                var end = start
                while end + 1 < m.places.count, chained(m.places[end], m.places[end + 1], t) { end += 1 }
                for p in start...end where !m.places[p].locator && !m.places[p].unresolvedLink {
                    w.statements.append((held.side, words, m.places[p], held.token))
                }
            } else if held.token >= 3, ["a", "an", "the", "in"].contains(t[held.token - 1].key),
                t[held.token - 2].key == ",",
                let p = m.places.last(where: { $0.tokens.upperBound == held.token - 2 }), !p.locator, !p.unresolvedLink
            {
                w.statements.append((held.side, words, p, held.token))
            }
            // "ISIL-held territory stretching from X to Y", "the rebel-held pocket between X and Y":
            // the ends of what the side held.
            if held.token + 2 < t.count, Self.stretchNouns.contains(t[held.token + 1].key) {
                let clause = m.clause[held.token]
                let from = m.firstPlace(startingFrom: held.token + 1) ?? m.places.count
                for p in m.places[from...] {
                    if p.tokens.lowerBound - held.token > 16 { break }
                    guard m.clause[p.tokens.lowerBound] == clause, !p.locator, !p.unresolvedLink,
                        p.info.record != nil,
                        ["from", "to", "between", "and"].contains(t[p.tokens.lowerBound - 1].key)
                    else { continue }
                    w.statements.append((held.side, words, p, held.token))
                }
            }
            // "at X in SDF-held Y province": X lies inside what the side held (unless the sentence
            // changes X's hands itself).
            if held.token >= 2, t[held.token - 1].key == "in",
                let p = m.places.last(where: { $0.tokens.upperBound == held.token - 1 }), !p.locator, !p.unresolvedLink,
                !p.possessive,
                p.info.record != nil,
                !w.drafts.contains(where: {
                    $0.event.type.changesControl
                        && ($0.event.placeID ?? $0.event.placeName) == (p.info.record?.id ?? p.info.name)
                })
            {
                w.statements.append((held.side, words, p, held.token))
            }
        }
    }

    /// A side's word for a settlement ("a rebel town", "whose pocket") says who held the places
    /// it describes.
    func collectStrongholdStatements(_ w: inout SentenceWork) {
        let (m, t) = (w.m, w.t)
        // "the last rebel town in the mountains was X", "X, an ISIL stronghold": a side's word before a
        // word for a settlement says who held the place it describes.
        for a in m.actors {
            var k = a.tokens.upperBound
            if k < t.count, t[k].kind == .word, !Self.strongholdWords.contains(t[k].key), k + 1 < t.count,
                Self.strongholdWords.contains(t[k + 1].key)
            {
                k += 1
            }
            guard k < t.count, Self.strongholdWords.contains(t[k].key), !t[a.tokens.upperBound - 1].key.hasSuffix("'s")
            else { continue }
            let clause = m.clause[k]
            // The place it describes: after it in the clause with no verb between ("… was X", "… of X"),
            // else just before it ("X, a rebel town").
            if let p = m.places.first(where: { $0.tokens.lowerBound > k && m.clause[$0.tokens.lowerBound] == clause }),
                p.tokens.lowerBound - k <= 10,
                !m.verbs.contains(where: { $0.tokens.lowerBound > k && $0.tokens.upperBound <= p.tokens.lowerBound }),
                !p.locator, !p.unresolvedLink
            {
                w.statements.append((a.side, a.text, p, k))
            } else if let p = m.places.last(where: { $0.tokens.upperBound <= a.tokens.lowerBound }),
                a.tokens.lowerBound - p.tokens.upperBound <= 3,
                t[p.tokens.upperBound].key == ",", !p.locator, !p.unresolvedLink
            {
                w.statements.append((a.side, a.text, p, k))
            }
        }
        // "the group, whose pocket in the south-west included X, Y and Z": the places of its pocket.
        for k in t.indices where t[k].key == "whose" && k + 1 < t.count && Self.strongholdWords.contains(t[k + 1].key) {
            guard let actor = m.lastActor(endingBy: k), k - actor.tokens.upperBound <= 8,
                let j = (k + 2..<min(t.count, k + 14)).first(where: {
                    ["included", "including", "comprised", "comprising", "contained"].contains(t[$0].key)
                }),
                let start = m.places.firstIndex(where: { $0.tokens.lowerBound > j }),
                gapIsFiller(j + 1, m.places[start].tokens.lowerBound, comma: false, m)
            else { continue }
            var end = start
            while end + 1 < m.places.count, chained(m.places[end], m.places[end + 1], t) { end += 1 }
            for p in start...end where !m.places[p].locator && !m.places[p].unresolvedLink {
                w.statements.append((actor.side, actor.text, m.places[p], k))
            }
        }
        // "ISIL's main road between its capital, X, and the border": the possessive pronoun stands for
        // the possessive actor before it, which held X. (Only a possessive: in "the SDF cut the group's
        // road to its capital", "its" is not the SDF's.)
        for k in t.indices
        where ["its", "their"].contains(t[k].key) && k + 2 < t.count && Self.capitalWords.contains(t[k + 1].key) {
            guard let actor = m.lastActor(endingBy: k), t[actor.tokens.upperBound - 1].key.hasSuffix("'s"),
                k - actor.tokens.upperBound <= 6,
                let n = m.firstPlace(startingFrom: k + 2), case let p = m.places[n],
                p.tokens.lowerBound - (k + 2) <= 1,
                (k + 2..<p.tokens.lowerBound).allSatisfy({ [",", "of"].contains(t[$0].key) }),
                !p.locator, !p.unresolvedLink
            else { continue }
            w.statements.append((actor.side, actor.text, p, k))
        }
    }

    /// A side's seat or fastness, after its possessive pronoun ("its capital, X").
    static let capitalWords: Set<String> = ["capital", "stronghold", "strongholds", "bastion", "headquarters"]

    /// "theirs" and "in their hands" name their side only through the narrative.
    func collectTheirsStatements(_ w: inout SentenceWork) {
        let (m, t) = (w.m, w.t)
        // "by the morning of 25 February X was theirs", "X was in their hands": the side "they" are.
        // ("they … X was theirs": "they" are the narrative's actor; else the actor before the place.)
        for k in t.indices
        where Self.theirsWords.contains(t[k].key)
            || (t[k].key == "their" && k + 1 < t.count && ["hands", "control"].contains(t[k + 1].key))
        {
            var j = k
            if t[k].key == "their", j >= 1, ["in", "under"].contains(t[j - 1].key) { j -= 1 }
            guard j >= 2, ["was", "were", "is", "are", "became", "remained"].contains(t[j - 1].key),
                let p = m.places.last(where: { $0.tokens.upperBound == j - 1 }), !p.locator, !p.unresolvedLink,
                !p.possessive,
                let actor = t[..<p.tokens.lowerBound].contains(where: { $0.key == "they" })
                    ? discourseActor
                    : m.lastActor(endingBy: p.tokens.lowerBound) ?? discourseActor
            else { continue }
            w.statements.append((actor.side, actor.text, p, k))
        }
    }

    /// A side stationed at a place, falling back to it or said to have held it, held it, though
    /// no verb of control says so.
    func collectPresenceStatements(_ w: inout SentenceWork) {
        let (m, t) = (w.m, w.t)
        // "X, where Turkish troops had deployed", "the base at X, where the rebels were stationed": a
        // side stationed at a place held it.
        for k in t.indices where t[k].key == "where" {
            var j = k + 1
            while j < t.count, t[j].key == "the" { j += 1 }
            guard j < t.count, let n = m.actorStartingAt[j] else { continue }
            let actor = m.actors[n]
            j = actor.tokens.upperBound
            while j < t.count, Self.auxiliaries.contains(t[j].key) { j += 1 }
            guard j < t.count, Self.stationedWords.contains(t[j].key),
                let p = m.places.last(where: { $0.tokens.upperBound <= k }), k - p.tokens.upperBound <= 1,
                !p.locator, !p.unresolvedLink, !p.possessive
            else { continue }
            w.statements.append((actor.side, actor.text, p, k))
        }
        // "Russian aircraft began flying combat missions from X", "jets operating from X", "troops based
        // at X": a side flying from or based at a place held it.
        for p in m.places where !p.anaphor && !p.unresolvedLink && !p.locator && p.tokens.lowerBound >= 2 {
            let k = p.tokens.lowerBound - 1
            guard ["from", "at"].contains(t[k].key),
                let j = (max(0, k - 3)..<k).last(where: { Self.basingWords.contains(t[$0].key) }),
                let actor = m.lastActor(endingBy: j), j - actor.tokens.upperBound <= 3,
                !(actor.tokens.upperBound..<k).contains(where: {
                    m.isClauseBreak[$0] || [",", ";"].contains(t[$0].key)
                })
            else { continue }
            w.statements.append((actor.side, actor.text, p, k))
        }
        // "fell back to X", "ISIL was pushed back east towards the town of X": the side falling back held X.
        for p in m.places where !p.anaphor && !p.unresolvedLink {
            guard let side = retreatSide(to: p, m) else { continue }
            w.statements.append((side.side, side.text, p, p.tokens.lowerBound))
        }
        // "Maarat, one of the first towns to rise, had been in rebel hands": the nearest place before,
        // within the clause.
        for held in m.heldBefore {
            guard let p = m.places.last(where: { $0.tokens.upperBound <= held.token && !$0.locator }),
                p.info.record != nil,
                held.token - p.tokens.upperBound <= 16,
                !(p.tokens.upperBound..<held.token).contains(where: { t[$0].key == ";" || t[$0].key == "." })
            else { continue }
            w.statements.append((held.side, held.text, p, held.token))
        }
    }

    /// Who held a place is a ledger event when dated, else the state before the war's first event.
    mutating func draftStatements(_ w: inout SentenceWork) {
        let (t, sentence, dateMention, cue) = (w.t, w.sentence, w.dateMention, w.cue)
        // Dated, a statement is an event of the ledger (the state on that day); undated, what held
        // before the war's first event.
        for (side, actor, place, at) in w.statements {
            if let date = dateMention.dated.min(by: { Self.distance($0.tokens, at) < Self.distance($1.tokens, at) })?
                .date ?? lastDate
            {
                var e = heldEvent(side: side, actor: actor, place: place.info, sentence)
                // "40 percent of X was in ISIL hands": X is contested, whoever holds the rest.
                if Self.isPartOf(place, t) {
                    e.type = .partialCapture
                    e.subType = "part held"
                    e.side = nil
                }
                e.date = date
                e.certainty = cue
                // "X was stormed on 12 January, and state television said the town was in army hands":
                // a statement of who holds a place, not in the pluperfect, names who took it in a
                // capture that named nobody.
                if e.type == .held, !(max(0, at - 4)..<at).contains(where: { t[$0].key == "had" }) {
                    for d in w.drafts.indices
                    where w.drafts[d].event.side == nil && w.drafts[d].event.placeRole == .target
                        && [.capture, .recapture].contains(w.drafts[d].event.type)
                        && (w.drafts[d].event.placeID ?? w.drafts[d].event.placeName) == (e.placeID ?? e.placeName)
                        && w.drafts[d].event.date.day == date.day
                    {
                        w.drafts[d].event.side = side
                        w.drafts[d].event.actor = actor
                    }
                }
                w.drafts.append((e, place.tokens.lowerBound))
            } else if let id = place.info.record?.id {
                baseline.append(Baseline(side: side, scope: .places([id]), sourceSentence: sentence.text))
            }
        }
    }

    /// The map starts from the baseline, which "controlled by" phrases and advances' origins fill.
    mutating func recordBaselines(_ w: inout SentenceWork) {
        let (m, t, sentence) = (w.m, w.t, w.sentence)
        // Baseline statements: "the province largely controlled by Army Forces", origins of advances.
        for cue in m.baselineCues {
            guard
                let n = (cue.upperBound..<min(t.count, cue.upperBound + 3)).lazy.compactMap({ m.actorStartingAt[$0] })
                    .first
            else { continue }
            let actor = m.actors[n]
            var lo = cue.lowerBound
            while lo > 0, cue.lowerBound - lo < 30, t[lo - 1].key != ",", !m.isClauseBreak[lo - 1] { lo -= 1 }
            if (lo..<cue.lowerBound).contains(where: { Self.areaNouns.contains(t[$0].key) }) {
                baseline.append(Baseline(side: actor.side, scope: .area, sourceSentence: sentence.text))
            } else {
                let ids = m.places.filter { $0.tokens.lowerBound >= lo && $0.tokens.upperBound <= cue.lowerBound }
                    .compactMap { $0.info.record?.id }
                if !ids.isEmpty {
                    baseline.append(Baseline(side: actor.side, scope: .places(ids), sourceSentence: sentence.text))
                }
            }
        }
        let originIDs = w.drafts.filter { $0.event.placeRole == .origin }.compactMap { d -> (Int, String)? in
            guard let s = d.event.side, let id = d.event.placeID else { return nil }
            return (s, id)
        }
        for side in Set(originIDs.map(\.0)).sorted() {
            baseline.append(
                Baseline(
                    side: side, scope: .places(originIDs.filter { $0.0 == side }.map(\.1)),
                    sourceSentence: sentence.text))
        }
    }
}
