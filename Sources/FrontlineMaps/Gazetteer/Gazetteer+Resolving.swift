import Foundation

extension Gazetteer {
    /// Scores: the name match counts most, then the link, then where the article is, then the kind and
    /// size of place and its distance to what the article already placed. See `explain(_:evidence:reasons:)`.
    enum Weight {
        static let link = 0.5
        static let wikipediaTitle = 0.5
        static let linkArea = 0.5
        static let linkAreaMismatch = -0.6
        static let articleGovernorate = 0.3
        static let articleDistrict = 0.1
        static let populatedPlace = 0.15
        static let otherPlace = 0.05
        static let population = 0.1
        static let nearby = 0.2
        static let nearbyKilometres = 25.0
        static let areaKind = 0.4
        static let seat = 0.05
    }

    /// Resolves a written name to one record, or to none: a name that matches no spelling (and is no
    /// plausible misspelling of one) is never guessed, it comes back unresolved with suggestions.
    ///
    /// Candidates come from the name, the link target's base name and the whole link title: exact and
    /// transliteration-variant keys first, the consonant skeleton only when those found nothing in the
    /// area the article or link names, then "District"/"Governorate" names among areas of that kind,
    /// and a misspelling only when nothing at all matched. Each candidate is scored on the link (page
    /// title, base name, disambiguating area), the article's place, feature class, population and the
    /// distance to the places already resolved; the best wins and the runner-up and reasons are kept.
    public func resolve(_ query: PlaceQuery, context: ResolutionContext) -> PlaceResolution {
        let evidence = ResolutionEvidence(query: query, context: context, areas: areas)
        var candidates: [PlaceCandidate] = []
        gather(query.name, isLink: false, evidence: evidence, into: &candidates)
        if let base = evidence.linkBase {
            gather(base, isLink: true, evidence: evidence, into: &candidates)
            if base != query.linkPage, let page = query.linkPage {
                gather(page, isLink: true, skeleton: false, evidence: evidence, into: &candidates)
            }
        }
        if candidates.isEmpty, let kind = evidence.areaKind {
            // "Mhardeh District": the area named without its kind word, among areas of that kind only.
            for text in [evidence.nameWithoutAreaWords, evidence.linkWithoutAreaWords].compactMap({ $0 }) {
                gather(text, isLink: text != evidence.nameWithoutAreaWords, evidence: evidence, into: &candidates)
            }
            candidates.removeAll { records[Int($0.record)].featureCode != kind }
        }
        var nearMisses: [PlaceCandidate] = []
        if candidates.isEmpty {
            nearMisses = fuzzyCandidates(for: [query.name, evidence.linkBase].compactMap { $0 })
            candidates = acceptedMisspellings(nearMisses, evidence: evidence)
        }
        guard !candidates.isEmpty else {
            for i in nearMisses.indices { score(&nearMisses[i], evidence: evidence) }
            nearMisses.sort { $0.score != $1.score ? $0.score > $1.score : $0.record < $1.record }
            let suggestions = nearMisses.prefix(5).map { records[Int($0.record)] }
            let names = suggestions.prefix(3).map { "\($0.name) (\($0.governorate ?? "?"))" }.joined(separator: ", ")
            return PlaceResolution(
                query: query, record: nil, score: 0,
                reason: "no gazetteer name matches '\(query.name)'"
                    + (query.linkPage.map { " or its link '\($0)'" } ?? "")
                    + (names.isEmpty ? "" : "; closest: \(names)"),
                suggestions: suggestions)
        }
        for i in candidates.indices { score(&candidates[i], evidence: evidence) }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.record < $1.record }
        let winner = candidates[0]
        let runnerUp = candidates.count > 1 ? candidates[1] : nil
        return PlaceResolution(
            query: query, record: records[Int(winner.record)], score: winner.score,
            runnerUp: runnerUp.map { records[Int($0.record)] }, runnerUpScore: runnerUp?.score,
            reason: reason(for: winner, evidence: evidence),
            suggestions: candidates.dropFirst().prefix(4).map { records[Int($0.record)] })
    }

    /// Adds the records one text names: exact and variant keys (the variant alone for a bare name that
    /// matched exactly is skipped), then the consonant skeleton when those found nothing in the area the
    /// article or link names.
    func gather(
        _ text: String, isLink: Bool, skeleton: Bool = true, evidence: ResolutionEvidence,
        into candidates: inout [PlaceCandidate]
    ) {
        let keys = NameNormalizer.hashes(of: text)
        guard keys.hasExact else { return }
        var found = add(names.exact.lookup(keys.exact), .exact, isLink, evidence, &candidates)
        // With context, variant spellings compete too (the context can outweigh the spelling, and the
        // runner-up shows the ambiguity); a bare name that matched exactly needs no more.
        if keys.hasVariant && !(found && evidence.isBare) {
            found = add(names.variant.lookup(keys.variant), .variant, isLink, evidence, &candidates) || found
        }
        if !found && skeleton && keys.hasSkeleton {
            _ = add(names.skeleton.lookup(keys.skeleton), .skeleton, isLink, evidence, &candidates)
        }
    }

    /// Adds the records whose consonant skeleton is the text's, whatever the stricter keys found: for
    /// an article whose stricter matches all lie far from its places.
    func gatherSkeleton(_ text: String, evidence: ResolutionEvidence, into candidates: inout [PlaceCandidate]) {
        let keys = NameNormalizer.hashes(of: text)
        guard keys.hasSkeleton else { return }
        _ = add(names.skeleton.lookup(keys.skeleton), .skeleton, false, evidence, &candidates)
    }

    /// Adds, as consonant matches, the records that bear an Arabic-script name of one of the candidates
    /// found so far: the Arabic spelling writes the consonants only, so one Arabic name read with other
    /// vowels ("Shafi'a", "Shufay'a") is one name, whatever Latin spellings the sources list for each.
    func gatherSameArabicName(into candidates: inout [PlaceCandidate]) {
        let found = Set(candidates.filter { $0.nameTier >= .variant }.map(\.record))
        guard !found.isEmpty else { return }
        var keys = Set<UInt64>()
        names.keyBytes.withUnsafeBufferPointer { all in
            for entry in names.keyRecords.indices where found.contains(names.keyRecords[entry]) {
                let start = entry == 0 ? 0 : Int(names.keyEnds[entry - 1])
                let key = UnsafeBufferPointer(rebasing: all[start..<Int(names.keyEnds[entry])])
                if let first = key.first, first >= 0x80 {
                    keys.insert(HashPostings.hash(key, tag: NameIndex.variantTag))
                }
            }
        }
        for key in keys {
            for r in names.variant.lookup(key) where !candidates.contains(where: { $0.record == r }) {
                var c = PlaceCandidate(record: r)
                c.nameTier = .skeleton
                c.sameArabicName = true
                candidates.append(c)
            }
        }
    }

    /// Adds, as loose matches, the places whose main name is this one word followed by more ("X Y" for
    /// "X": a village the sources name with a qualifier or a second hamlet's name), when at most
    /// `firstWordLimit` places' names begin so (a word that begins many names is a head word such as
    /// "Kafr" or "Tall", not a name). For a single word that matched nothing.
    func gatherByFirstWord(_ text: String, into candidates: inout [PlaceCandidate]) {
        guard !text.contains(" "), text.count >= 4 else { return }
        let keys = NameNormalizer.hashes(of: text)
        guard keys.hasVariant, let found = firstWords.value[keys.variant], found.count <= Self.firstWordLimit else {
            return
        }
        for r in found where !candidates.contains(where: { $0.record == r }) {
            var c = PlaceCandidate(record: r)
            c.nameTier = .skeleton
            c.firstWordOnly = true
            candidates.append(c)
        }
    }

    static let firstWordLimit = 2

    /// Records within two edits of any of the texts (the name, the link's base name), nearest first.
    func fuzzyCandidates(for texts: [String]) -> [PlaceCandidate] {
        var found: [PlaceCandidate] = []
        for text in texts {
            var normalizer = NameNormalizer()
            normalizer.normalize(text)
            for m in fuzzy.value.matches(normalizer.variant, maxDistance: 2) {
                if let i = found.firstIndex(where: { $0.record == m.record }) {
                    found[i].nameDistance = min(found[i].nameDistance, m.distance)
                    continue
                }
                var c = PlaceCandidate(record: m.record)
                c.nameTier = .fuzzy
                c.nameDistance = m.distance
                c.keyLength = normalizer.variant.count
                found.append(c)
            }
        }
        return found
    }

    /// A misspelling is accepted only when it is unambiguous: one name within the allowed edits (one for
    /// five letters or more, two for nine or more), and, when the article or link names an area, in it.
    /// Anything looser would be a guess; the name then stays unresolved with suggestions.
    func acceptedMisspellings(_ nearMisses: [PlaceCandidate], evidence: ResolutionEvidence) -> [PlaceCandidate] {
        var matches = nearMisses.filter { c in
            let allowed = c.keyLength >= 9 ? 2 : c.keyLength >= 5 ? 1 : 0
            return c.nameDistance <= allowed
        }
        guard let best = matches.map(\.nameDistance).min() else { return [] }
        matches.removeAll { $0.nameDistance > best }
        if evidence.hasArea {
            matches.removeAll { !evidence.isInArea(facts[Int($0.record)].governorate, facts[Int($0.record)].district) }
        }
        var spellings = Set<UInt64>()
        for m in matches { spellings.insert(NameNormalizer.hashes(of: records[Int(m.record)].name).variant) }
        return spellings.count == 1 ? matches : []
    }

    /// Adds (or upgrades) the candidates of one lookup; true when one of them lies in the area the
    /// article or link names (or when any was found and no area is named).
    private func add(
        _ records: HashPostings.Postings, _ tier: MatchTier, _ isLink: Bool, _ evidence: ResolutionEvidence,
        _ candidates: inout [PlaceCandidate]
    ) -> Bool {
        if candidates.capacity < 8 { candidates.reserveCapacity(8) }
        let before = candidates.count
        var inArea = false
        for r in records {
            // Records found by earlier lookups repeat; within one posting list a record repeats only when a
            // user file or spellings.tsv gave it a name it already had, checked while the list is short.
            let end = candidates.count < 32 ? candidates.count : before
            var index = end == 0 ? nil : candidates[0..<end].firstIndex { $0.record == r }
            if index == nil {
                candidates.append(PlaceCandidate(record: r))
                index = candidates.count - 1
            }
            if isLink {
                candidates[index!].linkTier = max(candidates[index!].linkTier, tier)
            } else {
                candidates[index!].nameTier = max(candidates[index!].nameTier, tier)
            }
            inArea = inArea || !evidence.hasArea || evidence.isInArea(facts[Int(r)].governorate, facts[Int(r)].district)
        }
        return inArea
    }

    /// What a record scores before any name or context: its kind of place and its size. Computed once
    /// per record at load, since every resolution weighs it for every candidate.
    static func prior(of r: GazetteerRecord) -> Double {
        var s = 0.0
        switch (r.featureClass, r.featureCode) {
        case ("P", "PPLQ"), ("P", "PPLH"), ("P", "PPLW"): s += Weight.otherPlace
        case ("P", let code?) where code.hasPrefix("PPLA") || code == "PPLC": s += Weight.populatedPlace + Weight.seat
        case ("P", _), (nil, _): s += Weight.populatedPlace
        case ("A", _): break
        default: s += Weight.otherPlace
        }
        if r.population > 0 { s += Weight.population * min(1, log10(1 + Double(r.population)) / 6) }
        return s
    }

    /// Scores one candidate (numbers only: reasons are written for the winner alone, see `reasons`).
    func score(_ c: inout PlaceCandidate, evidence: ResolutionEvidence) {
        c.score = (explain(c, evidence: evidence, reasons: nil) * 1000).rounded() / 1000
    }

    /// Why a candidate scored what it did, in words, "; "-separated.
    func reason(for c: PlaceCandidate, evidence: ResolutionEvidence) -> String {
        var text = ""
        text.reserveCapacity(200)
        _ = explain(c, evidence: evidence, reasons: &text)
        return text
    }

    /// The score of a candidate and, when `reasons` is given, its parts in words: one function, so the
    /// explanation can never drift from the number.
    func explain(_ c: PlaceCandidate, evidence: ResolutionEvidence, reasons: UnsafeMutablePointer<String>?) -> Double {
        let i = Int(c.record)
        if reasons == nil && evidence.isBare {
            // Name alone: the match and the record's prior are all there is to weigh.
            return c.nameTier.weight(distance: c.nameDistance) + facts[i].prior
        }
        var s = 0.0
        // Fixed arities rather than a variadic: a variadic call allocates an array every time.
        func say(_ a: String, _ b: String = "", _ c: String = "", _ d: String = "") {
            guard let reasons else { return }
            if !reasons.pointee.isEmpty { reasons.pointee += "; " }
            reasons.pointee += a
            if !b.isEmpty { reasons.pointee += b }
            if !c.isEmpty { reasons.pointee += c }
            if !d.isEmpty { reasons.pointee += d }
        }
        if c.nameTier != .none {
            s += c.nameTier.weight(distance: c.nameDistance)
            if reasons != nil {
                if c.nameTier == .fuzzy {
                    say(
                        "misspelling (", String(c.nameDistance), c.nameDistance == 1 ? " edit) of " : " edits) of ",
                        records[i].name)
                } else {
                    say(c.nameTier.label, " ", records[i].name)
                }
            }
        }
        if c.linkTier != .none {
            s += Weight.link * c.linkTier.weight()
            say("link target names it (", c.linkTier.label, ")")
        }
        if evidence.linkTitleKey != 0 && facts[i].wikipediaKey == evidence.linkTitleKey {
            s += Weight.wikipediaTitle
            say("its Wikipedia page is the link target")
        }
        let g = facts[i].governorate, d = facts[i].district
        if !evidence.linkGovernorates.isEmpty || !evidence.linkDistricts.isEmpty {
            if (g >= 0 && evidence.linkGovernorates.contains(g)) || (d >= 0 && evidence.linkDistricts.contains(d)) {
                s += Weight.linkArea
                say("in the area the link names")
            } else {
                s += Weight.linkAreaMismatch
                say("not in the area the link names")
            }
        }
        if g >= 0 && evidence.articleGovernorates.contains(g) {
            s += Weight.articleGovernorate
            say("in ", areas.governorates[Int(g)], " governorate, the article's place")
        }
        if d >= 0 && evidence.articleDistricts.contains(d) {
            s += Weight.articleDistrict
            say("in the article's district")
        }
        if let kind = evidence.areaKind, records[i].featureCode == kind {
            s += Weight.areaKind
            say(kind == "ADM1" ? "a governorate, as the name says" : "a district, as the name says")
        }
        s += facts[i].prior
        if reasons != nil {
            let r = records[i]
            switch (r.featureClass, r.featureCode) {
            case ("P", "PPLQ"), ("P", "PPLH"), ("P", "PPLW"): say("abandoned or historical place")
            case ("P", let code?) where code.hasPrefix("PPLA") || code == "PPLC":
                say("populated place, seat of an administrative area")
            case ("P", _), (nil, _): say("populated place")
            case ("A", _): say("administrative area")
            default: break
            }
            if r.population > 0 { say("population ", String(r.population)) }
        }
        if let km = evidence.nearestResolvedKilometres(lat: facts[i].latitude, lon: facts[i].longitude) {
            s += Weight.nearby * exp(-km / Weight.nearbyKilometres)
            say(String(Int(km.rounded())), " km from a place already resolved")
        }
        return s
    }

}
