import Foundation

extension Gazetteer {
    /// Scores: the name match counts most, then the link, then where the article is, then the kind and
    /// size of place and its distance to what the article already placed. See `score(_:evidence:)`.
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
    /// Candidates come from the name and from the link target's base name, tier by tier (exact, then
    /// transliteration variant, then same consonants, then misspelling: a looser tier is tried only when
    /// the stricter ones found nothing). Each candidate is then scored on the link (page title, base name,
    /// disambiguating area), the article's place, feature class, population and the distance to the
    /// places already resolved; the best wins and the runner-up and reasons are kept.
    public func resolve(_ query: PlaceQuery, context: ResolutionContext) -> PlaceResolution {
        var normalizer = NameNormalizer()
        let evidence = ResolutionEvidence(query: query, context: context, areas: areas, normalizer: &normalizer)
        var candidates: [PlaceCandidate] = []
        gather(query.name, isLink: false, evidence: evidence, into: &candidates, normalizer: &normalizer)
        if let base = evidence.linkBase {
            gather(base, isLink: true, evidence: evidence, into: &candidates, normalizer: &normalizer)
            if base != query.linkPage, let page = query.linkPage {
                gather(page, isLink: true, skeleton: false, evidence: evidence, into: &candidates, normalizer: &normalizer)
            }
        }
        if candidates.isEmpty, let kind = evidence.areaKind {
            // "Mhardeh District": the area named without its kind word, among areas of that kind only.
            for text in [evidence.nameWithoutAreaWords, evidence.linkWithoutAreaWords].compactMap({ $0 }) {
                gather(text, isLink: text != evidence.nameWithoutAreaWords, evidence: evidence, into: &candidates,
                       normalizer: &normalizer)
            }
            candidates.removeAll { records[Int($0.record)].featureCode != kind }
        }
        if candidates.isEmpty {
            candidates = misspellings(of: query.name, evidence: evidence, normalizer: &normalizer)
        }
        guard !candidates.isEmpty else {
            let suggestions = self.suggestions(for: query, evidence: evidence, normalizer: &normalizer)
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
            reason: winner.reasons.joined(separator: "; "),
            suggestions: candidates.dropFirst().prefix(4).map { records[Int($0.record)] })
    }

    /// Adds the records one text names, at the strictest tier that finds any; the consonant skeleton
    /// is also tried when the stricter tiers found records only outside the area the article or link names.
    private func gather(
        _ text: String, isLink: Bool, skeleton: Bool = true, evidence: ResolutionEvidence,
        into candidates: inout [PlaceCandidate], normalizer: inout NameNormalizer
    ) {
        normalizer.normalize(text)
        guard !normalizer.folded.isEmpty else { return }
        let before = candidates.count
        var found = add(names.exact.lookup(HashPostings.hash(normalizer.folded, tag: NameIndex.exactTag)), .exact, isLink, &candidates)
        if !normalizer.variant.isEmpty {
            found = add(names.variant.lookup(HashPostings.hash(normalizer.variant, tag: NameIndex.variantTag)), .variant, isLink, &candidates) || found
        }
        if found && evidence.hasArea {
            found = candidates[before...].contains { evidence.isInArea(governorateOfRecord[Int($0.record)], districtOfRecord[Int($0.record)]) }
        }
        if !found && skeleton && normalizer.skeletonIsUsable {
            _ = add(names.skeleton.lookup(HashPostings.hash(normalizer.skeleton, tag: NameIndex.skeletonTag)), .skeleton, isLink, &candidates)
        }
    }

    /// A misspelling is accepted only when it is unambiguous: one name within the allowed edits (one for
    /// five letters or more, two for nine or more), and, when the article or link names an area, in it.
    /// Anything looser would be a guess; the name then stays unresolved with suggestions.
    private func misspellings(of name: String, evidence: ResolutionEvidence, normalizer: inout NameNormalizer) -> [PlaceCandidate] {
        normalizer.normalize(name)
        let key = normalizer.variant
        let allowed = key.count >= 9 ? 2 : key.count >= 5 ? 1 : 0
        guard allowed > 0 else { return [] }
        var matches = fuzzy.value.matches(key, maxDistance: allowed)
        guard let best = matches.first?.distance else { return [] }
        matches.removeAll { $0.distance > best }
        if evidence.hasArea {
            matches.removeAll { !evidence.isInArea(governorateOfRecord[Int($0.record)], districtOfRecord[Int($0.record)]) }
        }
        var spellings = Set<[UInt8]>()
        for m in matches {
            normalizer.normalize(records[Int(m.record)].name)
            spellings.insert(normalizer.variant)
        }
        guard spellings.count == 1 else { return [] }
        return matches.map { m in
            var c = PlaceCandidate(record: m.record)
            c.nameTier = .fuzzy
            c.nameDistance = m.distance
            return c
        }
    }

