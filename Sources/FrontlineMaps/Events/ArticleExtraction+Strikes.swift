extension ArticleExtraction {
    /// A strike seldom governs its place in the grammar; without this, bombings and clashes would
    /// have no place and be lost.
    func draftStrikes(_ w: inout SentenceWork) {
        let (m, t, u, sentence) = (w.m, w.t, w.u, w.sentence)
        // A strike (or a clash) with no governed place happened at the sentence's place ("a car bomb …
        // killed 50 people in the eastern suburbs of X", "clashes between A and B in X").
        w.violent = m.verbs.filter {
            !$0.irrealis && (Self.violence.contains($0.entry.type) || $0.entry.type == .clashes)
        }
        let violent = w.violent
        if !w.drafts.contains(where: { $0.event.placeRole == .target }), let first = violent.first {
            // ("… killed by a bomb planted in a building; the same day aircraft struck X": each strike
            // takes the places of its own clause; the first takes the rest.)
            func strike(for p: SentenceMentions.Place) -> SentenceMentions.Verb {
                violent.first {
                    $0.tokens.upperBound <= p.tokens.lowerBound
                        && m.clause[$0.tokens.lowerBound] == m.clause[p.tokens.lowerBound]
                } ?? first
            }
            for p in m.places.indices where !w.governed.contains(p) {
                let place = m.places[p]
                if place.locator || place.possessive || place.origin || place.unresolvedLink { continue }
                let verb = strike(for: place)
                if place.weakAnaphor && verb.entry.type != .clashes { continue }
                w.drafts.append(
                    (makeEvent(verb: verb, place: place, role: .target, m, u, sentence), place.tokens.lowerBound))
                w.governed.insert(p)
            }
            // "killed by mortar fire at a post near X", "struck silos on the eastern edge of X": with no
            // other place, a strike is mapped to the place it is located by (not one a distance away).
            if !w.drafts.contains(where: { $0.event.placeRole == .target }),
                let p = m.places.firstIndex(where: {
                    $0.locator && !$0.possessive && !$0.unresolvedLink && !$0.weakAnaphor && !Self.measured($0, t)
                })
            {
                w.drafts.append(
                    (
                        makeEvent(verb: strike(for: m.places[p]), place: m.places[p], role: .target, m, u, sentence),
                        m.places[p].tokens.lowerBound
                    ))
                w.governed.insert(p)
            }
            // ("two fighters were killed by a bomb in the outskirts; aircraft struck silos on the edge of
            // X": a strike of another kind whose clause names no place hit the sentence's one place.)
            let hit = w.drafts.filter { $0.event.placeRole == .target }
            if Set(hit.map { $0.event.placeID ?? $0.event.placeName }).count == 1, let d = hit.first,
                let place = m.places.first(where: { $0.tokens.lowerBound == d.token })
            {
                for v in violent
                where Self.violence.contains(v.entry.type)
                    && !w.drafts.contains(where: { $0.event.type == v.entry.type })
                    && !m.places.contains(where: { m.clause[$0.tokens.lowerBound] == m.clause[v.tokens.lowerBound] })
                {
                    w.drafts.append(
                        (makeEvent(verb: v, place: place, role: .target, m, u, sentence), v.tokens.lowerBound))
                }
            }
        } else if let first = violent.first(where: { v in !w.drafts.contains { $0.event.type == v.entry.type } }),
            Self.violence.contains(first.entry.type)
        {
            // "Under air strikes, troops broke into X": a strike that names no place of its own hit the
            // one place the sentence is about. ("attacked X with a suicide car bomb": so did the weapon
            // of an assault.)
            func about(_ e: Event) -> Bool { e.placeRole == .target && (e.type.changesControl || e.type == .attack) }
            let targets = Set(w.drafts.filter { about($0.event) }.map { $0.event.placeID ?? $0.event.placeName })
            if targets.count == 1,
                let d = w.drafts.first(where: { about($0.event) }),
                let place = m.places.first(where: { $0.tokens.lowerBound == d.token }),
                !m.places.contains(where: { p in
                    !p.locator && first.tokens.upperBound <= p.tokens.lowerBound
                        && gapIsFiller(first.tokens.upperBound, p.tokens.lowerBound, comma: false, m)
                })
            {
                w.drafts.append((makeEvent(verb: first, place: place, role: .target, m, u, sentence), d.token))
            }
        }
        // ("pushed into the outskirts, …; the same day aircraft struck the silos on the eastern edge of
        // X": beside a place taken, a strike of its own clause hit the place that clause names.)
        // (Sets and binary searches: a long sentence of strikes stays linear.)
        var struck = Set(w.drafts.map(\.event.type))
        var hit = Set(w.drafts.filter { Self.violence.contains($0.event.type) }.map(\.token))
        for v in violent where Self.violence.contains(v.entry.type) && !struck.contains(v.entry.type) {
            guard
                let n = m.firstPlace(startingFrom: v.tokens.upperBound), case let p = m.places[n],
                p.tokens.lowerBound - v.tokens.upperBound <= 8, !p.origin, !p.possessive, !p.unresolvedLink, !p.anaphor,
                !Self.measured(p, t),
                // ("suicide bombers struck a market in X": a strike the place already has, by another word.)
                !hit.contains(p.tokens.lowerBound),
                !(v.tokens.upperBound..<p.tokens.lowerBound).contains(where: { k in
                    m.isClauseBreak[k] || [",", ";"].contains(t[k].key) || m.verb(covering: k) != nil
                })
            else { continue }
            w.drafts.append((makeEvent(verb: v, place: p, role: .target, m, u, sentence), p.tokens.lowerBound))
            struck.insert(v.entry.type)
            hit.insert(p.tokens.lowerBound)
        }
    }

    /// "X was stormed on 12 January. The SOHR had counted more than 120 air strikes in support of
    /// the assault": a strike, an ambush or a clash in a sentence that names no place at all goes on
    /// the fight for the one place the sentence before took or attacked. (Not a change of control: who
    /// "pulled out" of an unnamed place is too loose to move a map.)
    func draftPlacelessViolence(_ w: inout SentenceWork) {
        guard w.m.places.isEmpty, w.drafts.isEmpty, lastTargetAge <= 1, lastTargetAlone, let info = lastTarget else {
            return
        }
        let verbs = w.m.verbs.filter {
            !$0.irrealis && (Self.violence.contains($0.entry.type) || [.attack, .clashes].contains($0.entry.type))
        }
        var drafted = Set<EventType>()
        for v in verbs where drafted.insert(v.entry.type).inserted {
            let end = v.tokens.upperBound
            let place = SentenceMentions.Place(
                tokens: end..<end, info: info, locator: false, possessive: false, origin: false, anaphor: true)
            w.drafts.append(
                (makeEvent(verb: v, place: place, role: .target, w.m, w.u, w.sentence), v.tokens.lowerBound))
        }
    }

    /// A counter-attack seldom names its own place; it was the fight for the place taken, or the
    /// one it was by.
    func draftCounterAttack(_ w: inout SentenceWork) {
        let (m, t, u, sentence) = (w.m, w.t, w.u, w.sentence)
        // "The rebels struck back: on 1 July they recaptured X": a counter-attack that names no place of
        // its own was the fight for the one place the sentence says changed hands. "ISIL struck back
        // with a counter-attack on SDF lines around the city": with nothing taken, the place it was by.
        // ("Four days later they tried once more, and by morning X was theirs": so does a renewed assault.)
        if let v = m.verbs.first(where: {
            !$0.irrealis && $0.entry.type == .attack
                && ["counter-attack", "renewed assault"].contains($0.entry.subType)
        }),
            !w.drafts.contains(where: { $0.event.type == .attack && $0.event.placeRole == .target })
        {
            let taken = w.drafts.filter { $0.event.placeRole == .target && $0.event.type.changesControl }
            if Set(taken.map { $0.event.placeID ?? $0.event.placeName }).count == 1, let d = taken.first,
                let place = m.places.first(where: { $0.tokens.lowerBound == d.token })
            {
                // (Dated by the counter-attack's own clause: "That night they counter-attacked, and on
                // 11 November they retook X".)
                w.drafts.append((makeEvent(verb: v, place: place, role: .target, m, u, sentence), v.tokens.lowerBound))
            } else if taken.isEmpty,
                let place = m.places.first(where: {
                    $0.tokens.lowerBound > v.tokens.lowerBound && $0.locator && !$0.possessive
                        && !$0.unresolvedLink && !Self.measured($0, t)
                })
            {
                w.drafts.append(
                    (makeEvent(verb: v, place: place, role: .target, m, u, sentence), place.tokens.lowerBound))
            } else if taken.isEmpty, v.entry.subType == "renewed assault" {
                // (With nothing taken and nothing it was by, the one place the sentence names.)
                let named = m.places.filter { !$0.locator && !$0.origin && !$0.possessive && !$0.unresolvedLink }
                if named.count == 1, let place = named.first {
                    w.drafts.append(
                        (makeEvent(verb: v, place: place, role: .target, m, u, sentence), place.tokens.lowerBound))
                }
            }
        }
    }

    /// Deaths at a place tell of a fight there even with no verb of violence; the ledger must not
    /// lose them, nor count one toll twice.
    func draftDeathsAtPlaces(_ w: inout SentenceWork) {
        let (m, t, sentence, dateMention) = (w.m, w.t, w.sentence, w.dateMention)
        // "Five more soldiers were killed at X", "64 died in the town": deaths at a place, with no verb
        // of violence, are a fight there (unless the sentence only doubts the one before).
        let doubting =
            m.reachesBack
            && m.certainty.contains { CompiledLexicon.strength($0.value) >= CompiledLexicon.strength(.unconfirmed) }
        if !w.drafts.contains(where: { $0.event.placeRole == .target }), !doubting,
            let (f, at) = FatalityParser.parse(t, excluding: dateMention.tokenRanges)
        {
            // ("A suicide car bomber killed two defenders by the compound, and ten fighters died in an
            // ambush in the town": each clause's weapon or fight, at the place that clause points to;
            // the figure goes to the clause it stands in.)
            let fights = m.verbs.filter {
                !$0.irrealis && (Self.violence.contains($0.entry.type) || $0.entry.type == .attack)
            }
            var clauses = Set<Int>()
            let start = w.drafts.count
            for place in m.places
            where !place.locator && !place.possessive && !place.origin && !place.unresolvedLink
                && (place.info.record != nil || Self.namesFeature(place.tokens, t))
            {
                let clause = m.clause[place.tokens.lowerBound]
                guard clauses.isEmpty || !clauses.contains(clause) else { continue }
                let kind = fights.first { m.clause[$0.tokens.lowerBound] == clause }
                // (After the first, only a clause with a fight of its own.)
                guard clauses.isEmpty || kind != nil else { continue }
                clauses.insert(clause)
                var e = deathsEvent(at: place.info, f, sentence)
                if let kind = kind ?? fights.first(where: { Self.violence.contains($0.entry.type) }) {
                    e.type = kind.entry.type
                    e.subType = kind.entry.subType
                }
                w.drafts.append((e, place.tokens.lowerBound))
            }
            // (One toll, on the event of the clause it stands in, else the first.)
            // (A weapon in a clause that names no place struck the sentence's place: "A car bomber
            // killed two defenders, and ten died in an ambush in the town".)
            if start < w.drafts.count {
                let here = Set(w.drafts[start...].map { m.clause[$0.token] })
                var seen = Set<Int>()
                for v in fights where Self.violence.contains(v.entry.type) {
                    let clause = m.clause[v.tokens.lowerBound]
                    guard !here.contains(clause), seen.insert(clause).inserted else { continue }
                    var e = w.drafts[start].event
                    e.type = v.entry.type
                    e.subType = v.entry.subType
                    w.drafts.append((e, v.tokens.lowerBound))
                }
            }
            let added = start..<w.drafts.count
            if added.count > 1 {
                let keep =
                    added.first { m.clause[w.drafts[$0].token] == m.clause[min(at, t.count - 1)] } ?? start
                for d in added where d != keep { w.drafts[d].event.fatalities = Fatalities() }
            }
        }
    }

    /// An offensive with no place of its own still belongs in the ledger, at the article's area.
    func draftAreaOffensives(_ w: inout SentenceWork) {
        let (m, u, sentence) = (w.m, w.u, w.sentence)
        // An offensive launched with no place named is about the article's area.
        if let area = areaPlace {
            for v in m.verbs
            where v.entry.area && !v.irrealis
                && !w.drafts.contains(where: { $0.event.type == v.entry.type && $0.event.placeRole == .target })
            {
                let p = SentenceMentions.Place(
                    tokens: v.tokens, info: area, locator: false, possessive: false, origin: false, anaphor: false)
                w.drafts.append((makeEvent(verb: v, place: p, role: .target, m, u, sentence), v.tokens.lowerBound))
            }
        }
    }

    /// A figure belongs to one event, so the ledger counts each toll once and at the fight it was in.
    func assignCasualties(_ w: inout SentenceWork) {
        let (m, t, sentence, dateMention, violent) = (w.m, w.t, w.sentence, w.dateMention, w.violent)
        // Casualties go to the event nearest the figure; deaths in a clause of their own, at a place
        // nothing else happened to ("…, and five soldiers were killed at X"), are a fight there.
        if let (f, at) = FatalityParser.parse(t, excluding: dateMention.tokenRanges) {
            let clause = m.clause[min(at, t.count - 1)]
            let own = m.places.first { p in
                m.clause[p.tokens.lowerBound] == clause && !p.locator && !p.possessive && !p.origin && !p.unresolvedLink
                    && !p.weakAnaphor
                    && (p.info.record != nil || Self.namesFeature(p.tokens, t))
                    && !w.drafts.contains { $0.token == p.tokens.lowerBound }
            }
            if let own, !w.drafts.contains(where: { $0.event.placeRole == .target && m.clause[$0.token] == clause }) {
                // (In a sentence of a massacre or a strike, the deaths are of the same kind.)
                var e = deathsEvent(at: own.info, f, sentence)
                if let kind = violent.first(where: { Self.violence.contains($0.entry.type) }) {
                    e.type = kind.entry.type
                    e.subType = kind.entry.subType
                }
                w.drafts.append((e, own.tokens.lowerBound))
            } else if let nearest = w.drafts.indices.filter({ w.drafts[$0].event.placeRole == .target }).min(by: {
                abs(w.drafts[$0].token - at) < abs(w.drafts[$1].token - at)
            }) {
                if w.drafts[nearest].event.type.changesControl {
                    // "stormed X, killing 11": deaths in taking a place are the fight's, kept on an attack
                    // beside the capture (the one the assault already gave, else a new one).
                    let e = w.drafts[nearest].event
                    if let fight = w.drafts.indices.first(where: {
                        w.drafts[$0].event.type == .attack && w.drafts[$0].event.placeID == e.placeID
                            && w.drafts[$0].event.placeName == e.placeName
                    }) {
                        w.drafts[fight].event.fatalities = f
                    } else {
                        var fight = e
                        fight.type = .clashes
                        fight.subType = "fighting with deaths"
                        fight.fatalities = f
                        w.drafts.append((fight, w.drafts[nearest].token))
                    }
                } else {
                    w.drafts[nearest].event.fatalities = f
                }
            }
        }
    }

    /// Strikes with no named author usually go on from the sentence before, whose author is known.
    func continueViolentActors(_ w: inout SentenceWork) {
        // A violent event with no actor in its sentence continues the previous one ("Also, one civilian was
        // killed by the bombardment on …").
        for d in w.drafts.indices where w.drafts[d].event.side == nil && Self.violence.contains(w.drafts[d].event.type)
        {
            if let prev = previous.map({ events[$0] }).first(where: {
                $0.type == w.drafts[d].event.type && $0.side != nil
            }) {
                w.drafts[d].event.side = prev.side
                w.drafts[d].event.actor = prev.actor
            }
        }
    }
}
