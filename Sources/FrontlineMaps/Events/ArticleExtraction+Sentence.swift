extension ArticleExtraction {
    static let violence: Set<EventType> = [.airstrike, .shelling, .bombardment, .carBomb, .bombing, .massacre]
    static let areaNouns: Set<String> = [
        "province", "governorate", "region", "area", "countryside", "districts", "district", "provinces",
        "canton", "basin",
    ]
    static let passiveAgents: Set<String> = ["by", "from", "to"]

    /// What the rules of one sentence hand on to one another, passed `inout` so that no step copies
    /// the drafts or the mentions.
    struct SentenceWork {
        let sentence: Sentence
        let u: [UInt8]
        let t: [Token]
        let dateMention: DateMention
        var m: SentenceMentions
        /// Events drafted so far, each with the token it stands at (for clauses, dates and casualties).
        var drafts: [(event: Event, token: Int)] = []
        /// Places a rule has already accounted for.
        var governed = Set<Int>()
        /// The sentence's verbs of violence or clashes (from `draftStrikes`).
        var violent: [SentenceMentions.Verb] = []
        /// The strongest cue of certainty (from `rateCertainty`).
        var cue: Certainty = .stated
        /// Who held what, by the sentence, before they are dated into events.
        var statements: [(side: Int, actor: String, place: SentenceMentions.Place, token: Int)] = []
    }

    /// One sentence: its date, its events, and what it says about the sentence before.
    /// (Each step is a rule of the text; their order matters, as later rules see what earlier ones drafted.)
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
        var w = SentenceWork(
            sentence: sentence, u: u, t: t, dateMention: dateMention, m: mentions(of: sentence, bytes: u, tokens: t))
        dropVerbPhraseOrigins(&w)

        // Events: places governed by a verb, then what the sentence tells without one.
        draftGovernedChains(&w)
        draftVicinityCaptures(&w)
        draftQuarterCaptures(&w)
        draftOpeningPassive(&w)
        draftOrigins(&w)
        draftStrikes(&w)
        draftPlacelessViolence(&w)
        draftCounterAttack(&w)
        draftDeathsAtPlaces(&w)
        draftAreaOffensives(&w)
        draftAbandonedPlaces(&w)
        draftRelativeCaptures(&w)
        draftNearUnresolved(&w)

        // What the sentence says of those events: how entries ended, certainty, casualties, losers, actors.
        settleAgreedEntries(&w)
        settleRepelledEntries(&w)
        rateCertainty(&w)
        settlePlainEntries(&w)
        assignCasualties(&w)
        draftLosses(&w)
        continueViolentActors(&w)

        // Dates.
        dateDrafts(&w)
        draftFightingBefore(&w)

        // Who held what.
        collectHoldStatements(&w)
        collectHeldByStatements(&w)
        collectStrongholdStatements(&w)
        collectTheirsStatements(&w)
        collectPresenceStatements(&w)
        draftStatements(&w)
        recordBaselines(&w)

        commitDrafts(&w)
        followNarrative(&w)
    }

    /// "from" inside a verb phrase names what the verb left, not where an advance set out: left an
    /// origin, the place would wrongly go to the advancing side.
    func dropVerbPhraseOrigins(_ w: inout SentenceWork) {
        let t = w.t
        // "from" inside a verb phrase ("cleared from") does not make an origin.
        for p in w.m.places.indices where w.m.places[p].origin {
            var k = w.m.places[p].tokens.lowerBound - 1
            if k >= 0, t[k].key == "the" { k -= 1 }
            if k >= 0, w.m.verbs.contains(where: { $0.tokens.contains(k) }) { w.m.places[p].origin = false }
            // ("had withdrawn from the city", "pulled out completely from X": the place left is the
            // withdrawal's own place, not where an advance came from.)
            if k >= 0, let v = w.m.lastVerb(endingBy: k), w.m.verbs[v].entry.type == .withdrawal,
                k - w.m.verbs[v].tokens.upperBound <= 2
            {
                w.m.places[p].origin = false
            }
        }
    }

    /// Every event of a sentence is as certain as its strongest cue: the cue qualifies the whole claim.
    func rateCertainty(_ w: inout SentenceWork) {
        // Certainty: the strongest cue of the sentence.
        w.cue =
            w.m.certainty.map(\.value).max { CompiledLexicon.strength($0) < CompiledLexicon.strength($1) } ?? .stated
        for d in w.drafts.indices { w.drafts[d].event.certainty = w.cue }
    }

    /// A sentence with no events may only doubt the one before it; otherwise its drafts become the
    /// ledger's events, and the next doubt is about them.
    mutating func commitDrafts(_ w: inout SentenceWork) {
        let (m, sentence, cue) = (w.m, w.sentence, w.cue)
        // A sentence that only doubts ("However, this was not confirmed.", "they blamed rebel fighters")
        // doubts the one before it; one that names a place of its own is about that place.
        if w.drafts.isEmpty {
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
            for d in w.drafts {
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
    }

    /// Later sentences resolve "they", "the town" and "the city" against what this one named.
    mutating func followNarrative(_ w: inout SentenceWork) {
        let (m, t) = (w.m, w.t)
        // The narrative now follows the actor of its first event named in the sentence, else the
        // sentence's subject (an actor before its first verb); an actor in a subordinate clause
        // ("were taken after the rebels withdrew") does not take over.
        let firstVerb = m.verbs.first?.tokens.lowerBound ?? t.count
        if let actor = w.drafts.lazy.filter({ $0.event.type != .held }).compactMap({ d in
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
        // (Only a place the gazetteer knows: an unknown name may be no town at all — a border post, a
        // hill — for "the town" to point back to.)
        let targets = w.drafts.filter {
            $0.event.placeRole == .target && $0.event.geoPrecision != "governorate" && $0.event.placeID != nil
        }
        if let last = targets.max(by: { $0.token < $1.token }) {
            if let info = m.places.first(where: { $0.tokens.lowerBound == last.token })?.info {
                lastTarget = info
                lastTargetAge = 0
                lastTargetAlone = Set(targets.compactMap(\.event.placeID)).count == 1
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
            !m.occupied[k] || m.place(covering: k) == nil
        {
            if Self.settlementNouns.contains(t[k].key) || Self.siteNouns.contains(t[k].key) {
                // ("captured parts of the town of X": the ground has a name, and is no unnamed ground.)
                let named = k + 2 < t.count && t[k + 1].key == "of" && m.place(covering: k + 2) != nil
                return named ? nil : k + 1
            }
            if m.occupied[k] { k += 1; continue }
            // ("an ISIL radio station", "a strategic fuel depot": a word or two describing the site.)
            let describes = (k + 1..<min(t.count, k + 3)).contains { j in
                (Self.siteNouns.contains(t[j].key) || Self.settlementNouns.contains(t[j].key))
                    && (k..<j).allSatisfy { t[$0].kind == .word }
            }
            guard
                t[k].kind == .number || t[k].key == "%" || t[k].isCapitalised || lexicon.filler.contains(t[k].key)
                    || Self.quantityWords.contains(t[k].key) || Self.siteModifiers.contains(t[k].key) || describes
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
        "centre", "center", "heart", "most", "bulk",
    ]
    static let directionWords: Set<String> = [
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
        "southwestern", "north-eastern", "north-western", "south-eastern", "south-western",
    ]

    /// "40 percent of X", "half of X", "half the town", "parts of X": the place is named only in part.
    static func isPartOf(_ p: SentenceMentions.Place, _ t: [Token]) -> Bool {
        var k = p.tokens.lowerBound - 1
        // ("most of northern X", "parts of eastern X": a direction narrows the part, not the place.)
        while k >= 0, directionWords.contains(t[k].key) { k -= 1 }
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
        // ("X and Y were taken", "X fell": a passive or a verb whose subject is the place. Not "reached X
        // and took a fuel station": an active verb after "and" has a subject and an object of its own.)
        if let v = m.firstVerb(startingFrom: last), gapIsFiller(last, m.verbs[v].tokens.lowerBound, comma: false, m),
            m.verbs[v].entry.agentless || isPassive(m.verbs[v], m.tokens)
                || !(last..<m.verbs[v].tokens.lowerBound).contains(where: { m.tokens[$0].key == "and" })
        {
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
        let t = m.tokens
        // (Eight words at most; the marks of "15–20%" or a quotation are no words.)
        guard b - a <= 8 || (a..<b).filter({ !["%", "-", "\""].contains(t[$0].key) }).count <= 8 else { return false }
        // "attacked rebel positions in X", "captured the ISIL stronghold of X": an actor naming whose
        // positions or stronghold they were may stand in the gap.
        let positions = (a..<b).contains {
            Self.positionWords.contains(t[$0].key) || Self.strongholdNouns.contains(t[$0].key)
        }
        for k in a..<b {
            if positions, m.actorStartingAt[k] != nil || m.actors.contains(where: { $0.tokens.contains(k) }) {
                continue
            }
            if m.occupied[k] || m.isClauseBreak[k] { return false }
            let tok = t[k]
            if tok.key == "," { if comma { continue } else { return false } }
            // (A quotation mark: 'X had been "completely liberated"'.)
            if tok.kind == .number || tok.key == "\"" || lexicon.filler.contains(tok.key) { continue }
            if Self.strongholdNouns.contains(tok.key) { continue }
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
            subType = Self.positionsAttack
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

    /// The sub-type of an attack on positions in a place ("stormed army positions in X").
    static let positionsAttack = "attack on positions"

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
        if let a = agent(endingBy: verb.tokens.lowerBound, m),
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
        return agent(endingBy: verb.tokens.lowerBound, m) ?? discourseActor
    }

    /// The last actor before token `k` that can be a verb's subject: not a possessive before a common
    /// noun ("broke ISIL's lines", "the army's only supply line"), which names whose the thing was.
    func agent(endingBy k: Int, _ m: SentenceMentions) -> SentenceMentions.Actor? {
        let t = m.tokens
        guard let a = m.lastActor(endingBy: k) else { return nil }
        let end = a.tokens.upperBound
        // ("the army's 67th Brigade", "the army's general command" are the army's, and act.)
        let owner =
            t[end - 1].key.hasSuffix("'s")
            && (end..<min(t.count, end + 3)).contains { Self.ownedNouns.contains(t[$0].key) }
        return owner ? nil : a
    }

    /// What a side owns and another side breaks, cuts or takes: after a possessive actor, the
    /// possessive names no agent.
    static let ownedNouns: Set<String> = [
        "line", "lines", "frontline", "frontlines", "front", "positions", "position", "defences", "defenses",
        "route", "routes", "road", "stronghold", "strongholds", "territory", "pocket", "capital", "base", "bases",
        "headquarters", "checkpoint", "checkpoints", "enclave", "siege", "encirclement",
    ]

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

    /// A side's fortified ground, named by whose it is ("the ISIL stronghold of X").
    static let strongholdNouns: Set<String> = ["stronghold", "strongholds", "bastion", "enclave"]

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
            // (Look-ups by binary search: a sentence may hold thousands of captures.)
            let placeHere = m.place(covering: k).map { m.places[$0].tokens.lowerBound == k } ?? false
            let verbHere = m.verb(covering: k).map { m.verbs[$0] }
            if placeHere && ![",", "and"].contains(t[k - 1].key) {
                break
            }
            if let v = verbHere, v.tokens.lowerBound == k, v.entry.type != .withdrawal,
                isPassive(v, t), v.entry.type.changesControl
            {
                // (The passive that took the place: "X and Y were taken after …".)
                k = v.tokens.upperBound
                continue
            }
            // "… after the rebels withdrew", "as ISIL retreated": a withdrawal with no place of its own.
            if Self.leavingWords.contains(t[k].key) || verbHere != nil {
                let withdrew =
                    Self.leavingWords.contains(t[k].key)
                    || verbHere.map { $0.tokens.lowerBound == k && $0.entry.type == .withdrawal && !$0.irrealis }
                        ?? false
                guard withdrew, let a = m.lastActor(endingBy: k), a.tokens.lowerBound > place.tokens.upperBound,
                    a.tokens.upperBound + 1 >= k,
                    (max(0, a.tokens.lowerBound - 2)..<a.tokens.lowerBound).contains(where: {
                        ["after", "as", "when", "once"].contains(t[$0].key)
                    }),
                    // (Not "withdrew from Y", "withdrew to Y": a place of its own.)
                    !(m.firstPlace(startingFrom: k + 1).map { m.places[$0].tokens.lowerBound - k <= 4 } ?? false)
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
        // ('had been "completely liberated"': a quotation mark is no word.)
        let before = (max(0, k - 4)..<k).reversed().filter { t[$0].key != "\"" }.prefix(2)
        for j in before {
            let key = t[j].key
            if Self.passiveAuxiliaries.contains(key) { return true }
            if ![
                "reportedly", "also", "then", "later", "fully", "partially", "eventually", "finally", "quickly",
                "completely", "subsequently", "soon", "largely", "mostly",
            ].contains(key) {
                break
            }
        }
        return false
    }
}