    private func add(_ records: ArraySlice<Int32>, _ tier: MatchTier, _ isLink: Bool, _ candidates: inout [PlaceCandidate]) -> Bool {
        for r in records {
            var index = candidates.firstIndex { $0.record == r }
            if index == nil {
                candidates.append(PlaceCandidate(record: r))
                index = candidates.count - 1
            }
            if isLink {
                candidates[index!].linkTier = max(candidates[index!].linkTier, tier)
            } else {
                candidates[index!].nameTier = max(candidates[index!].nameTier, tier)
            }
        }
        return !records.isEmpty
    }

    /// Scores one candidate and writes down why.
    func score(_ c: inout PlaceCandidate, evidence: ResolutionEvidence) {
        let i = Int(c.record)
        let r = records[i]
        var s = 0.0
        var reasons: [String] = []
        if c.nameTier != .none {
            s += c.nameTier.weight(distance: c.nameDistance)
            reasons.append(c.nameTier == .fuzzy
                ? "misspelling (\(c.nameDistance) edit\(c.nameDistance == 1 ? "" : "s")) of \(r.name)"
                : "\(c.nameTier.label) \(r.name)")
        }
        if c.linkTier != .none {
            s += Weight.link * c.linkTier.weight()
            reasons.append("link target names it (\(c.linkTier.label))")
        }
        if evidence.linkTitleKey != 0 && wikipediaKeys[i] == evidence.linkTitleKey {
            s += Weight.wikipediaTitle
            reasons.append("its Wikipedia page is the link target")
        }
        let g = governorateOfRecord[i], d = districtOfRecord[i]
        if !evidence.linkGovernorates.isEmpty || !evidence.linkDistricts.isEmpty {
            if (g >= 0 && evidence.linkGovernorates.contains(g)) || (d >= 0 && evidence.linkDistricts.contains(d)) {
                s += Weight.linkArea
                reasons.append("in the area the link names")
            } else {
                s += Weight.linkAreaMismatch
                reasons.append("not in the area the link names")
            }
        }
        if g >= 0 && evidence.articleGovernorates.contains(g) {
            s += Weight.articleGovernorate
            reasons.append("in \(areas.governorates[Int(g)]) governorate, the article's place")
        }
        if d >= 0 && evidence.articleDistricts.contains(d) {
            s += Weight.articleDistrict
            reasons.append("in the article's district")
        }
        if let kind = evidence.areaKind, r.featureCode == kind {
            s += Weight.areaKind
            reasons.append(kind == "ADM1" ? "a governorate, as the name says" : "a district, as the name says")
        }
        switch (r.featureClass, r.featureCode) {
        case ("P", "PPLQ"), ("P", "PPLH"), ("P", "PPLW"):
            s += Weight.otherPlace
            reasons.append("abandoned or historical place")
        case ("P", let code?) where code.hasPrefix("PPLA") || code == "PPLC":
            s += Weight.populatedPlace + Weight.seat
            reasons.append("populated place, seat of an administrative area")
        case ("P", _), (nil, _):
            s += Weight.populatedPlace
            reasons.append("populated place")
        case ("A", _):
            reasons.append("administrative area")
        default:
            s += Weight.otherPlace
        }
        if r.population > 0 {
            s += Weight.population * min(1, log10(1 + Double(r.population)) / 6)
            reasons.append("population \(r.population)")
        }
        if let km = evidence.nearestResolvedKilometres(lat: r.latitude, lon: r.longitude) {
            s += Weight.nearby * exp(-km / Weight.nearbyKilometres)
            reasons.append("\(Int(km.rounded())) km from a place already resolved")
        }
        c.score = (s * 1000).rounded() / 1000
        c.reasons = reasons
    }

    /// Closest records to an unresolved name: within two edits of it or of its link's base name,
    /// ranked by edits and then by the same context score as a resolution.
    func suggestions(for query: PlaceQuery, evidence: ResolutionEvidence, normalizer: inout NameNormalizer) -> [GazetteerRecord] {
        var candidates: [PlaceCandidate] = []
        for text in [query.name, evidence.linkBase].compactMap({ $0 }) {
            normalizer.normalize(text)
            for match in fuzzy.value.matches(normalizer.variant, maxDistance: 2)
            where !candidates.contains(where: { $0.record == match.record }) {
                var c = PlaceCandidate(record: match.record)
                c.nameTier = .fuzzy
                c.nameDistance = match.distance
                candidates.append(c)
            }
        }
        for i in candidates.indices { score(&candidates[i], evidence: evidence) }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.record < $1.record }
        return candidates.prefix(5).map { records[Int($0.record)] }
    }
}
