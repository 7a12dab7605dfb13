extension ArticleExtraction {
    static let violence: Set<EventType> = [.airstrike, .shelling, .bombardment, .carBomb, .bombing, .massacre]
    static let areaNouns: Set<String> = [
        "province", "governorate", "region", "area", "countryside", "districts", "district", "provinces",
        "canton", "basin",
    ]
    static let passiveAgents: Set<String> = ["by", "from", "to"]

    /// One sentence: its date, its events, and what it says about the sentence before.
    mutating func process(_ sentence: Sentence, paragraph: Int) {
        let u = Array(sentence.text.utf8)
        let t = Tokenizer.tokens(u)
        if paragraph != previousParagraph {
            previous = []
            previousParagraph = paragraph
            dates.newParagraph()
        }
        let dateMention = dates.parse(tokens: t, bytes: u, location: sentence.location, diagnostics: &diagnostics)
        lastTargetAge += 1
        var m = mentions(of: sentence, bytes: u, tokens: t)
        // "from" inside a verb phrase ("cleared from") does not make an origin.
        for p in m.places.indices where m.places[p].origin {
            var k = m.places[p].tokens.lowerBound - 1
            if k >= 0, t[k].key == "the" { k -= 1 }
            if k >= 0, m.verbs.contains(where: { $0.tokens.contains(k) }) { m.places[p].origin = false }
            // ("had withdrawn from the city", "pulled out completely from X": the place left is the
            // withdrawal's own place, not where an advance came from.)
            if k >= 0, let v = m.lastVerb(endingBy: k), m.verbs[v].entry.type == .withdrawal,
                k - m.verbs[v].tokens.upperBound <= 2
            {
                m.places[p].origin = false
            }
        }

        var drafts: [(event: Event, token: Int)] = []
        var governed = Set<Int>()

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
            let firstDraft = drafts.count
            defer { handOver(&drafts[firstDraft...], after: m.places[chain[chain.count - 1]].tokens.upperBound, m) }
            let placeLike =
                chain.contains { m.places[$0].info.record != nil }
                || (chain.first.map { m.places[$0].tokens.lowerBound }.map {
                    $0 >= 2 && t[$0 - 1].key == "of" && Self.placeNouns.contains(t[$0 - 2].key)
                } ?? false)
            for p in chain { governed.insert(p) }
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
                        drafts.append((event, place.tokens.lowerBound))
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
                    drafts.append(
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
                drafts.append((event, place.tokens.lowerBound))
                if let holding { drafts.append((holding, place.tokens.lowerBound)) }
                // "stormed X": the capture was an assault, and the ledger keeps the fight too.
                if v.entry.assault, event.type.changesControl {
                    var attack = event
                    attack.type = .attack
                    attack.subType = "assault"
                    drafts.append((attack, place.tokens.lowerBound))
                }
            }
        }
        // "captured seven villages east of X", "took two villages from ISIL in the X countryside": ground
        // changed hands by X, though not X. The ledger keeps it at X as a place of reference (ACLED
        // codes such an event at the nearest named town or area), which no map colours.
        // ("advanced south of X, capturing several villages": the place of reference may come first.)
        for v in m.verbs where !v.irrealis && v.entry.type.changesControl && !v.entry.agentless {
            // ("Another village was captured near X", "Two villages west of X were taken": in a
            // passive the ground is the subject, and the reference may stand on either side.)
            let passiveGround = isPassive(v, t) && unnamedSubject(before: v, m)
            guard let object = passiveGround ? v.tokens.upperBound : unnamedGround(after: v, m) else { continue }
            // ("captured 17 villages, bringing them within two kilometres of X": a distance locates too.)
            func reference(_ place: SentenceMentions.Place) -> Bool {
                !place.possessive && !place.origin && !place.unresolvedLink && place.info.record != nil
                    && (place.locator || Self.measured(place, t) || Self.inArea(place, t) || Self.edgeOf(place, t))
                    && !drafts.contains(where: { $0.token == place.tokens.lowerBound && $0.event.type.changesControl })
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
            guard let place else { continue }
            if let p = m.places.firstIndex(where: { $0.tokens == place.tokens }) { governed.insert(p) }
            drafts.append((makeEvent(verb: v, place: place, role: .vicinity, m, u, sentence), place.tokens.lowerBound))
        }
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
                !drafts.contains(where: {
                    $0.event.type.changesControl && $0.event.placeID != nil && window.contains($0.token)
                })
            else { continue }
            let named = m.places.first { p in
                !p.origin && !p.unresolvedLink && p.info.record.map(Self.isCity) == true
                    && m.clause[p.tokens.lowerBound] == m.clause[v.tokens.lowerBound]
            }
            guard let info = named?.info ?? lastCity,
                !drafts.contains(where: { $0.event.type.changesControl && $0.event.placeID == info.record?.id })
            else { continue }
            let place =
                named
                ?? SentenceMentions.Place(
                    tokens: q..<q + 1, info: info, locator: false, possessive: false, origin: false, anaphor: false)
            var event = makeEvent(verb: v, place: place, role: .target, m, u, sentence)
            event.type = .partialCapture
            event.subType = "quarter taken"
            drafts.append((event, q))
        }
        // "X, on the road between two towns, was taken on 10 March", "The next day, both X and Y were
        // seized": a passive change of control whose subject opens the sentence (no verb before it),
        // however far the verb.
        // ("X, the largest town in the east, fell on 28 June, and Y was overrun two days later": the
        // verb before any other place is X's, whatever else the sentence took.)
        if let first = m.places.first, first.tokens.lowerBound <= 12,
            !m.verbs.contains(where: { $0.tokens.upperBound <= first.tokens.lowerBound }),
            !governed.contains(0), !first.origin, !first.locator,
            let v = m.verbs.first(where: {
                !$0.irrealis && $0.entry.type.changesControl && !$0.entry.agentLoses && isPassive($0, t)
                    && $0.tokens.lowerBound > first.tokens.upperBound
            }),
            !drafts.contains(where: { $0.event.type.changesControl && $0.event.placeRole == .target })
                || !m.places.dropFirst().contains(where: { $0.tokens.lowerBound < v.tokens.lowerBound && !$0.locator })
                || isAppositive(after: first, before: v, t)
        {
            governed.insert(0)
            var event = makeEvent(verb: v, place: first, role: .target, m, u, sentence)
            let holding = passiveHolding(verb: v, place: first, event: &event, m, sentence)
            drafts.append((event, first.tokens.lowerBound))
            if let holding { drafts.append((holding, first.tokens.lowerBound)) }
        }
        // Origins of an advance ("advanced 40 km south from X and Y", "forces from X attacked").
        for p in m.places.indices where m.places[p].origin && !governed.contains(p) {
            let start = m.places[p].tokens.lowerBound
            let before = m.lastVerb(endingBy: start) { !$0.irrealis }
            let after = m.firstVerb(startingFrom: m.places[p].tokens.upperBound) { !$0.irrealis }
            guard let verb = before ?? after else { continue }
            governed.insert(p)
            drafts.append((makeEvent(verb: m.verbs[verb], place: m.places[p], role: .origin, m, u, sentence), start))
        }
        // A strike (or a clash) with no governed place happened at the sentence's place ("a car bomb …
        // killed 50 people in the eastern suburbs of X", "clashes between A and B in X").
        let violent = m.verbs.filter {
            !$0.irrealis && (Self.violence.contains($0.entry.type) || $0.entry.type == .clashes)
        }
        if !drafts.contains(where: { $0.event.placeRole == .target }), let first = violent.first {
            // ("… killed by a bomb planted in a building; the same day aircraft struck X": each strike
            // takes the places of its own clause; the first takes the rest.)
            func strike(for p: SentenceMentions.Place) -> SentenceMentions.Verb {
                violent.first {
                    $0.tokens.upperBound <= p.tokens.lowerBound
                        && m.clause[$0.tokens.lowerBound] == m.clause[p.tokens.lowerBound]
                } ?? first
            }
            for p in m.places.indices where !governed.contains(p) {
                let place = m.places[p]
                if place.locator || place.possessive || place.origin || place.unresolvedLink { continue }
                let verb = strike(for: place)
                if place.weakAnaphor && verb.entry.type != .clashes { continue }
                drafts.append(
                    (makeEvent(verb: verb, place: place, role: .target, m, u, sentence), place.tokens.lowerBound))
                governed.insert(p)
            }
            // "killed by mortar fire at a post near X", "struck silos on the eastern edge of X": with no
            // other place, a strike is mapped to the place it is located by (not one a distance away).
            if !drafts.contains(where: { $0.event.placeRole == .target }),
                let p = m.places.firstIndex(where: {
                    $0.locator && !$0.possessive && !$0.unresolvedLink && !$0.weakAnaphor && !Self.measured($0, t)
                })
            {
                drafts.append(
                    (
                        makeEvent(verb: strike(for: m.places[p]), place: m.places[p], role: .target, m, u, sentence),
                        m.places[p].tokens.lowerBound
                    ))
                governed.insert(p)
            }
            // ("two fighters were killed by a bomb in the outskirts; aircraft struck silos on the edge of
            // X": a strike of another kind whose clause names no place hit the sentence's one place.)
            let hit = drafts.filter { $0.event.placeRole == .target }
            if Set(hit.map { $0.event.placeID ?? $0.event.placeName }).count == 1, let d = hit.first,
                let place = m.places.first(where: { $0.tokens.lowerBound == d.token })
            {
                for v in violent
                where Self.violence.contains(v.entry.type) && !drafts.contains(where: { $0.event.type == v.entry.type })
                    && !m.places.contains(where: { m.clause[$0.tokens.lowerBound] == m.clause[v.tokens.lowerBound] })
                {
                    drafts.append(
                        (makeEvent(verb: v, place: place, role: .target, m, u, sentence), v.tokens.lowerBound))
                }
            }
        } else if let first = violent.first(where: { v in !drafts.contains { $0.event.type == v.entry.type } }),
            Self.violence.contains(first.entry.type)
        {
            // "Under air strikes, troops broke into X": a strike that names no place of its own hit the
            // one place the sentence is about.
            let targets = Set(
                drafts.filter { $0.event.placeRole == .target && $0.event.type.changesControl }.map {
                    $0.event.placeID ?? $0.event.placeName
                })
            if targets.count == 1,
                let d = drafts.first(where: { $0.event.placeRole == .target && $0.event.type.changesControl }),
                let place = m.places.first(where: { $0.tokens.lowerBound == d.token }),
                !m.places.contains(where: { p in
                    !p.locator && first.tokens.upperBound <= p.tokens.lowerBound
                        && gapIsFiller(first.tokens.upperBound, p.tokens.lowerBound, comma: false, m)
                })
            {
                drafts.append((makeEvent(verb: first, place: place, role: .target, m, u, sentence), d.token))
            }
        }
        // "The rebels struck back: on 1 July they recaptured X": a counter-attack that names no place of
        // its own was the fight for the one place the sentence says changed hands. "ISIL struck back
        // with a counter-attack on SDF lines around the city": with nothing taken, the place it was by.
        if let v = m.verbs.first(where: {
            !$0.irrealis && $0.entry.type == .attack && $0.entry.subType == "counter-attack"
        }),
            !drafts.contains(where: { $0.event.type == .attack && $0.event.placeRole == .target })
        {
            let taken = drafts.filter { $0.event.placeRole == .target && $0.event.type.changesControl }
            if Set(taken.map { $0.event.placeID ?? $0.event.placeName }).count == 1, let d = taken.first,
                let place = m.places.first(where: { $0.tokens.lowerBound == d.token })
            {
                // (Dated by the counter-attack's own clause: "That night they counter-attacked, and on
                // 11 November they retook X".)
                drafts.append((makeEvent(verb: v, place: place, role: .target, m, u, sentence), v.tokens.lowerBound))
            } else if taken.isEmpty,
                let place = m.places.first(where: {
                    $0.tokens.lowerBound > v.tokens.lowerBound && $0.locator && !$0.possessive
                        && !$0.unresolvedLink && !Self.measured($0, t)
                })
            {
                drafts.append(
                    (makeEvent(verb: v, place: place, role: .target, m, u, sentence), place.tokens.lowerBound))
            }
        }
        // "Five more soldiers were killed at X", "64 died in the town": deaths at a place, with no verb
        // of violence, are a fight there (unless the sentence only doubts the one before).
        let doubting =
            m.reachesBack
            && m.certainty.contains { CompiledLexicon.strength($0.value) >= CompiledLexicon.strength(.unconfirmed) }
        if !drafts.contains(where: { $0.event.placeRole == .target }), !doubting,
            let (f, at) = FatalityParser.parse(t, excluding: dateMention.tokenRanges)
        {
            // ("A suicide car bomber killed two defenders by the compound, and ten fighters died in an
            // ambush in the town": each clause's weapon or fight, at the place that clause points to;
            // the figure goes to the clause it stands in.)
            let fights = m.verbs.filter {
                !$0.irrealis && (Self.violence.contains($0.entry.type) || $0.entry.type == .attack)
            }
            var clauses = Set<Int>()
            let start = drafts.count
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
                drafts.append((e, place.tokens.lowerBound))
            }
            // (One toll, on the event of the clause it stands in, else the first.)
            // (A weapon in a clause that names no place struck the sentence's place: "A car bomber
            // killed two defenders, and ten died in an ambush in the town".)
            if start < drafts.count {
                let here = Set(drafts[start...].map { m.clause[$0.token] })
                var seen = Set<Int>()
                for v in fights where Self.violence.contains(v.entry.type) {
                    let clause = m.clause[v.tokens.lowerBound]
                    guard !here.contains(clause), seen.insert(clause).inserted else { continue }
                    var e = drafts[start].event
                    e.type = v.entry.type
                    e.subType = v.entry.subType
                    drafts.append((e, v.tokens.lowerBound))
                }
            }
            let added = start..<drafts.count
            if added.count > 1 {
                let keep =
                    added.first { m.clause[drafts[$0].token] == m.clause[min(at, t.count - 1)] } ?? start
                for d in added where d != keep { drafts[d].event.fatalities = Fatalities() }
            }
        }
        // An offensive launched with no place named is about the article's area.
        if let area = areaPlace {
            for v in m.verbs
            where v.entry.area && !v.irrealis
                && !drafts.contains(where: { $0.event.type == v.entry.type && $0.event.placeRole == .target })
            {
                let p = SentenceMentions.Place(
                    tokens: v.tokens, info: area, locator: false, possessive: false, origin: false, anaphor: false)
                drafts.append((makeEvent(verb: v, place: p, role: .target, m, u, sentence), v.tokens.lowerBound))
            }
        }

        // "the defenders of X and Y slipped away before the soldiers arrived": the places were given up
        // by whoever held them.
        if let leave = t.indices.first(where: { Self.leavingWords.contains(t[$0].key) }) {
            for p in m.places.indices where !governed.contains(p) && m.places[p].tokens.upperBound <= leave {
                let lo = m.places[p].tokens.lowerBound
                let heads = (max(0, lo - 8)..<lo).contains { k in
                    Self.holderNouns.contains(t[k].key) && k + 1 < t.count && ["of", "in"].contains(t[k + 1].key)
                }
                guard heads, !drafts.contains(where: { $0.token == lo }) else { continue }
                var e = heldEvent(side: 0, actor: "", place: m.places[p].info, sentence)
                e.type = .capture
                e.subType = "abandoned by its defenders"
                e.side = nil
                drafts.append((e, lo))
                governed.insert(p)
            }
        }
        // "X, about 20 km to the south, which the attackers entered briefly": a verb whose object is
        // the relative pronoun acts on the place the clause hangs on.
        for v in m.verbs
        where !v.irrealis && v.entry.type.changesControl && !v.entry.agentless && !v.entry.agentLoses {
            // The relative pronoun, then a subject of a few words ("ISIL", "the attackers", "they").
            guard v.tokens.lowerBound >= 3,
                let w = (max(1, v.tokens.lowerBound - 5)..<v.tokens.lowerBound).last(where: {
                    ["which", "that"].contains(t[$0].key) && t[$0 - 1].key == ","
                }),
                v.tokens.lowerBound - w >= 2,
                !(w + 1..<v.tokens.lowerBound).contains(where: { k in
                    t[k].kind == .punctuation || m.places.contains { $0.tokens.contains(k) }
                        || m.verbs.contains { $0.tokens.contains(k) }
                }),
                !m.places.contains(where: {
                    $0.tokens.lowerBound >= v.tokens.upperBound && $0.tokens.lowerBound - v.tokens.upperBound <= 3
                }),
                let p = m.places.last(where: {
                    $0.tokens.upperBound < w && !$0.locator && !$0.unresolvedLink && !$0.origin
                        && $0.info.record != nil
                }),
                !m.verbs.contains(where: { $0.tokens.lowerBound >= p.tokens.upperBound && $0.tokens.upperBound <= w }),
                !drafts.contains(where: { $0.token == p.tokens.lowerBound && $0.event.type.changesControl })
            else { continue }
            drafts.append((makeEvent(verb: v, place: p, role: .target, m, u, sentence), p.tokens.lowerBound))
        }
        // "entered X under a reconciliation deal", "moved in once the last fighters had left", "entered
        // the city to find its defenders gone": an entry agreed with the defenders, or that nobody
        // resisted, is the place handed over, not a fight for it.
        if t.contains(where: { Self.agreementWords.contains($0.key) }) {
            for d in drafts.indices
            where drafts[d].event.type == .partialCapture && drafts[d].event.placeRole == .target
                && drafts[d].event.side != nil
            {
                drafts[d].event.type = .capture
                drafts[d].event.subType = "entered under an agreement"
            }
        }
        // "got into X and Y but were thrown out": the entries were repelled, by the other side.
        // ("were repelled from X" names its own place and is a verb of its own.)
        if let repulse = m.repulses.first(where: { r in
            !m.verbs.contains { $0.entry.type == .enteredRepelled && $0.tokens.overlaps(r) }
        }) {
            for d in drafts.indices
            where drafts[d].event.type == .partialCapture && drafts[d].event.placeRole == .target
                && drafts[d].token < repulse.lowerBound
            {
                drafts[d].event.type = .enteredRepelled
                drafts[d].event.subType = "entered and repelled"
                drafts[d].event.side = drafts[d].event.side.flatMap { sides.opponent(of: $0) }
                drafts[d].event.actor = drafts[d].event.side.flatMap { sides.name(of: $0) } ?? ""
            }
        }

        // Certainty: the strongest cue of the sentence.
        let cue =
            m.certainty.map(\.value).max { CompiledLexicon.strength($0) < CompiledLexicon.strength($1) } ?? .stated
        for d in drafts.indices { drafts[d].event.certainty = cue }
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
            for d in drafts.indices
            where drafts[d].event.type == .partialCapture && drafts[d].event.subType == "entered"
                && drafts[d].event.placeRole == .target && drafts[d].event.side != nil
                && drafts[d].event.placeID.map({ lastHolder(of: $0) != drafts[d].event.side }) ?? true
            {
                drafts[d].event.type = .capture
            }
        }

        // Casualties go to the event nearest the figure; deaths in a clause of their own, at a place
        // nothing else happened to ("…, and five soldiers were killed at X"), are a fight there.
        if let (f, at) = FatalityParser.parse(t, excluding: dateMention.tokenRanges) {
            let clause = m.clause[min(at, t.count - 1)]
            let own = m.places.first { p in
                m.clause[p.tokens.lowerBound] == clause && !p.locator && !p.possessive && !p.origin && !p.unresolvedLink
                    && !p.weakAnaphor
                    && (p.info.record != nil || Self.namesFeature(p.tokens, t))
                    && !drafts.contains { $0.token == p.tokens.lowerBound }
            }
            if let own, !drafts.contains(where: { $0.event.placeRole == .target && m.clause[$0.token] == clause }) {
                // (In a sentence of a massacre or a strike, the deaths are of the same kind.)
                var e = deathsEvent(at: own.info, f, sentence)
                if let kind = violent.first(where: { Self.violence.contains($0.entry.type) }) {
                    e.type = kind.entry.type
                    e.subType = kind.entry.subType
                }
                drafts.append((e, own.tokens.lowerBound))
            } else if let nearest = drafts.indices.filter({ drafts[$0].event.placeRole == .target }).min(by: {
                abs(drafts[$0].token - at) < abs(drafts[$1].token - at)
            }) {
                if drafts[nearest].event.type.changesControl {
                    // "stormed X, killing 11": deaths in taking a place are the fight's, kept on an attack
                    // beside the capture (the one the assault already gave, else a new one).
                    let e = drafts[nearest].event
                    if let fight = drafts.indices.first(where: {
                        drafts[$0].event.type == .attack && drafts[$0].event.placeID == e.placeID
                            && drafts[$0].event.placeName == e.placeName
                    }) {
                        drafts[fight].event.fatalities = f
                    } else {
                        var fight = e
                        fight.type = .clashes
                        fight.subType = "fighting with deaths"
                        fight.fatalities = f
                        drafts.append((fight, drafts[nearest].token))
                    }
                } else {
                    drafts[nearest].event.fatalities = f
                }
            }
        }

        // Who lost a place taken: "took X, near the border, from rebels", "X was taken after the
        // rebels withdrew". The ledger says so as a statement that the loser held it, just before the
        // capture, so the place is not first coloured for a third side.
        var losses: [(at: Int, event: Event)] = []
        for d in drafts.indices
        where [.capture, .recapture].contains(drafts[d].event.type) && drafts[d].event.placeRole == .target {
            guard let place = m.places.first(where: { $0.tokens.lowerBound == drafts[d].token }),
                let loser = loser(after: place, m), loser.side != drafts[d].event.side,
                let info = Optional(place.info), info.record != nil
            else { continue }
            var e = heldEvent(side: loser.side, actor: loser.text, place: info, sentence)
            e.subType = "held until taken"
            losses.append((d, e))
        }
        for (at, e) in losses.reversed() { drafts.insert((e, drafts[at].token), at: at) }

        // A violent event with no actor in its sentence continues the previous one ("Also, one civilian was
        // killed by the bombardment on …").
        for d in drafts.indices where drafts[d].event.side == nil && Self.violence.contains(drafts[d].event.type) {
            if let prev = previous.map({ events[$0] }).first(where: {
                $0.type == drafts[d].event.type && $0.side != nil
            }) {
                drafts[d].event.side = prev.side
                drafts[d].event.actor = prev.actor
            }
        }

        // Date: the sentence's own, else the one before it.
        if dateMention.invalid && !drafts.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "\(drafts.count) event(s) of a sentence with an impossible date are left out; correct the date",
                    at: sentence.location))
            drafts = []
        }
        if dateMention.date == nil && lastDate == nil && !drafts.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "an event with no date before it is left out: \(drafts[0].event.type.rawValue) at \(drafts[0].event.placeName)",
                    at: sentence.location))
            drafts = []
        }
        if let d = dateMention.date { lastDate = d }
        if let date = lastDate { for d in drafts.indices { drafts[d].event.date = date } }
        if dateMention.dated.count > 1 {
            // Several dates: each event takes the nearest one in its own clause (else the nearest), and
            // the narrative goes on from the last.
            for d in drafts.indices {
                let at = drafts[d].token
                let own = dateMention.dated.filter { m.clause[$0.tokens.lowerBound] == m.clause[at] }
                let nearest = (own.isEmpty ? dateMention.dated : own).min { a, b in
                    Self.distance(a.tokens, at) < Self.distance(b.tokens, at)
                }
                if let nearest { drafts[d].event.date = nearest.date }
            }
            lastDate = dateMention.dated[dateMention.dated.count - 1].date
        }

        // "after 16 days of fighting": the fighting before a change of control, as a range.
        if let (days, phrase) = dateMention.duration, dateMention.date ?? lastDate != nil {
            for d in drafts where d.event.type.changesControl && d.event.placeRole == .target {
                let end = d.event.date
                var e = d.event
                e.type = .clashes
                e.subType = "fighting before " + d.event.type.rawValue.replacingOccurrences(of: "_", with: " ")
                e.date = EventDate(
                    day: end.day - days, precision: .range, earliest: end.day - days, latest: end.day, phrase: phrase)
                e.fatalities = Fatalities()
                drafts.append((e, d.token))
            }
        }

        // "the group ruled X and the farmland to its east": who held the places that follow.
        var statements: [(side: Int, actor: String, place: SentenceMentions.Place, token: Int)] = []
        for cue in m.holdCues where cue.upperBound < t.count && t[cue.upperBound].key != "by" {
            guard let actor = m.lastActor(endingBy: cue.lowerBound),
                !(actor.tokens.upperBound..<cue.lowerBound).contains(where: { k in
                    m.isClauseBreak[k] || m.verbs.contains { $0.tokens.contains(k) }
                })
            else { continue }
            // "X, the highest hill in the south, which rebels had held since 2014": the place the
            // relative clause hangs on.
            let before = actor.tokens.lowerBound - 1
            if before >= 1, ["which", "that"].contains(t[before].key), t[before - 1].key == ",",
                let p = m.places.last(where: { $0.tokens.upperBound < before && !$0.locator && !$0.unresolvedLink }),
                !m.verbs.contains(where: {
                    $0.tokens.lowerBound >= p.tokens.upperBound && $0.tokens.upperBound <= before
                })
            {
                statements.append((actor.side, actor.text, p, cue.lowerBound))
                continue
            }
            guard let start = m.places.firstIndex(where: { $0.tokens.lowerBound >= cue.upperBound }),
                gapIsFiller(cue.upperBound, m.places[start].tokens.lowerBound, comma: false, m)
            else { continue }
            var end = start
            while end + 1 < m.places.count, chained(m.places[end], m.places[end + 1], t) { end += 1 }
            for p in start...end where m.places[p].info.record != nil && !m.places[p].locator {
                statements.append((actor.side, actor.text, m.places[p], cue.lowerBound))
            }
        }
        // "the ISIL-held town of X", "rebel-held X": who held X when the sentence was written.
        // "the ISIL-held villages of X and Y": every place of the list. "X, an ISIL-held town", "X, in
        // opposition-held territory": the place the phrase stands beside.
        for held in m.heldBy {
            let words = String(decoding: u[t[held.token].range], as: UTF8.self)
            if let start = m.places.firstIndex(where: { $0.tokens.lowerBound > held.token }),
                gapIsFiller(held.token + 1, m.places[start].tokens.lowerBound, comma: false, m)
            {
                var end = start
                while end + 1 < m.places.count, chained(m.places[end], m.places[end + 1], t) { end += 1 }
                for p in start...end where !m.places[p].locator && !m.places[p].unresolvedLink {
                    statements.append((held.side, words, m.places[p], held.token))
                }
            } else if held.token >= 3, ["a", "an", "the", "in"].contains(t[held.token - 1].key),
                t[held.token - 2].key == ",",
                let p = m.places.last(where: { $0.tokens.upperBound == held.token - 2 }), !p.locator, !p.unresolvedLink
            {
                statements.append((held.side, words, p, held.token))
            }
            // "ISIL-held territory stretching from X to Y", "the rebel-held pocket between X and Y":
            // the ends of what the side held.
            if held.token + 2 < t.count, Self.stretchNouns.contains(t[held.token + 1].key) {
                let clause = m.clause[held.token]
                for p in m.places
                where p.tokens.lowerBound > held.token && p.tokens.lowerBound - held.token <= 16
                    && m.clause[p.tokens.lowerBound] == clause && !p.locator && !p.unresolvedLink
                    && p.info.record != nil && p.tokens.lowerBound >= 1
                    && ["from", "to", "between", "and"].contains(t[p.tokens.lowerBound - 1].key)
                {
                    statements.append((held.side, words, p, held.token))
                }
            }
            // "at X in SDF-held Y province": X lies inside what the side held (unless the sentence
            // changes X's hands itself).
            if held.token >= 2, t[held.token - 1].key == "in",
                let p = m.places.last(where: { $0.tokens.upperBound == held.token - 1 }), !p.locator, !p.unresolvedLink,
                !p.possessive,
                p.info.record != nil,
                !drafts.contains(where: {
                    $0.event.type.changesControl
                        && ($0.event.placeID ?? $0.event.placeName) == (p.info.record?.id ?? p.info.name)
                })
            {
                statements.append((held.side, words, p, held.token))
            }
        }
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
                statements.append((a.side, a.text, p, k))
            } else if let p = m.places.last(where: { $0.tokens.upperBound <= a.tokens.lowerBound }),
                a.tokens.lowerBound - p.tokens.upperBound <= 3,
                t[p.tokens.upperBound].key == ",", !p.locator, !p.unresolvedLink
            {
                statements.append((a.side, a.text, p, k))
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
                statements.append((actor.side, actor.text, m.places[p], k))
            }
        }
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
            statements.append((actor.side, actor.text, p, k))
        }
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
            statements.append((actor.side, actor.text, p, k))
        }
        // "fell back to X", "ISIL was pushed back east towards the town of X": the side falling back held X.
        for p in m.places where !p.anaphor && !p.unresolvedLink {
            guard let side = retreatSide(to: p, m) else { continue }
            statements.append((side.side, side.text, p, p.tokens.lowerBound))
        }
        // "Maarat, one of the first towns to rise, had been in rebel hands": the nearest place before,
        // within the clause.
        for held in m.heldBefore {
            guard let p = m.places.last(where: { $0.tokens.upperBound <= held.token && !$0.locator }),
                p.info.record != nil,
                held.token - p.tokens.upperBound <= 16,
                !(p.tokens.upperBound..<held.token).contains(where: { t[$0].key == ";" || t[$0].key == "." })
            else { continue }
            statements.append((held.side, held.text, p, held.token))
        }
        // Dated, a statement is an event of the ledger (the state on that day); undated, what held
        // before the war's first event.
        for (side, actor, place, at) in statements {
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
                    for d in drafts.indices
                    where drafts[d].event.side == nil && drafts[d].event.placeRole == .target
                        && [.capture, .recapture].contains(drafts[d].event.type)
                        && (drafts[d].event.placeID ?? drafts[d].event.placeName) == (e.placeID ?? e.placeName)
                        && drafts[d].event.date.day == date.day
                    {
                        drafts[d].event.side = side
                        drafts[d].event.actor = actor
                    }
                }
                drafts.append((e, place.tokens.lowerBound))
            } else if let id = place.info.record?.id {
                baseline.append(Baseline(side: side, scope: .places([id]), sourceSentence: sentence.text))
            }
        }

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
        let originIDs = drafts.filter { $0.event.placeRole == .origin }.compactMap { d -> (Int, String)? in
            guard let s = d.event.side, let id = d.event.placeID else { return nil }
            return (s, id)
        }
        for side in Set(originIDs.map(\.0)).sorted() {
            baseline.append(
                Baseline(
                    side: side, scope: .places(originIDs.filter { $0.0 == side }.map(\.1)),
                    sourceSentence: sentence.text))
        }

        // A sentence that only doubts ("However, this was not confirmed.", "they blamed rebel fighters")
        // doubts the one before it; one that names a place of its own is about that place.
        if drafts.isEmpty {
            // (A sentence with a verb of control of its own doubts its own claim: "Rebel claims to have
            // retaken positions around the village were denied".)
            if m.places.allSatisfy(\.weakAnaphor),
                CompiledLexicon.strength(cue) >= CompiledLexicon.strength(.unconfirmed), m.reachesBack,
                !m.verbs.contains(where: { $0.entry.type.changesControl })
            {
                for i in previous where CompiledLexicon.strength(events[i].certainty) < CompiledLexicon.strength(cue) {
                    events[i].certainty = cue
                }
            }
        } else {
            previous = []
            for d in drafts {
                if d.event.placeID == nil, warnedUnresolved.insert(d.event.placeName).inserted {
                    diagnostics.append(
                        Diagnostic(
                            .warning,
                            "'\(d.event.placeName)' is not in the gazetteer; its event is kept without coordinates",
                            at: sentence.location))
                }
                previous.append(events.count)
                events.append(d.event)
            }
        }
        // The narrative now follows the actor of its first event named in the sentence, else the
        // sentence's subject (an actor before its first verb); an actor in a subordinate clause
        // ("were taken after the rebels withdrew") does not take over.
        let firstVerb = m.verbs.first?.tokens.lowerBound ?? t.count
        if let actor = drafts.lazy.filter({ $0.event.type != .held }).compactMap({ d in
            m.actors.first { $0.text == d.event.actor }
        }).first
            ?? m.actors.first(where: { $0.tokens.upperBound <= firstVerb })
        {
            discourseActor = actor
        }
        for p in m.places where !p.anaphor {
            if let r = p.info.record, r.featureClass == "P" || r.featureClass == nil {
                mentionCounts[r.id, default: (p.info, 0)].1 += 1
            }
            if let r = p.info.record, Self.isCity(r) { lastCity = p.info }
            if let r = p.info.record, r.featureClass == "P" || r.featureClass == nil, !p.locator { lastNamed = p.info }
        }
        // (The last named in the text, not the last drafted: statements are drafted after events.)
        if let last = drafts.filter({ $0.event.placeRole == .target && $0.event.geoPrecision != "governorate" }).max(
            by: { $0.token < $1.token })
        {
            if let info = m.places.first(where: { $0.tokens.lowerBound == last.token })?.info {
                lastTarget = info
                lastTargetAge = 0
            }
        }
    }

    /// "X's southern and eastern entrances", "X's northern districts": a part of the place after its
    /// possessive, through adjectives and "and".
    static func namesPartAfterPossessive(_ p: SentenceMentions.Place, _ t: [Token]) -> Bool {
        var k = p.tokens.upperBound
        if k < t.count, t[k].key == "'s" { k += 1 }
        let end = min(t.count, k + 5)
        while k < end, t[k].kind == .word {
            if partNouns.contains(t[k].key) { return true }
            k += 1
        }
        return false
    }

    /// Words for a part of a place after its possessive: the parts `isPartOf` knows, a city's
    /// quarters, and its edges.
    static let partNouns: Set<String> = partWords.union(cityQuarterNouns).union([
        "entrance", "entrances", "suburb", "suburbs", "sector", "sectors",
    ])

    /// "Another village was captured", "Two villages west of X were taken": the subject of a passive
    /// verb of control is unnamed ground — a word for a settlement before the verb, in its clause, with
    /// no place but a point of reference between them.
    func unnamedSubject(before v: SentenceMentions.Verb, _ m: SentenceMentions) -> Bool {
        let t = m.tokens
        let clause = m.clause[v.tokens.lowerBound]
        var k = v.tokens.lowerBound - 1
        while k >= 0, m.clause[k] == clause, v.tokens.lowerBound - k <= 12, ![",", ";"].contains(t[k].key) {
            if Self.settlementNouns.contains(t[k].key) { return true }
            if m.places.contains(where: { $0.tokens.contains(k) && !$0.locator && !Self.measured($0, t) }) {
                return false
            }
            k -= 1
        }
        return false
    }

    /// Words for a quarter of a city (not `quarterNouns`, which also names a town's countryside).
    static let cityQuarterNouns: Set<String> = [
        "district", "districts", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
        "quarter", "quarters",
    ]

    /// "to X", "towards the town of X": the place an advance or a retreat ended at.
    static func isDestination(_ p: SentenceMentions.Place, _ t: [Token]) -> Bool {
        var k = p.tokens.lowerBound - 1
        if k >= 2, t[k].key == "of", placeNouns.contains(t[k - 1].key) { k -= 2 }
        if k >= 0, t[k].key == "the" { k -= 1 }
        return k >= 0 && ["to", "towards", "toward"].contains(t[k].key)
    }

    /// A city: 20,000 people or more, or the seat of a governorate or district.
    static func isCity(_ r: GazetteerRecord) -> Bool {
        r.population >= 20_000 || (r.featureCode ?? "").hasPrefix("PPLA") || r.featureCode == "PPLC"
    }

    /// Where the ground a verb took ends when the text does not name it ("seven villages", "at least
    /// 20 villages and a hill", "several hamlets", "a textile factory", "the Old Mill area"): right
    /// after the verb, through numbers, filler and the words of a name no gazetteer holds, up to a word
    /// for ground; `nil` when a place, a comma or another word comes first.
    func unnamedGround(after v: SentenceMentions.Verb, _ m: SentenceMentions) -> Int? {
        let t = m.tokens
        var k = v.tokens.upperBound
        // ("seized a number of ISIL positions": whose ground it was may stand before it.)
        while k < t.count, k - v.tokens.upperBound < 8,
            !m.occupied[k] || !m.places.contains(where: { $0.tokens.contains(k) })
        {
            if Self.settlementNouns.contains(t[k].key) || Self.siteNouns.contains(t[k].key) { return k + 1 }
            if m.occupied[k] { k += 1; continue }
            guard
                t[k].kind == .number || t[k].key == "%" || t[k].isCapitalised || lexicon.filler.contains(t[k].key)
                    || Self.quantityWords.contains(t[k].key) || Self.siteModifiers.contains(t[k].key)
            else { return nil }
            k += 1
        }
        return nil
    }

    static let settlementNouns: Set<String> = [
        "village", "villages", "town", "towns", "hamlet", "hamlets", "hill", "hills", "hilltop",
        "hilltops", "settlement", "settlements", "farms", "territory", "localities",
    ]
    /// Ground that is no settlement but is taken and held all the same: buildings, works and
    /// positions ("captured a textile factory 7 km from X", "seized the water wells on the outskirts
    /// of X"). Only as the object of a verb of control, so "fighting near the factory" stays a fight.
    static let siteNouns: Set<String> = [
        "building", "buildings", "area", "areas", "site", "sites", "location", "locations", "positions",
        "posts", "outposts", "outpost", "checkpoint", "checkpoints", "silo", "silos", "prison", "factory",
        "factories", "roundabout", "wells", "farmland", "farmlands", "pocket", "mountain", "mountains",
        "heights", "ridge", "plant", "station", "complex", "quarry", "barracks", "warehouses", "farm",
        "base", "bases", "airbase", "road", "roads", "highway", "junction", "crossroads", "wells", "fields",
    ]
    /// Words that describe a site without naming it ("a textile factory", "the old water wells").
    static let siteModifiers: Set<String> = [
        "textile", "water", "grain", "military", "old", "last", "final", "adjacent", "nearby", "symbolic",
        "power", "pumping", "oil", "gas", "cement", "industrial", "abandoned",
    ]
    static let quantityWords: Set<String> = [
        "another", "other", "multiple", "many", "dozens", "dozen", "numerous", "some", "few", "least",
        "over", "about", "around", "nearly", "additional", "new", "minor", "small", "more", "number",
        "amount", "large", "swathes", "swaths", "stretch", "much", "main",
    ]

    /// "in the X countryside", "in northern X province", "in X Governorate": a place named as the area
    /// the event lies in.
    static func inArea(_ p: SentenceMentions.Place, _ t: [Token]) -> Bool {
        // (A governorate's seat names its governorate too: "four villages in northern X".)
        guard
            !p.info.precision.isTown || p.info.record?.featureCode == "PPLA"
                || (p.tokens.upperBound < t.count && areaNouns.contains(t[p.tokens.upperBound].key))
        else { return false }
        var k = p.tokens.lowerBound - 1
        while k >= 0, p.tokens.lowerBound - k <= 3, t[k].key != "in" {
            guard
                [
                    "the", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                    "northeastern",
                    "northwestern", "southeastern", "southwestern", "rural",
                ].contains(t[k].key)
            else { return false }
            k -= 1
        }
        return k >= 0 && t[k].key == "in"
    }

    /// "on the outskirts of X", "on the western side of X", "on the road between X and Y": ground at
    /// a place's edge, or between two places, is located by it.
    static func edgeOf(_ p: SentenceMentions.Place, _ t: [Token]) -> Bool {
        let k = p.tokens.lowerBound - 1
        if k >= 0, t[k].key == "between" { return true }
        return k >= 1 && t[k].key == "of" && edgeNouns.contains(t[k - 1].key)
    }
    static let edgeNouns: Set<String> = [
        "outskirts", "side", "sides", "edge", "edges", "perimeter", "periphery", "entrance", "entrances",
        "approaches", "vicinity", "environs",
    ]

    /// "35 km north-east of X", "10 kilometres from X": a place given as a distance away.
    static func measured(_ p: SentenceMentions.Place, _ t: [Token]) -> Bool {
        (max(0, p.tokens.lowerBound - 5)..<p.tokens.lowerBound).contains { distanceUnits.contains(t[$0].key) }
    }

    static let partWords: Set<String> = [
        "percent", "cent", "%", "half", "part", "parts", "third", "thirds", "quarter", "quarters",
        "centre", "center", "heart",
    ]

    /// "40 percent of X", "half of X", "half the town", "parts of X": the place is named only in part.
    static func isPartOf(_ p: SentenceMentions.Place, _ t: [Token]) -> Bool {
        var k = p.tokens.lowerBound - 1
        if k >= 0, t[k].key == "the" { k -= 1 }
        // ("about half the town".)
        if k >= 0, t[k].key == "half" { return true }
        guard k >= 1, t[k].key == "of" else { return false }
        return partWords.contains(t[k - 1].key) || (t[k - 1].key.hasSuffix("%") && t[k - 1].kind == .number)
    }

    /// Tokens between a date phrase and a token.
    static func distance(_ r: Range<Int>, _ k: Int) -> Int {
        k < r.lowerBound ? r.lowerBound - k : k >= r.upperBound ? k - r.upperBound + 1 : 0
    }

    /// The verb that governs a list of places: the nearest verb before it with only filler between,
    /// else (a passive: "X and Y were reportedly under attack") the nearest verb after it.
    func governingVerb(of chain: [Int], _ m: SentenceMentions) -> Int? {
        let first = m.places[chain[0]].tokens.lowerBound
        let last = m.places[chain[chain.count - 1]].tokens.upperBound
        // (A verb whose subject is the place governs no place after it: "shells fell on the town".)
        if let v = m.lastVerb(endingBy: first), !m.verbs[v].entry.agentless,
            gapIsFiller(m.verbs[v].tokens.upperBound, first, comma: true, m)
        {
            return v
        }
        // "captured X after a three-day battle, then Y and Z": the verb goes on to the places after "then".
        if first >= 1, m.tokens[first - 1].key == "then",
            let v = m.lastVerb(endingBy: first - 1, where: { !$0.irrealis && $0.entry.type.changesControl })
        {
            return v
        }
        if let v = m.firstVerb(startingFrom: last), gapIsFiller(last, m.verbs[v].tokens.lowerBound, comma: false, m) {
            return v
        }
        // "retook 128 of the region's 350 villages, among them X": a list introduced as members of what
        // a verb took goes with that verb, however long the counted phrase between.
        if let intro = listIntroduction(before: first, m.tokens),
            let v = m.lastVerb(endingBy: intro, where: { !$0.irrealis }),
            intro - m.verbs[v].tokens.upperBound <= 16,
            m.clause[m.verbs[v].tokens.lowerBound] == m.clause[intro],
            !m.places.contains(where: {
                $0.tokens.lowerBound >= m.verbs[v].tokens.upperBound && $0.tokens.upperBound <= intro
            }),
            m.firstVerb(startingFrom: m.verbs[v].tokens.upperBound).map({ m.verbs[$0].tokens.lowerBound >= intro })
                ?? true
        {
            return v
        }
        return nil
    }

    /// Possessive pronouns that say a place belonged to the narrative's side ("X was theirs").
    static let theirsWords: Set<String> = ["theirs"]

    /// Participles saying a force sat at a place ("where the army was stationed").
    static let stationedWords: Set<String> = [
        "deployed", "stationed", "based", "positioned", "garrisoned", "entrenched", "headquartered",
    ]
    static let auxiliaries: Set<String> = [
        "had", "has", "have", "was", "were", "been", "being", "is", "are", "still", "already", "also",
    ]

    static let listIntroducers: [[String]] = [
        ["among", "them"], ["among", "which"], ["among", "those"], ["among", "others"],
        ["such", "as"], ["notably"], ["namely"], ["including"],
    ]

    /// The start of "…, among them" / "such as" / "including" ending just before token `k` (after an
    /// optional comma), if there is one.
    func listIntroduction(endingAt k: Int, _ t: [Token]) -> Int? {
        for words in Self.listIntroducers where k >= words.count {
            let start = k - words.count
            guard zip(words, t[start..<k]).allSatisfy({ $0 == $1.key }) else { continue }
            return start > 0 && t[start - 1].key == "," ? start - 1 : start
        }
        return nil
    }

    /// The list introduction before a place, right before it or before its description ("including
    /// the rebel stronghold of X", "among them the village of X").
    func listIntroduction(before first: Int, _ t: [Token]) -> Int? {
        if let intro = listIntroduction(endingAt: first, t) { return intro }
        // ("including: X, Y and Z")
        if first >= 2, t[first - 1].key == ":", let intro = listIntroduction(endingAt: first - 1, t) { return intro }
        guard first >= 2, t[first - 1].key == "of" else { return nil }
        var k = first - 2
        while k > 0, first - k <= 6, t[k].kind == .word {
            if let intro = listIntroduction(endingAt: k, t) { return intro }
            k -= 1
        }
        return nil
    }

    /// Only filler words, numbers, capitalised adjectives (and, before a list, commas) in `a..<b`.
    func gapIsFiller(_ a: Int, _ b: Int, comma: Bool, _ m: SentenceMentions) -> Bool {
        guard b - a <= 8 else { return false }
        let t = m.tokens
        // "attacked rebel positions in X": an actor naming whose positions they were may stand in the gap.
        let positions = (a..<b).contains { Self.positionWords.contains(t[$0].key) }
        for k in a..<b {
            if positions, m.actorStartingAt[k] != nil || m.actors.contains(where: { $0.tokens.contains(k) }) {
                continue
            }
            if m.occupied[k] || m.isClauseBreak[k] { return false }
            let tok = t[k]
            if tok.key == "," { if comma { continue } else { return false } }
            if tok.kind == .number || lexicon.filler.contains(tok.key) { continue }
            // ("40–50% of X": a range of numbers.)
            if tok.key == "-", k > a, k + 1 < b, t[k - 1].kind == .number, t[k + 1].kind == .number { continue }
            if ArticleExtraction.heldSuffixes.contains(where: { tok.key.hasSuffix($0) }) { continue }
            if tok.kind == .word && tok.isCapitalised { continue }
            return false
        }
        return true
    }

    /// Deaths reported at a place, with no verb of violence: a fight there, by no named side.
    func deathsEvent(at info: PlaceInfo, _ f: Fatalities, _ sentence: Sentence) -> Event {
        Event(
            id: "", date: EventDate(day: Day(ordinal: 0)), type: .clashes, subType: "deaths reported", side: nil,
            placeName: info.name, placeID: info.record?.id, latitude: info.record?.latitude,
            longitude: info.record?.longitude,
            geoPrecision: info.geoPrecision, fatalities: f, sourceSentence: sentence.text,
            sourceSection: sentence.sectionTitle,
            sourceOffset: sentence.offset, sourceLocation: sentence.location)
    }

    /// A statement that `side` held `place`; date and certainty are set later.
    func heldEvent(side: Int, actor: String, place info: PlaceInfo, _ sentence: Sentence) -> Event {
        Event(
            id: "", date: EventDate(day: Day(ordinal: 0)), type: .held, subType: "control stated", side: side,
            actor: actor,
            placeName: info.name, placeID: info.record?.id, latitude: info.record?.latitude,
            longitude: info.record?.longitude,
            geoPrecision: info.geoPrecision, certainty: .stated, sourceSentence: sentence.text,
            sourceSection: sentence.sectionTitle,
            sourceOffset: sentence.offset, sourceLocation: sentence.location)
    }

    /// An event of `verb` at `place`, with the verb's actor and side; date and certainty are set later.
    func makeEvent(
        verb: SentenceMentions.Verb, place: SentenceMentions.Place, role: PlaceRole, _ m: SentenceMentions,
        _ u: [UInt8], _ sentence: Sentence
    ) -> Event {
        var side: Int?
        var actor = ""
        if let a = actorOf(verb, m) {
            side = a.side
            actor = a.text
            if verb.entry.agentLoses {
                side = sides.opponent(of: a.side)
                actor = side.flatMap { sides.name(of: $0) } ?? ""
            }
        }
        // "the army was driven out of X by Turkish-backed rebels": the agent named after the place.
        // ("the capture of X by Y": a noun of capture names its agent the same way.)
        if verb.entry.agentLoses || isPassive(verb, m.tokens) || m.tokens[verb.tokens.upperBound - 1].key == "of" {
            var k = place.tokens.upperBound
            if k < m.tokens.count, m.tokens[k].key == "by" {
                k += 1
                if k < m.tokens.count, m.tokens[k].key == "the" { k += 1 }
                if k < m.tokens.count, let n = m.actorStartingAt[k] {
                    side = m.actors[n].side
                    actor = m.actors[n].text
                }
            }
        }
        // "X, the group's last stronghold, was stormed": with three sides, a passive with no agent goes
        // to the narrative's actor, unless that actor is the one the ledger says held X.
        if side != nil, side == discourseActor?.side, sides.sideNumbers.count > 2, isPassive(verb, m.tokens),
            verb.entry.type.changesControl, let id = place.info.record?.id, lastHolder(of: id) == side
        {
            side = nil
            actor = ""
        }
        let info = place.info
        var type = verb.entry.type
        var subType = verb.entry.subType
        // "stormed army positions in X": taking positions in or around a town is an attack on it, not its
        // capture. (Near it, a vicinity row, they are ground taken: "recaptured a checkpoint near X".)
        if type.changesControl && type != .withdrawal, role != .vicinity,
            verb.tokens.upperBound < place.tokens.lowerBound,
            (verb.tokens.upperBound..<place.tokens.lowerBound).contains(where: {
                Self.positionWords.contains(m.tokens[$0].key)
            })
        {
            type = .attack
            subType = "attack on positions"
        }
        // "retook 40 percent of X", "took half of X": part of the place, which is then contested.
        if type == .capture || type == .recapture, Self.isPartOf(place, m.tokens) {
            type = .partialCapture
            subType = "part taken"
        }
        let sub =
            switch role {
            case .origin: "origin of " + (subType.isEmpty ? type.rawValue : subType)
            case .vicinity: PlaceRole.vicinityPrefix + (subType.isEmpty ? type.rawValue : subType)
            case .target: subType
            }
        return Event(
            id: "", date: EventDate(day: Day(ordinal: 0)), type: type, subType: sub, side: side, actor: actor,
            placeName: info.name, placeID: info.record?.id, latitude: info.record?.latitude,
            longitude: info.record?.longitude,
            geoPrecision: info.geoPrecision, placeRole: role, certainty: .stated, sourceSentence: sentence.text,
            sourceSection: sentence.sectionTitle, sourceOffset: sentence.offset, sourceLocation: sentence.location)
    }

    /// The side the ledger so far says holds place `id`: the side of its last capture or statement.
    func lastHolder(of id: String) -> Int? {
        guard
            let e = events.last(where: {
                $0.placeID == id && $0.placeRole == .target && $0.side != nil
                    && [.capture, .recapture, .held].contains($0.type)
            })
        else { return nil }
        return e.side
    }

    /// Who does the verb: an actor inside it ("bombing from warplanes"), the agent after it ("under
    /// attack by rebel forces"), else the nearest actor before it.
    func actorOf(_ verb: SentenceMentions.Verb, _ m: SentenceMentions) -> SentenceMentions.Actor? {
        if let n = verb.tokens.lazy.compactMap({ m.actorStartingAt[$0] }).first { return m.actors[n] }
        let t = m.tokens
        var k = verb.tokens.upperBound
        let lastWord = t[verb.tokens.upperBound - 1].key
        if Self.passiveAgents.contains(lastWord) || (k < t.count && (t[k].key == "by" || t[k].key == "from")) {
            if k < t.count, t[k].key == "by" || t[k].key == "from" { k += 1 }
            if k < t.count, t[k].key == "the" { k += 1 }
            if k < t.count, let n = m.actorStartingAt[k] { return m.actors[n] }
        }
        // The nearest actor before the verb, within the clause: a semicolon or a colon ends it.
        if let a = m.lastActor(endingBy: verb.tokens.lowerBound),
            !(a.tokens.upperBound..<verb.tokens.lowerBound).contains(where: { t[$0].key == ";" || t[$0].key == ":" })
        {
            // "X, the group's last stronghold, was stormed": an actor in a passive's subject held the
            // place; it is not who took it (see `passiveHolder`).
            if passiveHolder(verb, m) != nil { return nil }
            return a
        }
        // "Advancing north from X, the SDF captured Y": an opening participle's subject is the main
        // clause's, after the comma.
        if t[verb.tokens.lowerBound].key.hasSuffix("ing"),
            let comma = (verb.tokens.upperBound..<min(t.count, verb.tokens.upperBound + 12)).first(where: {
                t[$0].key == ","
            }),
            let n = (comma + 1..<min(t.count, comma + 4)).lazy.compactMap({ m.actorStartingAt[$0] }).first
        {
            return m.actors[n]
        }
        // No subject of its own: "they then pushed into", "the attackers overran" follow the narrative's
        // actor. A bomb or a strike with no named author is not the narrative's doing, and clashes are
        // between two sides.
        if Self.violence.contains(verb.entry.type) || verb.entry.type == .clashes { return nil }
        // A passive with no agent ("the village was taken") names none in a two-sided war: the side
        // that did not hold the place took it (the timeline's rule). With three sides that rule
        // cannot choose, and the side the narrative is following is the better reading.
        if isPassive(verb, t) {
            return sides.sideNumbers.count > 2 && verb.entry.type.changesControl ? discourseActor : nil
        }
        // "ISIL fighters counter-attacked …; the Observatory said they had recaptured X": the sentence's
        // own actor, across the semicolon, before the previous sentence's.
        return m.lastActor(endingBy: verb.tokens.lowerBound) ?? discourseActor
    }

    /// The side that held a place taken in a passive ("X, the group's stronghold, was stormed", "the
    /// rebels' last town fell"): a possessive actor just before the verb, in its clause, with no verb
    /// between. ("the army announced that the city had been liberated": the army is the speaker.)
    func passiveHolder(_ verb: SentenceMentions.Verb, _ m: SentenceMentions) -> SentenceMentions.Actor? {
        let t = m.tokens
        guard verb.entry.type.changesControl, !verb.entry.agentLoses, isPassive(verb, t),
            let a = m.lastActor(endingBy: verb.tokens.lowerBound), verb.tokens.lowerBound - a.tokens.upperBound <= 8,
            t[a.tokens.upperBound - 1].key.hasSuffix("'s") || t[a.tokens.upperBound - 1].key.hasSuffix("'")
                || (a.tokens.upperBound < t.count && t[a.tokens.upperBound].key == "'s"),
            !(a.tokens.upperBound..<verb.tokens.lowerBound).contains(where: { k in
                t[k].key == ";" || t[k].key == ":" || m.isClauseBreak[k] || m.verbs.contains { $0.tokens.contains(k) }
            })
        else { return nil }
        return a
    }

    /// The people holding a place ("the defenders of X"), and words of their leaving it.
    static let holderNouns: Set<String> = ["defenders", "garrison", "garrisons", "defender"]
    static let leavingWords: Set<String> = [
        "slipped", "withdrew", "fled", "retreated", "evacuated", "abandoned", "surrendered", "escaped",
    ]

    /// Words for a settlement or a stronghold after a side's word ("a rebel town", "an ISIL stronghold").
    static let strongholdWords: Set<String> = [
        "town", "village", "city", "stronghold", "strongholds", "bastion", "enclave",
        "towns", "villages", "pocket",
    ]

    /// Words of falling back ("fell back", "retreated") before "to X".
    static let retreatWords: Set<String> = [
        "retreated", "withdrew", "fled", "withdrawn", "retreating", "withdrawing", "back",
    ]
    static let backVerbs: Set<String> = [
        "fell", "pulled", "moved", "fall", "falling", "pulling", "pushed", "driven", "forced", "beaten",
    ]
    static let compassWords: Set<String> = [
        "east", "west", "north", "south", "eastward", "westward", "northward", "southward",
        "eastwards", "westwards", "northwards", "southwards", "north-east", "north-west",
        "south-east", "south-west", "further", "deeper",
    ]

    /// The side that fell back to `p` ("fell back towards X", "pulled back east to the desert town of X"),
    /// when a retreat ends on it.
    func retreatSide(to p: SentenceMentions.Place, _ m: SentenceMentions) -> SentenceMentions.Actor? {
        let t = m.tokens
        let lo = p.tokens.lowerBound
        // Between "to" and the place only words of a description ("the desert town of").
        guard let j = (max(0, lo - 6)..<lo).last(where: { ["to", "towards", "toward"].contains(t[$0].key) }),
            !(j + 1..<lo).contains(where: { m.occupied[$0] || m.isClauseBreak[$0] || t[$0].kind != .word })
        else { return nil }
        var w = j - 1
        while w >= 0, Self.compassWords.contains(t[w].key) { w -= 1 }
        guard w >= 0, Self.retreatWords.contains(t[w].key) else { return nil }
        if t[w].key == "back" {
            guard w >= 1, Self.backVerbs.contains(t[w - 1].key) else { return nil }
        }
        // "pushed ISIL back to X": the one pushed; "ISIL fell back to X": the subject.
        if let a = m.lastActor(endingBy: w + 1),
            !(a.tokens.upperBound..<w).contains(where: { k in
                t[k].key == ";" || t[k].key == ":" || m.isClauseBreak[k]
            })
        {
            return a
        }
        return discourseActor
    }

    /// "handed X and Y to the army", "lost X to ISIL": a side named after the list is the one that got it.
    func handOver(_ drafts: inout ArraySlice<(event: Event, token: Int)>, after end: Int, _ m: SentenceMentions) {
        let t = m.tokens
        var k = end
        guard k < t.count, t[k].key == "to" else { return }
        k += 1
        if k + 1 < t.count, m.actorStartingAt[k] == nil, t[k].key == "the" { k += 1 }
        guard k < t.count, let n = m.actorStartingAt[k] else { return }
        let recipient = m.actors[n]
        for d in drafts.indices
        where drafts[d].event.placeRole == .target
            && [.capture, .recapture, .withdrawal].contains(drafts[d].event.type)
        {
            if drafts[d].event.type == .withdrawal {
                drafts[d].event.type = .capture
                drafts[d].event.subType = "handed over"
            }
            drafts[d].event.side = recipient.side
            drafts[d].event.actor = recipient.text
        }
    }

    /// For a passive with a holder ("X, the group's stronghold, was stormed"): the statement that the
    /// holder held X, and, with two sides, the other side as the event's taker.
    func passiveHolding(
        verb: SentenceMentions.Verb, place: SentenceMentions.Place, event: inout Event,
        _ m: SentenceMentions, _ sentence: Sentence
    ) -> Event? {
        guard event.side == nil, let holder = passiveHolder(verb, m) else { return nil }
        if let taker = sides.opponent(of: holder.side) {
            event.side = taker
            event.actor = sides.name(of: taker) ?? ""
        }
        return heldEvent(side: holder.side, actor: holder.text, place: place.info, sentence)
    }

    /// "X, on the road between A and B, was taken": the words between a place and a verb are set off
    /// by commas, so the places in them describe X and the verb is still X's.
    func isAppositive(after place: SentenceMentions.Place, before verb: SentenceMentions.Verb, _ t: [Token]) -> Bool {
        var k = verb.tokens.lowerBound - 1
        while k > place.tokens.upperBound,
            Self.passiveAuxiliaries.contains(t[k].key)
                || ["had", "has", "have", "all", "both", "then"].contains(t[k].key)
        { k -= 1 }
        return place.tokens.upperBound < t.count && t[place.tokens.upperBound].key == "," && k > place.tokens.upperBound
            && t[k].key == ","
    }

    /// Words of an agreed handover.
    static let agreementWords: Set<String> = [
        "deal", "deals", "agreement", "agreements", "reconciliation", "surrender", "surrendered",
        "evacuation", "evacuated", "truce", "settlement",
        // an entry nobody resisted: "found that its defenders had gone"
        "unopposed", "deserted", "empty", "gone", "fled",
    ]

    /// Words telling that a place entered was still fought over.
    static let fightingGoesOnWords: Set<String> = [
        "fighting", "fought", "clashes", "clashed", "battle", "battles", "battled",
        "resistance", "resisted", "street", "streets", "counter-attack", "counter-attacks",
        "counterattack", "counterattacks", "still", "continued", "ongoing", "remaining", "pockets",
        "outskirts", "edge", "edges", "briefly", "part", "parts", "half", "quarter", "quarters",
        "district", "districts", "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
    ]

    /// Words between a verb of capture and a town that make it a capture of positions near it.
    /// The side a place was taken from: "from <actor>" after it in its clause (past an apposition
    /// between commas), or "after <actor> withdrew" later in the sentence.
    func loser(after place: SentenceMentions.Place, _ m: SentenceMentions) -> SentenceMentions.Actor? {
        let t = m.tokens
        var k = place.tokens.upperBound
        while k < t.count, k - place.tokens.upperBound <= 12, ![".", ";", ":"].contains(t[k].key) {
            if m.places.contains(where: { $0.tokens.lowerBound == k }) && ![",", "and"].contains(t[k - 1].key) {
                break
            }
            if let v = m.verbs.first(where: { $0.tokens.lowerBound == k }), v.entry.type != .withdrawal,
                isPassive(v, t), v.entry.type.changesControl
            {
                // (The passive that took the place: "X and Y were taken after …".)
                k = v.tokens.upperBound
                continue
            }
            // "… after the rebels withdrew", "as ISIL retreated": a withdrawal with no place of its own.
            if Self.leavingWords.contains(t[k].key) || m.verbs.contains(where: { $0.tokens.contains(k) }) {
                let withdrew =
                    Self.leavingWords.contains(t[k].key)
                    || m.verbs.contains { $0.tokens.lowerBound == k && $0.entry.type == .withdrawal && !$0.irrealis }
                guard withdrew, let a = m.lastActor(endingBy: k), a.tokens.lowerBound > place.tokens.upperBound,
                    a.tokens.upperBound + 1 >= k,
                    (max(0, a.tokens.lowerBound - 2)..<a.tokens.lowerBound).contains(where: {
                        ["after", "as", "when", "once"].contains(t[$0].key)
                    }),
                    // (Not "withdrew from Y", "withdrew to Y": a place of its own.)
                    !m.places.contains(where: { $0.tokens.lowerBound > k && $0.tokens.lowerBound - k <= 4 })
                else { return nil }
                return a
            }
            if t[k].key == "from" {
                var j = k + 1
                if j < t.count, t[j].key == "the" { j += 1 }
                return j < t.count ? m.actorStartingAt[j].map { m.actors[$0] } : nil
            }
            k += 1
        }
        return nil
    }

    /// Words for a stretch of land a side holds, whose ends the text names ("territory stretching
    /// from X to Y").
    static let stretchNouns: Set<String> = [
        "territory", "area", "areas", "land", "ground", "strip", "corridor", "belt", "pocket", "enclave",
        "salient",
    ]
    static let positionWords: Set<String> = [
        "positions", "position", "checkpoint", "checkpoints", "posts", "post", "outposts", "outpost", "outskirts",
    ]

    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "be", "being", "is", "are"]

    /// "was captured", "had been retaken": the subject is what the verb acted on.
    func isPassive(_ verb: SentenceMentions.Verb, _ t: [Token]) -> Bool {
        if verb.entry.agentless { return true }
        let k = verb.tokens.lowerBound
        if Self.passiveAuxiliaries.contains(t[k].key) { return true }
        for back in 1...2 where k - back >= 0 {
            let key = t[k - back].key
            if Self.passiveAuxiliaries.contains(key) { return true }
            if ![
                "reportedly", "also", "then", "later", "fully", "partially", "eventually", "finally", "quickly",
                "completely",
            ].contains(key) {
                break
            }
        }
        return false
    }
}
