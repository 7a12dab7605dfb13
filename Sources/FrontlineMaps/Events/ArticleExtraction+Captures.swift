extension ArticleExtraction {
    /// A list of places shares the verb that governs it: "took X, Y and Z" is three captures by one
    /// side, each handed over to whoever the sentence says received it.
    func draftGovernedChains(_ w: inout SentenceWork) {
        let (m, t, u, sentence) = (w.m, w.t, w.u, w.sentence)
        // Lists of places and the verb that governs each.
        var chains: [[Int]] = []
        for p in m.places.indices {
            if let last = chains.last?.last, chained(m.places[last], m.places[p], t) {
                chains[chains.count - 1].append(p)
            } else {
                chains.append([p])
            }
        }
        for chain in chains {
            guard let verb = governingVerb(of: chain, m) else { continue }
            let firstDraft = w.drafts.count
            defer { handOver(&w.drafts[firstDraft...], after: m.places[chain[chain.count - 1]].tokens.upperBound, m) }
            let placeLike =
                chain.contains { m.places[$0].info.record != nil }
                || (chain.first.map { m.places[$0].tokens.lowerBound }.map {
                    $0 >= 2 && t[$0 - 1].key == "of" && Self.placeNouns.contains(t[$0 - 2].key)
                } ?? false)
            for p in chain { w.governed.insert(p) }
            let v = m.verbs[verb]
            if v.irrealis { continue }
            for p in chain {
                let place = m.places[p]
                if place.possessive {
                    // "took X's southern and eastern entrances", "seized X's northern districts": part of
                    // X changed hands, and X is contested.
                    if [.capture, .recapture].contains(v.entry.type), Self.namesPartAfterPossessive(place, t) {
                        var event = makeEvent(verb: v, place: place, role: .target, m, u, sentence)
                        event.type = .partialCapture
                        event.subType = "part taken"
                        w.drafts.append((event, place.tokens.lowerBound))
                    }
                    continue
                }
                // ("the bombing of the town resumed": a noun of violence names its object with "of".)
                if place.weakAnaphor && !v.entry.type.changesControl
                    && !(t[v.tokens.upperBound - 1].key == "of" && v.tokens.upperBound == place.tokens.lowerBound)
                {
                    continue
                }
                if place.unresolvedLink && !placeLike { continue }
                // ("were evacuated to X", "withdrew to the town of X": where they went, not what they left.)
                if v.entry.type == .withdrawal, Self.isDestination(place, t) { continue }
                if place.origin {
                    w.drafts.append(
                        (makeEvent(verb: v, place: place, role: .origin, m, u, sentence), place.tokens.lowerBound))
                    continue
                }
                // ("took several positions near X": the fight was by X, though nothing of X changed hands;
                // `makeEvent` makes it an attack.)
                if place.locator && v.entry.type.changesControl
                    && !(v.tokens.upperBound..<max(v.tokens.upperBound, place.tokens.lowerBound)).contains(where: {
                        Self.positionWords.contains(t[$0].key)
                    })
                {
                    continue
                }
                if place.locator && Self.measured(place, t) { continue }
                var event = makeEvent(verb: v, place: place, role: .target, m, u, sentence)
                let holding = passiveHolding(verb: v, place: place, event: &event, m, sentence)
                w.drafts.append((event, place.tokens.lowerBound))
                if let holding { w.drafts.append((holding, place.tokens.lowerBound)) }
                // "stormed X": the capture was an assault, and the ledger keeps the fight too.
                if v.entry.assault, event.type.changesControl {
                    var attack = event
                    attack.type = .attack
                    attack.subType = "assault"
                    w.drafts.append((attack, place.tokens.lowerBound))
                }
            }
        }
    }

    /// Ground taken near a named place is the fight for that place; dropped, the ledger would lose
    /// the event, so it is kept at the place of reference (which no map colours).
    func draftVicinityCaptures(_ w: inout SentenceWork) {
        let (m, t, u, sentence) = (w.m, w.t, w.u, w.sentence)
        // "captured seven villages east of X", "took two villages from ISIL in the X countryside": ground
        // changed hands by X, though not X. The ledger keeps it at X as a place of reference (ACLED
        // codes such an event at the nearest named town or area), which no map colours.
        // ("advanced south of X, capturing several villages": the place of reference may come first.)
        // (Computed once: the rows this step adds are ground near places, which `Taken` leaves out.)
        let taken = Taken(w.drafts)
        for v in m.verbs where !v.irrealis && v.entry.type.changesControl && !v.entry.agentless {
            // ("Another village was captured near X", "Two villages west of X were taken": in a
            // passive the ground is the subject, and the reference may stand on either side.)
            let passiveGround = isPassive(v, t) && unnamedSubject(before: v, m)
            guard let object = passiveGround ? v.tokens.upperBound : unnamedGround(after: v, m) else { continue }
            // ("captured 17 villages, bringing them within two kilometres of X": a distance locates too.)
            func reference(_ place: SentenceMentions.Place) -> Bool {
                !place.possessive && !place.origin && !place.unresolvedLink && place.info.record != nil
                    && (place.locator || Self.measured(place, t) || Self.inArea(place, t) || Self.edgeOf(place, t))
                    && !w.drafts.contains(where: { $0.token == place.tokens.lowerBound && $0.event.type.changesControl }
                    )
            }
            // (Strikes or an attack may stand between: "seized six villages in a counter-attack near X".)
            func open(_ gap: Range<Int>) -> Bool {
                !gap.contains { k in
                    m.isClauseBreak[k] || [";", "."].contains(t[k].key)
                        || m.verbs.contains { $0.tokens.contains(k) && $0.entry.type.changesControl }
                }
            }
            let after = m.places.first { $0.tokens.lowerBound >= object }
            let before = m.places.last { $0.tokens.upperBound <= v.tokens.lowerBound }
            var place: SentenceMentions.Place?
            if let p = after, p.tokens.lowerBound - object <= 14, reference(p), open(object..<p.tokens.lowerBound) {
                place = p
            } else if passiveGround
                || after.map({ m.clause[$0.tokens.lowerBound] != m.clause[v.tokens.lowerBound] }) ?? true,
                let p = before, v.tokens.lowerBound - p.tokens.upperBound <= 12, reference(p),
                !(p.tokens.upperBound..<v.tokens.lowerBound).contains(where: { [";", "."].contains(t[$0].key) })
            {
                place = p
            }
            // ("the rebels captured three more villages, with X almost surrounded", "advancing on X,
            // capturing several villages": no word locates the ground, but the sentence's own place is
            // the nearest one the text gives, where ACLED would code it too.)
            guard let place = place ?? nearestReference(to: object, of: v, m, taken) else { continue }
            if let p = m.places.firstIndex(where: { $0.tokens == place.tokens }) { w.governed.insert(p) }
            w.drafts.append(
                (makeEvent(verb: v, place: place, role: .vicinity, m, u, sentence), place.tokens.lowerBound))
        }
    }

    /// "captured the village of X south of Y", "stormed the Z Dam near Y": a place no gazetteer holds
    /// keeps its row, with no coordinates, and the ground taken is also placed near the sentence's
    /// nearest resolved place, the way `draftVicinityCaptures` places unnamed ground — so the event
    /// reaches the map's events layer, where a reader can see it, though no map colours it.
    func draftNearUnresolved(_ w: inout SentenceWork) {
        let m = w.m
        let taken = Taken(w.drafts)
        var added: [(event: Event, token: Int)] = []
        var seen = Set<[Int]>()
        func control(_ v: SentenceMentions.Verb) -> Bool { !v.irrealis && v.entry.type.changesControl }
        for d in w.drafts
        where d.event.type.changesControl && d.event.placeRole == .target && d.event.placeID == nil {
            // (The nearest verb of control, before or after: binary searches, so a long sentence stays linear.)
            let near = [
                m.lastVerb(endingBy: d.token, where: control), m.firstVerb(startingFrom: d.token, where: control),
            ]
            .compactMap { $0 }.map { m.verbs[$0] }
            guard
                let v = near.min(by: { distance($0.tokens, d.token) < distance($1.tokens, d.token) }),
                let place = nearestReference(to: d.token, of: v, m, taken),
                seen.insert([place.tokens.lowerBound, EventType.allCases.firstIndex(of: d.event.type) ?? 0]).inserted
            else { continue }
            var e = d.event
            let info = place.info
            (e.placeName, e.placeID, e.latitude, e.longitude) = (
                info.name, info.record?.id, info.record?.latitude, info.record?.longitude
            )
            e.geoPrecision = info.geoPrecision
            e.placeRole = .vicinity
            e.subType = PlaceRole.vicinityPrefix + (e.subType.isEmpty ? e.type.rawValue : e.subType)
            added.append((e, place.tokens.lowerBound))
            if let p = m.place(covering: place.tokens.lowerBound) { w.governed.insert(p) }
        }
        w.drafts += added
    }

    /// What a sentence's drafts say of its places, sorted for binary search: where a named place
    /// changed hands itself (not ground near it), and where positions in a place were attacked.
    struct Taken {
        var changed: [Int]
        var positions: Set<Int>
        init(_ drafts: [(event: Event, token: Int)]) {
            changed = drafts.filter {
                $0.event.type.changesControl && $0.event.placeID != nil && $0.event.placeRole == .target
            }.map(\.token).sorted()
            positions = Set(drafts.filter { $0.event.subType == ArticleExtraction.positionsAttack }.map(\.token))
        }
        func changed(in r: Range<Int>) -> Bool {
            let n = SentenceMentions.count(changed.count) { changed[$0] < r.lowerBound }
            return n < changed.count && changed[n] < r.upperBound
        }
    }

    /// The resolved place of the sentence nearest to unnamed ground (`object`, the token after it), in
    /// the verb's part of the sentence (after the previous verb of control, before the next): no
    /// country (too wide to say where anything was), and none when a place named in that part changed
    /// hands itself (the ground is then that place's, not near it).
    func nearestReference(to object: Int, of v: SentenceMentions.Verb, _ m: SentenceMentions, _ taken: Taken)
        -> SentenceMentions.Place?
    {
        func control(_ v: SentenceMentions.Verb) -> Bool { v.entry.type.changesControl }
        let lower = m.lastVerb(endingBy: v.tokens.lowerBound, where: control).map { m.verbs[$0].tokens.upperBound } ?? 0
        let upper =
            m.firstVerb(startingFrom: object, where: control).map { m.verbs[$0].tokens.lowerBound } ?? m.tokens.count
        // ("captured four villages, including X": ground with a named place taken in it is that place's.)
        if lower < upper, taken.changed(in: lower..<upper) { return nil }
        // ("stormed SDF positions in X" is already the attack on X.)
        func usable(_ p: SentenceMentions.Place) -> Bool {
            !p.unresolvedLink && !p.anaphor && p.info.record != nil && p.info.precision != .country
                && !taken.positions.contains(p.tokens.lowerBound)
        }
        // The first usable place on each side of the ground, within the part; the nearer wins.
        var after: SentenceMentions.Place?
        var i = m.firstPlace(startingFrom: object) ?? m.places.count
        while i < m.places.count, m.places[i].tokens.upperBound <= upper {
            if usable(m.places[i]) { after = m.places[i]; break }
            i += 1
        }
        var before: SentenceMentions.Place?
        var j = m.lastPlace(endingBy: object) ?? -1
        while j >= 0, m.places[j].tokens.lowerBound >= lower {
            if usable(m.places[j]) { before = m.places[j]; break }
            j -= 1
        }
        guard let b = before else { return after }
        guard let a = after else { return b }
        return distance(a.tokens, object) < distance(b.tokens, object) ? a : b
    }

    private func distance(_ r: Range<Int>, _ k: Int) -> Int { r.lowerBound >= k ? r.lowerBound - k : k - r.upperBound }

    /// A quarter the gazetteer does not hold cannot be mapped itself, but its city is then contested.
    func draftQuarterCaptures(_ w: inout SentenceWork) {
        let (m, t, u, sentence) = (w.m, w.t, w.u, w.sentence)
        // "seized the X and Y neighbourhoods", "captured the X district of the city": a quarter the
        // gazetteer does not hold changed hands, so the city it belongs to — named in the sentence, else
        // the last city the text named — is contested.
        for v in m.verbs
        where !v.irrealis && [.capture, .recapture, .partialCapture].contains(v.entry.type) && !v.entry.agentless {
            let window = v.tokens.upperBound..<min(t.count, v.tokens.upperBound + 10)
            guard let q = window.first(where: { Self.cityQuarterNouns.contains(t[$0].key) }),
                !window.prefix(while: { $0 <= q }).contains(where: {
                    [",", ";", "."].contains(t[$0].key) || m.isClauseBreak[$0]
                }),
                !w.drafts.contains(where: {
                    $0.event.type.changesControl && $0.event.placeID != nil && window.contains($0.token)
                })
            else { continue }
            let named = m.places.first { p in
                !p.origin && !p.unresolvedLink && p.info.record.map(Self.isCity) == true
                    && m.clause[p.tokens.lowerBound] == m.clause[v.tokens.lowerBound]
            }
            guard let info = named?.info ?? lastCity,
                !w.drafts.contains(where: { $0.event.type.changesControl && $0.event.placeID == info.record?.id })
            else { continue }
            let place =
                named
                ?? SentenceMentions.Place(
                    tokens: q..<q + 1, info: info, locator: false, possessive: false, origin: false, anaphor: false)
            var event = makeEvent(verb: v, place: place, role: .target, m, u, sentence)
            event.type = .partialCapture
            event.subType = "quarter taken"
            w.drafts.append((event, q))
        }
    }

    /// A passive's subject may stand far before its verb, past appositions no other rule reaches.
    func draftOpeningPassive(_ w: inout SentenceWork) {
        let (m, t, u, sentence) = (w.m, w.t, w.u, w.sentence)
        // "X, on the road between two towns, was taken on 10 March", "The next day, both X and Y were
        // seized": a passive change of control whose subject opens the sentence (no verb before it),
        // however far the verb.
        // ("X, the largest town in the east, fell on 28 June, and Y was overrun two days later": the
        // verb before any other place is X's, whatever else the sentence took.)
        if let first = m.places.first, first.tokens.lowerBound <= 12,
            !m.verbs.contains(where: { $0.tokens.upperBound <= first.tokens.lowerBound }),
            !w.governed.contains(0), !first.origin, !first.locator,
            let v = m.verbs.first(where: {
                !$0.irrealis && $0.entry.type.changesControl && !$0.entry.agentLoses && isPassive($0, t)
                    && $0.tokens.lowerBound > first.tokens.upperBound
            }),
            !w.drafts.contains(where: { $0.event.type.changesControl && $0.event.placeRole == .target })
                || !m.places.dropFirst().contains(where: { $0.tokens.lowerBound < v.tokens.lowerBound && !$0.locator })
                || isAppositive(after: first, before: v, t)
        {
            w.governed.insert(0)
            var event = makeEvent(verb: v, place: first, role: .target, m, u, sentence)
            let holding = passiveHolding(verb: v, place: first, event: &event, m, sentence)
            w.drafts.append((event, first.tokens.lowerBound))
            if let holding { w.drafts.append((holding, first.tokens.lowerBound)) }
        }
    }

    /// Where an advance set out from was held by the advancing side: the baseline needs it.
    func draftOrigins(_ w: inout SentenceWork) {
        let (m, u, sentence) = (w.m, w.u, w.sentence)
        // Origins of an advance ("advanced 40 km south from X and Y", "forces from X attacked").
        for p in m.places.indices where m.places[p].origin && !w.governed.contains(p) {
            let start = m.places[p].tokens.lowerBound
            let before = m.lastVerb(endingBy: start) { !$0.irrealis }
            let after = m.firstVerb(startingFrom: m.places[p].tokens.upperBound) { !$0.irrealis }
            guard let verb = before ?? after else { continue }
            w.governed.insert(p)
            w.drafts.append((makeEvent(verb: m.verbs[verb], place: m.places[p], role: .origin, m, u, sentence), start))
        }
    }

    /// Places given up without a fight change hands too, though no verb of control names them.
    func draftAbandonedPlaces(_ w: inout SentenceWork) {
        let (m, t, sentence) = (w.m, w.t, w.sentence)
        // "the defenders of X and Y slipped away before the soldiers arrived": the places were given up
        // by whoever held them.
        if let leave = t.indices.first(where: { Self.leavingWords.contains(t[$0].key) }) {
            for p in m.places.indices where !w.governed.contains(p) && m.places[p].tokens.upperBound <= leave {
                let lo = m.places[p].tokens.lowerBound
                let heads = (max(0, lo - 8)..<lo).contains { k in
                    Self.holderNouns.contains(t[k].key) && k + 1 < t.count && ["of", "in"].contains(t[k + 1].key)
                }
                guard heads, !w.drafts.contains(where: { $0.token == lo }) else { continue }
                var e = heldEvent(side: 0, actor: "", place: m.places[p].info, sentence)
                e.type = .capture
                e.subType = "abandoned by its defenders"
                e.side = nil
                w.drafts.append((e, lo))
                w.governed.insert(p)
            }
        }
    }

    /// "which the attackers entered": the verb's place stands before the relative pronoun, where
    /// the chains of places do not look.
    func draftRelativeCaptures(_ w: inout SentenceWork) {
        let (m, t, u, sentence) = (w.m, w.t, w.u, w.sentence)
        // "X, about 20 km to the south, which the attackers entered briefly": a verb whose object is
        // the relative pronoun acts on the place the clause hangs on.
        for v in m.verbs
        where !v.irrealis && v.entry.type.changesControl && !v.entry.agentless && !v.entry.agentLoses {
            // The relative pronoun, then a subject of a few words ("ISIL", "the attackers", "they").
            guard v.tokens.lowerBound >= 3,
                let which = (max(1, v.tokens.lowerBound - 5)..<v.tokens.lowerBound).last(where: {
                    ["which", "that"].contains(t[$0].key) && t[$0 - 1].key == ","
                }),
                v.tokens.lowerBound - which >= 2,
                !(which + 1..<v.tokens.lowerBound).contains(where: { k in
                    t[k].kind == .punctuation || m.place(covering: k) != nil || m.verb(covering: k) != nil
                }),
                !(m.firstPlace(startingFrom: v.tokens.upperBound).map {
                    m.places[$0].tokens.lowerBound - v.tokens.upperBound <= 3
                } ?? false),
                let last = m.lastPlace(endingBy: which - 1),
                let p = m.places[max(0, last - 3)...last].last(where: {
                    !$0.locator && !$0.unresolvedLink && !$0.origin && $0.info.record != nil
                }),
                !(m.firstVerb(startingFrom: p.tokens.upperBound).map { m.verbs[$0].tokens.upperBound <= which } ?? false),
                !w.drafts.contains(where: { $0.token == p.tokens.lowerBound && $0.event.type.changesControl })
            else { continue }
            w.drafts.append((makeEvent(verb: v, place: p, role: .target, m, u, sentence), p.tokens.lowerBound))
        }
    }

    /// An entry nobody resisted is a hand-over, so the place must change hands rather than be contested.
    func settleAgreedEntries(_ w: inout SentenceWork) {
        let t = w.t
        // "entered X under a reconciliation deal", "moved in once the last fighters had left", "entered
        // the city to find its defenders gone": an entry agreed with the defenders, or that nobody
        // resisted, is the place handed over, not a fight for it.
        if t.contains(where: { Self.agreementWords.contains($0.key) }) {
            for d in w.drafts.indices
            where w.drafts[d].event.type == .partialCapture && w.drafts[d].event.placeRole == .target
                && w.drafts[d].event.side != nil
            {
                w.drafts[d].event.type = .capture
                w.drafts[d].event.subType = "entered under an agreement"
            }
        }
    }

    /// An entry thrown back leaves the place with its defenders; left partial, it would read as contested.
    func settleRepelledEntries(_ w: inout SentenceWork) {
        let m = w.m
        // "got into X and Y but were thrown out": the entries were repelled, by the other side.
        // ("were repelled from X" names its own place and is a verb of its own.)
        if let repulse = m.repulses.first(where: { r in
            !m.verbs.contains { $0.entry.type == .enteredRepelled && $0.tokens.overlaps(r) }
        }) {
            for d in w.drafts.indices
            where w.drafts[d].event.type == .partialCapture && w.drafts[d].event.placeRole == .target
                && w.drafts[d].token < repulse.lowerBound
            {
                w.drafts[d].event.type = .enteredRepelled
                w.drafts[d].event.subType = "entered and repelled"
                w.drafts[d].event.side = w.drafts[d].event.side.flatMap { sides.opponent(of: $0) }
                w.drafts[d].event.actor = w.drafts[d].event.side.flatMap { sides.name(of: $0) } ?? ""
            }
        }
    }

    /// The articles often tell a capture as a plain entry; left partial, the place would never change
    /// hands.
    func settlePlainEntries(_ w: inout SentenceWork) {
        let (m, t, cue) = (w.m, w.t, w.cue)
        // "government forces entered X on 6 February": a plain entry, with no fighting told beside it,
        // is the place taken ("broke into", "pushed into" say there was a fight, and stay partial).
        // "entered X; fighting went on near the citadel", "entered the outskirts": contested.
        // (Not when it only reinforced the side's own garrison, nor when the entry itself is in doubt.)
        if !t.contains(where: { Self.fightingGoesOnWords.contains($0.key) }),
            CompiledLexicon.strength(cue) <= CompiledLexicon.strength(.reported),
            m.repulses.isEmpty,
            !m.verbs.contains(where: {
                !$0.irrealis && [.clashes, .attack, .underAttack, .siege, .enteredRepelled].contains($0.entry.type)
            })
        {
            for d in w.drafts.indices
            where w.drafts[d].event.type == .partialCapture && w.drafts[d].event.subType == "entered"
                && w.drafts[d].event.placeRole == .target && w.drafts[d].event.side != nil
                && w.drafts[d].event.placeID.map({ lastHolder(of: $0) != w.drafts[d].event.side }) ?? true
            {
                w.drafts[d].event.type = .capture
            }
        }
    }
}
