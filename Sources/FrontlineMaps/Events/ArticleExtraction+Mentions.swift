extension ArticleExtraction {
    /// Words that never start an actor name even when capitalised (sentence openers, prepositions).
    static let actorStops: Set<String> = [
        "the", "on", "in", "by", "from", "and", "also", "however", "according", "within", "after", "before", "a", "an",
        "with", "as", "but", "when", "while", "then", "meanwhile", "later", "government",
    ]

    /// What one sentence's mentions are worked out from, passed `inout` from step to step so that
    /// the token flags and the places found are never copied.
    private struct MentionWork {
        let sentence: Sentence
        let u: [UInt8]
        let t: [Token]
        var m: SentenceMentions
        let scan: CompiledLexicon.Scan
        /// Places found so far, in the order found (sorted at the end).
        var places: [SentenceMentions.Place] = []
        /// Tokens taken by a place (not by an actor or a verb): a list may run through them.
        var isPlace: [Bool]
    }

    /// Finds the sentence's actors, places, verbs and cues.
    mutating func mentions(of sentence: Sentence, bytes u: [UInt8], tokens t: [Token]) -> SentenceMentions {
        var w = MentionWork(
            sentence: sentence, u: u, t: t, m: SentenceMentions(tokens: t), scan: lexicon.scan(t),
            isPlace: [Bool](repeating: false, count: t.count))
        w.m.reachesBack = w.scan.reachesBack
        findActors(&w)
        findHoldingCues(&w)

        // Places: links first (the surest evidence), then names met before, then the gazetteer's hits.
        placesFromLinks(&w)
        placesFromKnownNames(&w)
        placesFromGazetteerSpots(&w)
        placesFromFeatureNames(&w)
        placesAfterPlaceNouns(&w)
        placesAsVerbObjects(&w)
        placesInLists(&w)
        placesAsSubjects(&w)
        placesBeforeKindWords(&w)
        placesFromAnaphora(&w)
        w.places.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        w.m.places = w.places
        w.places = []

        findVerbs(&w)
        shareListFlags(&w)
        return w.m
    }

    /// Actors come first: the words they take are no place, and a victim named is never an agent.
    private func findActors(_ w: inout MentionWork) {
        let (t, u) = (w.t, w.u)
        // Actors, longest phrase first; a capitalised qualifier before one joins it ("Syrian air force").
        // A possessive names its actor too ("the army's 67th Brigade", "in ISIL's hands").
        var ta = t
        for k in ta.indices where ta[k].key.hasSuffix("'s") && ta[k].key.count > 2 { ta[k].key.removeLast(2) }
        var i = 0
        while i < t.count {
            guard let a = sides.actors.match(at: i, in: ta), isWritten(a.tokens, u, t) else { i += 1; continue }
            var lo = a.tokens.lowerBound
            // ("After X the army": an article opens a phrase of its own.)
            while lo > 0, t[lo].key != "the", t[lo - 1].kind == .word, t[lo - 1].isCapitalised,
                !Self.actorStops.contains(t[lo - 1].key),
                DateParser.months[t[lo - 1].key] == nil
            {
                lo -= 1
            }
            let hi = a.tokens.upperBound
            if var last = w.m.actors.last, last.side == a.payload, last.tokens.upperBound == lo {
                last.tokens = last.tokens.lowerBound..<hi
                last.text = text(u, t, last.tokens)
                w.m.actors[w.m.actors.count - 1] = last
            } else {
                w.m.actors.append(.init(tokens: lo..<hi, side: a.payload, text: text(u, t, lo..<hi)))
            }
            i = hi
        }
        // "nearly 120 soldiers and militiamen were killed": victims, never the agent of a later verb.
        for a in w.m.actors { for k in a.tokens { w.m.occupied[k] = true } }
        w.m.actors.removeAll { isVictim($0.tokens, t) }
        for (n, a) in w.m.actors.enumerated() { w.m.actorStartingAt[a.tokens.lowerBound] = n }
    }

    /// "in rebel hands", "ISIL-held": who held a place, said beside it rather than by a verb.
    private func findHoldingCues(_ w: inout MentionWork) {
        let (t, u) = (w.t, w.u)
        // "X had been in rebel hands", "Y remained under ISIL control": who held the place named before.
        for a in w.m.actors {
            var before = a.tokens.lowerBound - 1
            if before >= 0, t[before].key == "the" { before -= 1 }
            guard before >= 0, t[before].key == "in" || t[before].key == "under" else { continue }
            let last = t[a.tokens.upperBound - 1].key
            let next = a.tokens.upperBound < t.count ? t[a.tokens.upperBound].key : ""
            if ["hands", "control"].contains(next) || last.hasSuffix("control") || last.hasSuffix("hands") {
                w.m.heldBefore.append((before, a.side, a.text))
            }
        }
        // "in government hands", "under regime control": a role word that names a side only as its
        // forces' adjective.
        for k in t.indices.dropLast(2)
        where (t[k].key == "in" || t[k].key == "under") && t[k + 1].kind == .word && !w.m.occupied[k + 1] {
            guard ["hands", "control"].contains(t[k + 2].key),
                let side = sides.side(of: String(decoding: u[t[k + 1].range], as: UTF8.self) + " forces")
            else { continue }
            w.m.heldBefore.append((k, side, String(decoding: u[t[k + 1].range], as: UTF8.self)))
        }
        // "ISIL-held", "the rebel-held town of": the actor glued to a word of holding.
        for k in t.indices where t[k].kind == .word && !w.m.occupied[k] {
            guard let cut = Self.heldSuffixes.first(where: { t[k].key.hasSuffix($0) }) else { continue }
            let r = t[k].range
            let prefix = String(decoding: u[r.lowerBound..<(r.upperBound - cut.utf8.count)], as: UTF8.self)
            // ("government-held": a role word alone, as its forces are named.)
            if let side = sides.side(of: prefix) ?? sides.side(of: prefix + " forces"),
                !sides.acronyms.contains(SideMatcher.key(prefix)) || prefix == prefix.uppercased()
            {
                w.m.heldBy.append((k, side))
            }
        }
    }

    /// A link is the surest evidence of a place, so links take their words before any other reading.
    private mutating func placesFromLinks(_ w: inout MentionWork) {
        let (t, u, sentence) = (w.t, w.u, w.sentence)
        for link in sentence.links {
            guard let r = link.range, let tr = SentenceMentions.tokenRange(of: r, in: t) else { continue }
            if tr.contains(where: { w.m.occupied[$0] }) || sideLinkPages.contains(link.page) { continue }
            let info = resolve(PlaceQuery(name: link.text, linkPage: link.page))
            // A link to an organisation ("Syrian Observatory for Human Rights", "UN Security Council")
            // that no gazetteer record matches names no place.
            if info.record == nil, Self.namesOrganisation(link.text + " " + link.page) { continue }
            if known.match(at: 0, in: Tokenizer.tokens(Array(link.text.utf8))) == nil { known.add(link.text, info) }
            var p = place(tr, info, u, t)
            // ("the [X crossing](…)": a link whose words name a feature is a place, known or not.)
            p.unresolvedLink = info.record == nil && !Self.namesFeature(tr, t)
            w.places.append(p)
            for k in tr { w.m.occupied[k] = true; w.isPlace[k] = true }
        }
    }

    /// A name met before (linked or listed) is that place again, however the gazetteer would read it.
    private func placesFromKnownNames(_ w: inout MentionWork) {
        let (t, u) = (w.t, w.u)
        var i = 0
        while i < t.count {
            if !w.m.occupied[i], let hit = known.match(at: i, in: t), !hit.tokens.contains(where: { w.m.occupied[$0] })
            {
                w.places.append(place(hit.tokens, hit.payload, u, t))
                for k in hit.tokens { w.m.occupied[k] = true; w.isPlace[k] = true }
                i = hit.tokens.upperBound
            } else {
                i += 1
            }
        }
    }

    /// The gazetteer finds the names no link marks; outlets, bodies and longer names must not pass for
    /// the short records inside them.
    private mutating func placesFromGazetteerSpots(_ w: inout MentionWork) {
        let (t, u, sentence) = (w.t, w.u, w.sentence)
        for spot in resolver.spot(in: sentence.text) {
            guard var tr = SentenceMentions.tokenRange(of: spot.range, in: t),
                !tr.contains(where: { w.m.occupied[$0] }),
                spot.range.upperBound <= u.count, u[spot.range].contains(where: { $0 >= 65 && $0 <= 90 })
            else { continue }
            // "AFP announced", "al-X TV reported": an acronym in capitals, or a name that speaks, is a
            // news outlet or a body, not a place.
            if spot.range.count <= 6, !u[spot.range].contains(where: { $0 >= 97 && $0 <= 122 }) { continue }
            if speaks(after: tr.upperBound, t) { continue }
            var info: PlaceInfo
            // A spot inside a longer name ("Bir X", "X Y" where only X is a record somewhere) is that
            // longer name: a short record must not stand for it, whether or not the longer one resolves.
            // (Only a spot that is whole words: "the X-Y road" is a road between two towns.)
            let whole =
                t[tr.lowerBound].range.lowerBound == spot.range.lowerBound
                && t[tr.upperBound - 1].range.upperBound == spot.range.upperBound
            if whole, let wide = Self.widenedName(tr, t, w.m.occupied) {
                let name = text(u, t, wide.tokens)
                // "the X Military Council", "the X Governor": a body or an office named after a town.
                if Self.namesOrganisation(name) { continue }
                let wideInfo = resolve(PlaceQuery(name: name), preferTown: false)
                if wideInfo.record != nil || wide.feature {
                    (tr, info) = (wide.tokens, wideInfo)
                } else {
                    info = resolve(PlaceQuery(name: text(u, t, tr)), preferTown: !followedByAreaNoun(tr, t))
                }
            } else if tr.upperBound < t.count, ["city", "town"].contains(t[tr.upperBound].key) {
                // "X city": the settlement, not the governorate of the same name.
                let written = text(u, t, tr)
                info = resolve(PlaceQuery(name: text(u, t, tr.lowerBound..<(tr.upperBound + 1))), preferTown: true)
                if info.record == nil { info = resolve(PlaceQuery(name: written), preferTown: true) }
                info.name = written
            } else {
                let written = String(decoding: u[spot.range], as: UTF8.self)
                info = resolve(PlaceQuery(name: written), preferTown: !followedByAreaNoun(tr, t))
            }
            // Not remembered in `known`: the gazetteer spots it again, and "Hama province" / "Hama city"
            // must stay two different places.
            guard info.record != nil || tr.count > 1 else { continue }
            w.places.append(place(tr, info, u, t))
            for k in tr { w.m.occupied[k] = true; w.isPlace[k] = true }
        }
    }

    /// Hills, dams and points are fought over though seldom in the gazetteer; losing them would lose
    /// the fight.
    private mutating func placesFromFeatureNames(_ w: inout MentionWork) {
        let (t, u) = (w.t, w.u)
        // A feature named by its kind ("X hill", "the X Dam", "Jabal X", "Point 123"):
        // a place of its own, resolved as a feature (the resolver gives it a record of that kind, or
        // none) and kept unresolved rather than lost.
        var f = 0
        while f < t.count {
            guard !w.m.occupied[f] else { f += 1; continue }
            var name: Range<Int>?
            if Self.featurePrefixes.contains(t[f].key), t[f].isCapitalised, f + 1 < t.count, !w.m.occupied[f + 1],
                t[f + 1].kind == .number || t[f + 1].isCapitalised
                    || Self.namePrefixes.contains(where: { t[f + 1].key.hasPrefix($0) })
            {
                var e = f + 2
                while e < t.count, e - f < 4, !w.m.occupied[e], t[e].kind == .word,
                    t[e].isCapitalised || Self.namePrefixes.contains(where: { t[e].key.hasPrefix($0) }),
                    DateParser.months[t[e].key] == nil
                { e += 1 }
                name = f..<e
            } else if t[f].kind == .word, t[f].isCapitalised, !Self.actorStops.contains(t[f].key),
                DateParser.months[t[f].key] == nil,
                DateParser.weekdays[t[f].key] == nil
            {
                var e = f + 1
                while e < t.count, e - f < 3, !w.m.occupied[e], t[e].kind == .word, t[e].isCapitalised,
                    !Self.featureNouns.contains(t[e].key)
                { e += 1 }
                if e < t.count, !w.m.occupied[e], Self.featureNouns.contains(t[e].key), f > 0 || e > f {
                    name = f..<(e + 1)
                }
            }
            guard let r = name, !r.contains(where: { w.m.occupied[$0] }), !Self.namesOrganisation(text(u, t, r)) else {
                f += 1; continue
            }
            let info = resolve(PlaceQuery(name: text(u, t, r)), preferTown: false)
            w.places.append(place(r, info, u, t))
            for k in r { w.m.occupied[k] = true; w.isPlace[k] = true }
            f = r.upperBound
        }
    }

    /// "the town of X" makes X a place even when no gazetteer knows it.
    private mutating func placesAfterPlaceNouns(_ w: inout MentionWork) {
        let (t, u) = (w.t, w.u)
        // A name the gazetteer does not know still is a place after "the town of" (and in its list):
        // kept, unresolved, rather than lost.
        var k0 = 0
        while k0 + 2 < t.count {
            defer { k0 += 1 }
            guard Self.placeNouns.contains(t[k0].key), t[k0 + 1].key == "of" else { continue }
            var k = k0 + 2
            while k < t.count {
                guard let name = nameTokens(at: k, t, w.m.occupied), !Self.peoples.contains(t[name.lowerBound].key)
                else {
                    break
                }
                let info = resolve(PlaceQuery(name: text(u, t, name)), preferTown: !followedByAreaNoun(name, t))
                known.add(info.name, info)
                w.places.append(place(name, info, u, t))
                for j in name { w.m.occupied[j] = true; w.isPlace[j] = true }
                k = name.upperBound
                // Skip places already found (links, known names) inside the same list.
                while k < t.count, w.m.occupied[k] || t[k].key == "," || t[k].key == "and" || t[k].key == "or" {
                    if w.m.occupied[k], !w.isPlace[k] { break }
                    k += 1
                }
            }
        }
    }

    /// The object of a verb of control or a strike is a place, known or not, or the event would be lost.
    private mutating func placesAsVerbObjects(_ w: inout MentionWork) {
        let (t, u, scan) = (w.t, w.u, w.scan)
        // A name the gazetteer does not know is still a place as the object of a verb of control
        // ("troops entered X") or in a list with a place ("took Y and X"): kept, unresolved.
        // ("struck a landmine on X": a strike's place after "on", "in" or "at".)
        for v in scan.verbs
        where v.entry.type.changesControl || [.held, .attack].contains(v.entry.type)
            || Self.violence.contains(v.entry.type)
        {
            var k = v.tokens.upperBound
            // ("attacked X": an assault's direct object is its place too.)
            let j = k < t.count && t[k].key == "the" ? k + 1 : k
            let direct =
                v.entry.type == .attack && j < t.count && t[j].isCapitalised
                && !t[j].key.hasSuffix("-held") && !t[j].key.hasSuffix("-controlled")
            if Self.violence.contains(v.entry.type) || (v.entry.type == .attack && !direct) {
                // ("were executed the same morning in X": time words may come first; "attacked the
                // Kurdish-held border post at X": so may the site hit, and who held it.)
                while k < t.count, k - v.tokens.upperBound < 6, !["on", "in", "at"].contains(t[k].key),
                    lexicon.filler.contains(t[k].key) || Self.siteNouns.contains(t[k].key)
                        || t[k].key.hasSuffix("-held") || t[k].key.hasSuffix("-controlled")
                { k += 1 }
                guard k < t.count, ["on", "in", "at"].contains(t[k].key) else { continue }
                k += 1
            }
            if k < t.count, t[k].key == "the" { k += 1 }
            guard !v.tokens.contains(where: { w.m.occupied[$0] }), let name = plainName(at: k, t, w.m, scan) else {
                continue
            }
            let info = resolve(PlaceQuery(name: text(u, t, name)), preferTown: true)
            learn(info)
            w.places.append(place(name, info, u, t))
            for j in name { w.m.occupied[j] = true; w.isPlace[j] = true }
        }
        // ("they were in full control of both X and Y": so is the object of a verb of holding.)
        for cue in scan.holds where !cue.contains(where: { w.m.occupied[$0] }) {
            var k = cue.upperBound
            while k < t.count, k - cue.upperBound < 3, ["both", "the", "all", "of"].contains(t[k].key) { k += 1 }
            guard let name = plainName(at: k, t, w.m, scan) else { continue }
            let info = resolve(PlaceQuery(name: text(u, t, name)), preferTown: true)
            learn(info)
            w.places.append(place(name, info, u, t))
            for j in name { w.m.occupied[j] = true; w.isPlace[j] = true }
        }
    }

    /// A name the text has used as a place, and the gazetteer resolved, is that place again when it
    /// comes back bare ("X remained in rebel hands. … took positions near X"), though the gazetteer's
    /// spotter, which reads exact spellings only, would miss it.
    private mutating func learn(_ info: PlaceInfo) {
        guard info.record != nil else { return }
        let tokens = Tokenizer.tokens(Array(info.name.utf8))
        if known.match(at: 0, in: tokens) == nil { known.add(info.name, info) }
    }

    /// A name listed with a place is one too ("took Y and X"): a list shares its kind.
    private mutating func placesInLists(_ w: inout MentionWork) {
        let (t, u, scan) = (w.t, w.u, w.scan)
        var listed = 0
        w.places.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        while listed < w.places.count {
            defer { listed += 1 }
            var k = w.places[listed].tokens.upperBound
            var gap = 0
            while k < t.count, gap < 2, [",", "and", "or"].contains(t[k].key) { k += 1; gap += 1 }
            guard gap > 0,
                !(gap == 2 && t[k - 2].key == "," && t[k - 1].key == "and" && k + 1 < t.count
                    && scan.verbs.contains { $0.tokens.lowerBound == k + 1 }),
                let name = plainName(at: k, t, w.m, scan)
            else { continue }
            let info = resolve(PlaceQuery(name: text(u, t, name)), preferTown: true)
            learn(info)
            w.places.insert(place(name, info, u, t), at: listed + 1)
            for j in name { w.m.occupied[j] = true; w.isPlace[j] = true }
        }
    }

    /// A resolvable subject of a verb of control is a place the gazetteer's spotter missed.
    private mutating func placesAsSubjects(_ w: inout MentionWork) {
        let (t, u, scan) = (w.t, w.u, w.scan)
        // "X, further east, remained in rebel hands", "X was taken on 10 March": the subject of a verb of
        // control or holding is a place when the resolver knows it (a spelling the gazetteer's spotter
        // missed); an unknown subject is more often a person, and is left alone.
        for k in t.indices
        where !w.m.occupied[k] && t[k].isCapitalised
            && (k == 0 || [",", "and", "but", "while", ";"].contains(t[k - 1].key))
        {
            guard let name = plainName(at: k, t, w.m, scan), !name.contains(where: { w.m.occupied[$0] }) else {
                continue
            }
            let verb = scan.verbs.first { $0.tokens.lowerBound >= name.upperBound }
            let hold = scan.holds.first { $0.lowerBound >= name.upperBound }
            let cue = [verb.flatMap { $0.entry.type.changesControl || $0.entry.type == .held ? $0.tokens : nil }, hold]
                .compactMap { $0 }
                .min { $0.lowerBound < $1.lowerBound }
            guard let cue, verb.map({ $0.tokens.lowerBound >= cue.lowerBound }) ?? true,
                cue.lowerBound - name.upperBound <= 8,
                !(name.upperBound..<cue.lowerBound).contains(where: { w.m.occupied[$0] })
            else { continue }
            let info = resolve(PlaceQuery(name: text(u, t, name)), preferTown: true)
            guard info.record != nil else { continue }
            learn(info)
            w.places.append(place(name, info, u, t))
            for j in name { w.m.occupied[j] = true; w.isPlace[j] = true }
        }
    }

    /// "Jib X village": a name the gazetteer lacks is a place when its kind follows it.
    private mutating func placesBeforeKindWords(_ w: inout MentionWork) {
        let (t, u, scan) = (w.t, w.u, w.scan)
        // "captured Jib X village south of Y": a name the gazetteer lacks, with the kind of place after it.
        for k in t.indices where !w.m.occupied[k] && t[k].isCapitalised && (k == 0 || !w.m.occupied[k - 1]) {
            guard let name = plainName(at: k, t, w.m, scan), name.upperBound < t.count,
                ["village", "town", "hamlet"].contains(t[name.upperBound].key),
                !name.contains(where: { w.m.occupied[$0] }), k > 0
            else { continue }
            let info = resolve(PlaceQuery(name: text(u, t, name)), preferTown: true)
            w.places.append(place(name, info, u, t))
            for j in name { w.m.occupied[j] = true; w.isPlace[j] = true }
        }
    }

    /// "the town", "it", "there" stand for a place named before, which events must still reach.
    private func placesFromAnaphora(_ w: inout MentionWork) {
        let (t, u, scan) = (w.t, w.u, w.scan)
        for hit in scan.anaphora where !hit.contains(where: { w.m.occupied[$0] }) {
            // "retook it", "raised the flag there": a pronoun is a place only as the object of a verb of
            // control ("there were clashes" names none).
            let pronoun = hit.count == 1 && ["it", "there"].contains(t[hit.lowerBound].key)
            if pronoun,
                !scan.verbs.contains(where: { $0.tokens.upperBound == hit.lowerBound && $0.entry.type.changesControl })
            {
                continue
            }
            // "the town of X" names X; "the town's" and "the town" before a name are not anaphora.
            if hit.upperBound < t.count, t[hit.upperBound].key == "of" || w.m.occupied[hit.upperBound] { continue }
            if t[hit.upperBound - 1].key.hasSuffix("'s") { continue }
            // "the city" is the last city named, whatever happened there; other words the last place
            // where something happened.
            let isCity = t[hit.upperBound - 1].key == "city" || (hit.count > 1 && t[hit.lowerBound + 1].key == "city")
            // "pushed up to X and entered it": "it" is the place named just before, in the sentence.
            let before =
                pronoun
                ? w.places.filter({ $0.tokens.upperBound <= hit.lowerBound })
                    .max(by: { $0.tokens.lowerBound < $1.tokens.lowerBound })?.info : nil
            guard var target = before ?? (isCity ? (lastCity ?? lastTarget) : (lastNamed ?? lastTarget)) else {
                continue
            }
            // The town an article is about ("the siege of X") is what "the town" means, unless the
            // narrative has moved to a place named as often, or the sentence before took a place.
            if t[hit.lowerBound].key == "the", !hit.contains(where: { t[$0].key == "same" }), lastTargetAge > 1,
                let (main, count) = mentionCounts.max(by: { ($0.value.1, $1.key) < ($1.value.1, $0.key) }).map({
                    ($0.value.0, $0.value.1)
                }),
                count >= 3, count >= 2 * (mentionCounts[target.record?.id ?? ""]?.1 ?? 0)
            {
                target = main
            }
            var p = place(hit, target, u, t)
            p.anaphor = true
            p.weakAnaphor = (hit.count == 2 && t[hit.lowerBound].key == "the") || pronoun
            w.places.append(p)
            for k in hit { w.m.occupied[k] = true }
        }
    }

    /// Verbs are found after places and actors, so that words already taken are no verb, and an
    /// irrealis scope cancels what it covers.
    private func findVerbs(_ w: inout MentionWork) {
        let (t, scan) = (w.t, w.scan)
        // Verbs, and the irrealis scopes that cancel them (up to the next comma or clause break).
        w.m.clauseBreaks = scan.clauseBreaks
        for k in scan.clauseBreaks { w.m.isClauseBreak[k] = true }
        w.m.numberClauses()
        let irrealis = scan.irrealisMask(t)
        for hit in scan.verbs where !hit.tokens.contains(where: { w.m.occupied[$0] && !isActorToken($0, w.m) }) {
            // ("captured two soldiers near X": people taken, not ground; no event of control.)
            let captive =
                [.capture, .recapture].contains(hit.entry.type)
                && lexicon.takesCaptive(hit.tokens, t, isPlace: { w.m.occupied[$0] && !isActorToken($0, w.m) })
            w.m.verbs.append(
                .init(tokens: hit.tokens, entry: hit.entry, irrealis: irrealis[hit.tokens.lowerBound] || captive))
        }
        for v in w.m.verbs { for k in v.tokens { w.m.occupied[k] = true } }
        w.m.certainty = scan.certainty
        w.m.baselineCues = scan.baseline
        w.m.holdCues = scan.holds
        w.m.repulses = scan.repulses
    }

    /// A list shares its head's role: "from X and Y" are both origins.
    private func shareListFlags(_ w: inout MentionWork) {
        let t = w.t
        // Lists share the flags of their head: "from X and Y" are both origins.
        var k = 1
        while k < w.m.places.count {
            if chained(w.m.places[k - 1], w.m.places[k], t) {
                w.m.places[k].origin = w.m.places[k].origin || w.m.places[k - 1].origin
                w.m.places[k].locator = w.m.places[k].locator || w.m.places[k - 1].locator
            }
            k += 1
        }
    }

    /// Peoples and faiths, capitalised in English but never a place ("a town of Sunni Muslims").
    static let peoples: Set<String> = [
        "sunni", "shia", "shiite", "alawite", "alawites", "christian", "christians", "muslim",
        "muslims", "druze", "kurds", "kurdish", "arabs", "arab", "turkmen", "armenians", "assyrians",
        "ismailis", "yazidis", "bedouin",
    ]

    /// Words that make a name an organisation, a unit or a body rather than a place.
    static let organisationWords: Set<String> = [
        "observatory", "council", "organisation", "organization", "agency", "ministry", "committee", "commission",
        "brigade", "brigades", "battalion", "regiment", "division", "army", "forces", "front", "party", "movement",
        "legion", "units", "union", "nations", "resolution", "news", "network", "office", "institute", "court",
        "group", "operations", "room", "liwa", "jaysh", "jabhat", "faylaq", "harakat", "kataib", "government",
    ]

    static func namesOrganisation(_ text: String) -> Bool {
        Tokenizer.tokens(Array(text.utf8)).contains { organisationWords.contains($0.key) }
    }

    static let peopleNouns: Set<String> = [
        "fighters", "soldiers", "troops", "militants", "members", "militiamen", "men",
        "personnel", "officers", "commanders", "gunmen", "jihadists", "rebels",
    ]

    static let victimVerbs: Set<String> = [
        "killed", "wounded", "injured", "executed", "dead", "died", "slain", "beheaded",
    ]

    /// An actor followed by "were killed", "died", "dead": counted among the casualties.
    func isVictim(_ r: Range<Int>, _ t: [Token]) -> Bool {
        var k = r.upperBound
        // "soldiers and militiamen were killed": a list of actors shares its verb.
        while k + 1 < t.count, t[k].key == "and" || t[k].key == ",", k + 1 < t.count, t[k + 1].kind == .word,
            t[k + 1].key != "were", t[k + 1].key != "was"
        {
            k += 2
        }
        // "SDF fighters were killed": a word for the people of the side may follow its name.
        if k < t.count, Self.peopleNouns.contains(t[k].key) { k += 1 }
        var aux = 0
        while k < t.count, aux < 2, ["were", "was", "had", "have", "been", "being", "reportedly"].contains(t[k].key) {
            k += 1; aux += 1
        }
        guard k < t.count, Self.victimVerbs.contains(t[k].key) else { return false }
        return aux > 0 || ["died", "dead"].contains(t[k].key)
    }

    /// Words that name a feature after its name ("X hill", "X Dam"): the one-word feature words of
    /// `PlaceNameForm`, of the kinds a side can hold (not roads, rivers, quarters or buildings).
    static let featureNouns: Set<String> = Set(
        PlaceNameForm.trailingFeatures.compactMap { pattern, kind in
            pattern.count == 1 && ![.road, .water, .quarter, .square, .building, .hospital].contains(kind)
                ? pattern[0] : nil
        })
    /// Every one-word feature word of `PlaceNameForm` ("X Triangle", "X Citadel" name a landmark, not X).
    static let landmarkNouns: Set<String> = Set(
        PlaceNameForm.trailingFeatures.compactMap { $0.0.count == 1 ? $0.0[0] : nil })
    /// Words before a name: `PlaceNameForm`'s feature words ("Jabal X", "Point 123") and the Arabic words
    /// that open a place's name ("Bir", "Khirbet", "Kafr", "Deir", "Umm"): a capitalised name after one
    /// is a place even when no gazetteer record holds it.
    static let featurePrefixes: Set<String> = Set(PlaceNameForm.leadingFeatures.keys).union([
        "bir", "ain", "ayn", "khirbet", "khirbat", "kafr", "deir", "dayr", "beit", "bayt", "umm", "jisr", "qasr",
        "hawsh", "marj",
        "wadi", "ras", "maarat", "qalaat", "mazraat", "tel",
    ])

    static let heldSuffixes = ["-held", "-controlled", "-besieged"]

    /// An acronym matches only as written in capitals ("SDF", not "sdf" inside a sentence's words).
    func isWritten(_ r: Range<Int>, _ u: [UInt8], _ t: [Token]) -> Bool {
        guard r.count == 1, sides.acronyms.contains(t[r.lowerBound].key) else { return true }
        return !u[t[r.lowerBound].range].contains { $0 >= 97 && $0 <= 122 }
    }

    /// Acronyms the article defines after an actor's name ("the Syrian Democratic Forces (SDF)"), read
    /// from every sentence (the lead included) before any event, so later sentences know them.
    mutating func learnAcronyms() {
        for sentence in article.sentences {
            let u = Array(sentence.text.utf8)
            let t = Tokenizer.tokens(u)
            var i = 0
            while i < t.count {
                guard let a = sides.actors.match(at: i, in: t), isWritten(a.tokens, u, t) else { i += 1; continue }
                let k = a.tokens.upperBound
                if k + 2 < t.count, t[k].key == "(", t[k + 2].key == ")", t[k + 1].kind == .word {
                    let word = String(decoding: u[t[k + 1].range], as: UTF8.self)
                    if (2...6).contains(word.count), word.allSatisfy({ $0.isUppercase || $0 == "-" }),
                        sides.side(of: word) == nil
                    {
                        sides.define(acronym: word, side: a.payload)
                    }
                }
                i = k
            }
        }
    }

    static let distanceUnits: Set<String> = [
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres",
        "meters", "m",
    ]

    /// High ground a place is named as ("the hilltop of X"), which an advance may set out from.
    static let heightNouns: Set<String> = ["hilltop", "hill", "heights", "summit", "peak", "mount"]
    static let placeNouns: Set<String> = [
        "town", "towns", "village", "villages", "city", "cities", "hamlet", "hamlets", "suburb", "suburbs",
    ]
    static let namePrefixes = ["al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ad-", "adh-", "ath-"]

    /// One to three capitalised words not yet taken ("Mughir", "Tell Abyad", "al-Tleisa").
    private func nameTokens(at k: Int, _ t: [Token], _ occupied: [Bool]) -> Range<Int>? {
        func isName(_ tok: Token) -> Bool {
            tok.kind == .word
                && (tok.isCapitalised
                    || Self.namePrefixes.contains { tok.key.hasPrefix($0) && tok.key.count > $0.count })
                && DateParser.months[tok.key] == nil
        }
        var j = k
        while j < t.count, j - k < 3, !occupied[j], isName(t[j]) { j += 1 }
        return j > k ? k..<j : nil
    }

    /// A feature word opens or closes the name ("Tal X", "X crossing").
    static func namesFeature(_ r: Range<Int>, _ t: [Token]) -> Bool {
        featurePrefixes.contains(t[r.lowerBound].key) || landmarkNouns.contains(t[r.upperBound - 1].key)
    }

    /// Verbs of speech: a name followed by one is a source ("al-X TV reported").
    static let speechVerbs: Set<String> = [
        "reported", "said", "announced", "claimed", "stated", "quoted", "reports", "says",
        "claims", "announces", "denied", "confirmed", "broadcast", "published", "tweeted",
        "called", "dismissed", "rejected", "accused", "blamed", "insisted", "warned",
    ]

    /// A verb of speech right after a name, or after a list of names ending there ("X and Y
    /// denied").
    func speaks(after end: Int, _ t: [Token]) -> Bool {
        var k = end
        while k < t.count, k - end < 5,
            t[k].key == "," || t[k].key == "and" || (t[k].kind == .word && t[k].isCapitalised)
        { k += 1 }
        return k < t.count && Self.speechVerbs.contains(t[k].key)
    }

    /// Demonyms: capitalised, and the start of an actor ("Turkish troops"), never of a place.
    static let demonyms: Set<String> = [
        "syrian", "turkish", "russian", "iranian", "iraqi", "american", "israeli", "jordanian",
        "lebanese", "british", "french", "saudi", "qatari", "afghan", "chechen", "pro-government",
        "anti-government", "opposition", "government", "regime", "state", "islamic",
    ]

    static let quarterNouns: Set<String> = [
        "district", "districts", "neighbourhood", "neighborhood", "neighbourhoods", "neighborhoods",
        "quarter", "quarters", "area", "areas", "countryside", "suburb", "suburbs",
    ]

    /// Words of a title after a town's name ("the X Governor"): a person, not a place.
    static let titleWords: Set<String> = [
        "governor", "mayor", "commander", "president", "minister", "chief", "spokesman",
    ]

    /// A place's name around a gazetteer spot: an Arabic or feature word before it ("Bir", "Tal"), and
    /// capitalised words or "al-" words after it, up to two. `feature` when a feature word is part of
    /// it: then it is a feature's name even when no record holds it.
    static func widenedName(_ tr: Range<Int>, _ t: [Token], _ occupied: [Bool]) -> (tokens: Range<Int>, feature: Bool)?
    {
        var lo = tr.lowerBound, hi = tr.upperBound
        var feature = Self.featurePrefixes.contains(t[lo].key) && t[lo].isCapitalised
        if lo > 0, !occupied[lo - 1], t[lo - 1].isCapitalised, Self.featurePrefixes.contains(t[lo - 1].key) {
            lo -= 1
            feature = true
        }
        while hi < t.count, hi - tr.upperBound < 2, !occupied[hi], t[hi].kind == .word {
            let key = t[hi].key
            let prefixed = Self.namePrefixes.contains { key.hasPrefix($0) && key.count > $0.count }
            guard t[hi].isCapitalised || prefixed, DateParser.months[key] == nil, DateParser.weekdays[key] == nil,
                !Self.actorStops.contains(key), !Self.areaNouns.contains(key), !Self.placeNouns.contains(key),
                !Self.peoples.contains(key), !Self.demonyms.contains(key)
            else { break }
            // "X al-Balad", "X al-Kabir": an Arabic article binds the word to the name.
            if Self.landmarkNouns.contains(key) || prefixed { feature = true }
            if Self.titleWords.contains(key) { feature = false }
            hi += 1
            if t[hi - 1].key.hasSuffix("'s") { break }
        }
        // "the X oil field", "the X dam": a feature word in lower case after the name.
        if !t[hi - 1].key.hasSuffix("'s") {
            for (pattern, kind) in PlaceNameForm.trailingFeatures where kind != .water && hi + pattern.count <= t.count
            {
                if (0..<pattern.count).allSatisfy({ !occupied[hi + $0] && t[hi + $0].key == pattern[$0] }) {
                    hi += pattern.count
                    feature = true
                    break
                }
            }
        }
        return lo < tr.lowerBound || hi > tr.upperBound ? (lo..<hi, feature) : nil
    }

    /// A capitalised name at `k` that nothing else took and that cannot be an actor, a people, a month
    /// or a body: one to three words, not followed by "'s".
    func plainName(at k: Int, _ t: [Token], _ m: SentenceMentions, _ scan: CompiledLexicon.Scan) -> Range<Int>? {
        guard k < t.count, let name = nameTokens(at: k, t, m.occupied) else { return nil }
        let first = t[name.lowerBound].key
        guard !Self.actorStops.contains(first), !Self.peoples.contains(first), !Self.demonyms.contains(first),
            DateParser.weekdays[first] == nil, !name.contains(where: { t[$0].key.hasSuffix("'s") }),
            !Self.namesOrganisation(name.map { t[$0].key }.joined(separator: " ")),
            !name.contains(where: {
                Self.titleWords.contains(t[$0].key) || Self.placeNouns.contains(t[$0].key)
                    || Self.areaNouns.contains(t[$0].key)
            }),
            !scan.verbs.contains(where: { $0.tokens.overlaps(name) })
        else { return nil }
        // "the X district of Y": a quarter of the place named after it, which carries the event.
        if name.upperBound < t.count,
            t[name.upperBound].key == "'s" || Self.quarterNouns.contains(t[name.upperBound].key)
        {
            return nil
        }
        return name
    }

    /// "Hama province", "Idlib Governorate": the name is the area's.
    private func followedByAreaNoun(_ r: Range<Int>, _ t: [Token]) -> Bool {
        r.upperBound < t.count && ArticleExtraction.areaNouns.contains(t[r.upperBound].key)
    }

    private func isActorToken(_ k: Int, _ m: SentenceMentions) -> Bool {
        m.actors.contains { $0.tokens.contains(k) }
    }

    static let listWords: Set<String> = [",", "and", "or", "including", "as", "well", "together", "along", "with"]

    /// Two places are one list when only commas, "and", "or", "including" stand between them, or a
    /// list word then filler ("X and the nearby village of Y").
    func chained(_ a: SentenceMentions.Place, _ b: SentenceMentions.Place, _ t: [Token]) -> Bool {
        guard a.tokens.upperBound <= b.tokens.lowerBound else { return false }
        let gap = a.tokens.upperBound..<b.tokens.lowerBound
        if gap.isEmpty { return true }
        // ("captured X, one of the first towns to revolt, together with Y": an apposition, then the list
        // goes on.)
        if gap.count <= 16, t[gap.lowerBound].key == "," {
            let keys = gap.map { t[$0].key }
            if [[",", "together", "with"], [",", "along", "with"], [",", "as", "well", "as"]].contains(where: {
                keys.suffix($0.count).elementsEqual($0)
            }), !keys.dropLast(3).contains(";") {
                return true
            }
        }
        guard Self.listWords.contains(t[gap.lowerBound].key), gap.count <= 6 else { return false }
        for k in gap where !Self.listWords.contains(t[k].key) && !lexicon.filler.contains(t[k].key) {
            return false
        }
        return true
    }

    private func place(_ tr: Range<Int>, _ info: PlaceInfo, _ u: [UInt8], _ t: [Token]) -> SentenceMentions.Place {
        // A locator right before the place, with at most "the" between.
        var before = tr.lowerBound
        if before > 0, t[before - 1].key == "the" { before -= 1 }
        var locator = false
        // ("east of the town of X": the locator may stand before the noun the place names.)
        var described = before
        if described >= 3, t[described - 1].key == "of",
            Self.placeNouns.contains(t[described - 2].key) || Self.heightNouns.contains(t[described - 2].key),
            t[described - 3].key == "the"
        {
            described -= 3
        }
        for end in Set([before, described]) where end > 0 {
            for back in 1...min(3, end) {
                if let hit = lexicon.locators.match(at: end - back, in: t), hit.tokens.upperBound == end {
                    locator = true; break
                }
            }
        }
        // "from X and Y", "from the hilltop of X", "by way of X", "via X" (a route is the mover's
        // ground too), but not "10 km from X" (a distance, which locates).
        func setsOut(_ end: Int) -> Bool {
            if end > 0, t[end - 1].key == "from" || t[end - 1].key == "via" { return true }
            return end >= 3 && t[end - 3].key == "by" && t[end - 2].key == "way" && t[end - 1].key == "of"
        }
        // (Through "the town of" only for high ground: "cleared from the towns of X" is the verb's.)
        var origin =
            setsOut(before)
            || (described < before && Self.heightNouns.contains(t[before - 2].key) && setsOut(described))
        if origin, before >= 2, Self.distanceUnits.contains(t[before - 2].key) {
            origin = false
            locator = true
        }
        // "Hama's": the token holding the place's last byte runs on into "'s".
        let lastToken = t[tr.upperBound - 1]
        let possessive = lastToken.key.hasSuffix("'s") || (tr.upperBound < t.count && t[tr.upperBound].key == "'s")
        return .init(tokens: tr, info: info, locator: locator, possessive: possessive, origin: origin, anaphor: false)
    }

    func text(_ u: [UInt8], _ t: [Token], _ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return String(
            decoding: u[t[r.lowerBound].range.lowerBound..<t[r.upperBound - 1].range.upperBound], as: UTF8.self)
    }
}
