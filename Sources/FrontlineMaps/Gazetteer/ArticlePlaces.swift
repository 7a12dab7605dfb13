import Foundation

/// One article's places, resolved in the article's own context: the resolver `map`, `events` and
/// `frontline resolve --context` share, so a name gets one answer whichever of them asks, and whichever
/// sentence it is read from.
///
/// Two passes. The article is read once: its links with their pages, the gazetteer's names in its
/// text, the infobox `place`. The names that need no context — a link whose page confirms a record, a
/// name only one place bears — are the anchors, and those with company make the article's focus
/// (`ArticleFocus`). Then every query is scored: the name match, the link, the infobox governorates,
/// the record's kind and size (as `Gazetteer.resolve` weighs them), plus a share that falls with the
/// distance to the focus, the number of the article's places around it, and the distance to the places
/// named in the same paragraphs. A winner that is far from the article's places and that nothing
/// confirms (no link, no exact name, other places bear the name too) is not taken: the name stays
/// unresolved, with its candidates. A name with a feature word ("airbase", "hill", "Jabal") answers
/// only with a record of that kind or a village of that name right beside the article's places.
public final class ArticlePlaces: ArticlePlaceResolver {
    public let gazetteer: Gazetteer
    /// The infobox `place` text.
    public let articlePlace: String?
    public let focus: ArticleFocus
    let links: [String: String]
    /// Exact keys of names the article uses as an area ("the province of X", "X region").
    let areaCues: Set<UInt64>
    /// Governorates the article names beside a name ("X in the Y countryside").
    let areasNamed: [UInt64: Set<Int16>]
    /// Exact keys of names the article uses as a quarter of a town ("the X district in the north of the town").
    let quarters: Set<UInt64>
    /// Variant keys of the names the article uses on their own (not inside a feature's name).
    let standalone: Set<UInt64>
    /// Variant keys of names the article writes only inside a feature's name ("the X plateau").
    let onlyInFeatures: Set<UInt64>
    /// Exact keys of features the infobox `place` lists as the battle's area ("Jabal X").
    let regions: Set<UInt64>
    /// Exact key of a spelling the article gives as another of a name ("X (also written Y)") → that name.
    let writtenAlso: [UInt64: String]
    /// Exact key of a name → where the article says it lies from another place ("X, 8 km south of Y").
    let statedPositions: [UInt64: StatedPosition]
    /// The text of each paragraph (numbered from 1, index 0 is paragraph 1), to find where a name occurs.
    let paragraphTexts: [[UInt8]]
    /// Exact key of a name linked or spotted in the text → its paragraphs (the fast path of `paragraphs(containing:)`).
    let paragraphsOfName: [UInt64: [Int]]
    /// Paragraph → anchors named in it.
    let anchorsOfParagraph: [Int: [GazetteerRecord]]
    /// Long names by their first word's exact key, with where the article first used them: a short
    /// form ("Khirbat" after "Khirbat Abu X") means the long form's place.
    let longForms: [UInt64: [LongForm]]
    let firstUse: [UInt64: Int]

    /// "X, 8 km south of Y": a distance and a bearing from a named place.
    struct StatedPosition: Sendable {
        var reference: String
        var kilometres: Double
        /// Degrees clockwise from north.
        var bearing: Double
    }

    struct LongForm: Sendable {
        var name: String
        var page: String?
        var offset: Int
    }

    enum Weight {
        /// Nearness to the closest core place of the article (falls by e over `focusKilometres`).
        static let focus = 0.35
        static let focusKilometres = 15.0
        /// Core places within `companyKilometres`, saturating at `companyFull`.
        static let company = 0.25
        static let companyKilometres = 30.0
        static let companyFull = 4.0
        /// Nearness to a place named in the same paragraphs (falls by e over `localKilometres`).
        static let local = 0.2
        static let localKilometres = 10.0
        /// An administrative seat, beyond `Gazetteer.Weight.seat`.
        static let seat = 0.05
        /// Agreement with where the article says the place lies ("8 km south of Y"): the distance from Y
        /// off by e-fold a quarter of the stated distance (at least `statedKilometres`), the bearing
        /// free within `statedDegrees` (a compass word is that coarse), then off by e-fold 20°.
        static let stated = 0.5
        static let statedKilometres = 3.0
        static let statedDegrees = 30.0
    }

    /// Beyond these distances from the article's core places an unconfirmed winner is not taken: a
    /// transliteration variant that other places share, and a consonant-skeleton or misspelling match.
    static let variantLimitKilometres = 50.0
    /// A transliteration variant that no other place shares may lie farther, not in another corner of
    /// the country (a foreign city's name met by a Syrian village's spelling).
    static let uniqueLimitKilometres = 150.0
    static let looseLimitKilometres = 15.0
    /// An unconfirmed namesake outside the governorates the infobox names is not taken this far from
    /// the places named in its paragraphs.
    static let outsideLocalKilometres = 40.0
    static let looseLocalKilometres = 12.0
    /// Right beside one of the article's places, a loose match needs no company in its paragraph.
    static let besideKilometres = 5.0
    /// Consonant-skeleton candidates are looked for when no stricter match lies this close to the focus.
    static let strictNearKilometres = 30.0
    /// A feature named after a village is placed on it only when the village lies this close to
    /// another of the article's places.
    static let featureProxyKilometres = 11.0

    public init(article: Article, gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        let place = article.field("place")
        articlePlace = place?.text
        links = firstLinks(of: article)
        let context = ResolutionContext(articlePlace: place?.text)

        // Pass 1: every mention (links, spotted names), its paragraph and its usage.
        let text = Self.readText(of: article, gazetteer: gazetteer)
        let infobox = Self.readInfobox(place)

        // The anchors: names that need no context.
        let named = Self.readAnchors(infobox.mentions + text.mentions, gazetteer: gazetteer, context: context)
        let governorates = gazetteer.areas.areas(in: place?.text ?? "").governorates.map {
            gazetteer.areas.governorates[Int($0)]
        }
        focus = ArticleFocus(anchors: named.anchors, governorates: governorates, forced: named.infoboxAnchors)
        areaCues = text.cues
        self.areasNamed = text.areasNamed
        self.quarters = text.quarters
        self.standalone = named.standalone
        self.onlyInFeatures = text.insideFeature.subtracting(named.standalone)
        self.regions = infobox.regions
        self.writtenAlso = text.writtenAlso
        self.statedPositions = text.statedPositions
        self.paragraphTexts = text.paragraphTexts
        self.paragraphsOfName = named.paragraphsOfName
        self.anchorsOfParagraph = named.anchorsOfParagraph
        self.longForms = named.longForms
        self.firstUse = named.firstUse
    }

    // MARK: - Reading the article (pass 1)

    /// A name as the article writes it, and where: pass 1 collects them all before any is resolved, so
    /// the anchors can be picked from the whole article at once.
    private struct Mention {
        var name: String; var page: String?; var paragraph: Int; var offset: Int; var canAnchor = true
    }

    /// What pass 1 learns from the running text, gathered in one value so that each sentence's rules can
    /// add to it without a parameter per finding.
    private struct TextReading {
        var mentions: [Mention] = []
        var cues = Set<UInt64>()
        var areasNamed: [UInt64: Set<Int16>] = [:]
        var quarters = Set<UInt64>()
        var insideFeature = Set<UInt64>()
        var writtenAlso: [UInt64: String] = [:]
        var statedPositions: [UInt64: StatedPosition] = [:]
        var paragraphTexts: [[UInt8]] = []
    }

    /// Reads the text once, sentence by sentence: the offsets and paragraph numbers must run through the
    /// whole article, so the walk is one loop and each sentence's rules are helpers of it.
    private static func readText(of article: Article, gazetteer: Gazetteer) -> TextReading {
        var reading = TextReading()
        var offset = 0
        var paragraph = 0
        for section in article.sections {
            for p in section.paragraphs {
                paragraph += 1
                reading.paragraphTexts.append(Array(p.sentences.map(\.text).joined(separator: " ").utf8))
                for sentence in p.sentences {
                    let bytes = Array(sentence.text.utf8)
                    readNames(
                        sentence, bytes, paragraph: paragraph, offset: offset, gazetteer: gazetteer, into: &reading)
                    readPhrases(sentence, bytes, gazetteer: gazetteer, into: &reading)
                    offset += bytes.count + 1
                }
            }
        }
        return reading
    }

    /// A sentence's links and the gazetteer names spotted around them: the mentions anchors come from,
    /// with the area and feature uses that keep a name from meaning a village.
    private static func readNames(
        _ sentence: Sentence, _ bytes: [UInt8], paragraph: Int, offset: Int, gazetteer: Gazetteer,
        into reading: inout TextReading
    ) {
        var taken: [Range<Int>] = []
        for link in sentence.links {
            reading.mentions.append(
                Mention(
                    name: link.text, page: link.page, paragraph: paragraph,
                    offset: offset + (link.range?.lowerBound ?? 0)))
            if let r = link.range {
                taken.append(r)
                if Self.isAreaUse(bytes, r) { reading.cues.insert(NameNormalizer.hashes(of: link.text).exact) }
            }
        }
        for spot in gazetteer.spot(in: sentence.text)
        where !taken.contains(where: { $0.overlaps(spot.range) }) {
            // "Jabal X", "X airbase": the village X is not what the sentence names.
            let inFeature = Self.isInsideFeature(bytes, spot.range)
            if inFeature, let v = Optional(NameNormalizer.hashes(of: spot.name)), v.hasVariant {
                reading.insideFeature.insert(v.variant)
            }
            reading.mentions.append(
                Mention(
                    name: spot.name, page: nil, paragraph: paragraph,
                    offset: offset + spot.range.lowerBound, canAnchor: !inFeature))
            if Self.isAreaUse(bytes, spot.range) { reading.cues.insert(NameNormalizer.hashes(of: spot.name).exact) }
        }
    }

    /// The phrases that say what a name is beside the gazetteer: its governorate, a quarter of a town,
    /// another spelling, a stated distance. They are regexes, so each runs only on the few sentences
    /// holding its words.
    private static func readPhrases(
        _ sentence: Sentence, _ bytes: [UInt8], gazetteer: Gazetteer, into reading: inout TextReading
    ) {
        for (range, area) in Self.contains(bytes, Self.areaWordsInText) ? Self.namedAreas(bytes) : [] {
            let name = String(decoding: bytes[range], as: UTF8.self)
            let found = gazetteer.areas.areas(in: area).governorates
            if !found.isEmpty {
                reading.areasNamed[NameNormalizer.hashes(of: name).exact, default: []].formUnion(found)
            }
        }
        for range in Self.contains(bytes, Self.quarterWordsInText) ? Self.quarterUses(bytes) : [] {
            reading.quarters.insert(NameNormalizer.hashes(of: String(decoding: bytes[range], as: UTF8.self)).exact)
        }
        for (name, other) in Self.contains(bytes, Self.otherSpellingWordsInText)
            ? Self.otherSpellings(sentence.text) : []
        {
            let key = NameNormalizer.hashes(of: other).exact
            if reading.writtenAlso[key] == nil, key != NameNormalizer.hashes(of: name).exact {
                reading.writtenAlso[key] = name
            }
        }
        for (name, position) in Self.contains(bytes, Self.distanceWordsInText)
            ? Self.statedPositions(sentence.text) : []
        {
            let key = NameNormalizer.hashes(of: name).exact
            if reading.statedPositions[key] == nil, key != NameNormalizer.hashes(of: position.reference).exact {
                reading.statedPositions[key] = position
            }
        }
    }

    /// The infobox `place`: its names come before the text's (they are the battle's own places), and the
    /// features it lists are the battle's area, not villages.
    private static func readInfobox(_ place: InfoboxField?) -> (mentions: [Mention], regions: Set<UInt64>) {
        var mentions: [Mention] = []
        var regions = Set<UInt64>()
        guard let place else { return (mentions, regions) }
        for l in place.links {
            mentions.append(Mention(name: l.text, page: l.page, paragraph: 0, offset: -1))
        }
        for part in place.text.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { mentions.append(Mention(name: name, page: nil, paragraph: 0, offset: -1)) }
            // "Jabal X and Jabal Y": mountains the battle was fought over are its area.
            for item in name.components(separatedBy: " and ") where PlaceNameForm(item).feature != nil {
                regions.insert(NameNormalizer.hashes(of: item.trimmingCharacters(in: .whitespaces)).exact)
            }
        }
        return (mentions, regions)
    }

    /// What the mentions give once each is tried as an anchor, in one value: the focus and the lookups
    /// that pass 2 reads for every query.
    private struct AnchorReading {
        var anchors: [(name: String, record: GazetteerRecord)] = []
        var infoboxAnchors = Set<String>()
        var anchorsOfParagraph: [Int: [GazetteerRecord]] = [:]
        var longForms: [UInt64: [LongForm]] = [:]
        var paragraphsOfName: [UInt64: [Int]] = [:]
        var firstUse: [UInt64: Int] = [:]
        var standalone = Set<UInt64>()
    }

    /// The anchors (names that need no context) and where each name is used: one walk over the mentions
    /// in article order, since first uses and paragraph lists depend on it.
    private static func readAnchors(
        _ mentions: [Mention], gazetteer: Gazetteer, context: ResolutionContext
    ) -> AnchorReading {
        var reading = AnchorReading()
        var anchorOf: [String: GazetteerRecord?] = [:]
        for m in mentions {
            let key = m.name + "\u{0}" + (m.page ?? "")
            if !m.canAnchor {
                let exact = NameNormalizer.hashes(of: m.name).exact
                if m.paragraph > 0, reading.paragraphsOfName[exact]?.last != m.paragraph {
                    reading.paragraphsOfName[exact, default: []].append(m.paragraph)
                }
                continue
            }
            let v = NameNormalizer.hashes(of: m.name)
            if v.hasVariant { reading.standalone.insert(v.variant) }
            if anchorOf[key] == nil {
                anchorOf[key] = Self.anchor(
                    PlaceQuery(name: m.name, linkPage: m.page), gazetteer: gazetteer, context: context)
                if let r = anchorOf[key]!, m.paragraph >= 0 {
                    reading.anchors.append((m.name, r))
                    if m.offset < 0 { reading.infoboxAnchors.insert(r.id) }
                }
            }
            let exact = NameNormalizer.hashes(of: m.name).exact
            if m.paragraph > 0, let r = anchorOf[key]! {
                reading.anchorsOfParagraph[m.paragraph, default: []].append(r)
            }
            if m.paragraph > 0, reading.paragraphsOfName[exact]?.last != m.paragraph {
                reading.paragraphsOfName[exact, default: []].append(m.paragraph)
            }
            if reading.firstUse[exact] == nil { reading.firstUse[exact] = m.offset }
            let words = m.name.split(separator: " ")
            if words.count >= 2, m.offset >= 0 {
                let first = NameNormalizer.hashes(of: String(words[0])).exact
                if !(reading.longForms[first]?.contains { $0.name == m.name } ?? false) {
                    reading.longForms[first, default: []].append(
                        LongForm(name: m.name, page: m.page, offset: m.offset))
                }
            }
        }
        return reading
    }

    /// The record a mention means without any context, or nil: a link whose page confirms a record
    /// (its base name or Wikipedia title), or a name that only one place bears (all its exact and
    /// variant matches within a few km). Areas and features are never anchors (their points are not
    /// where the fighting is).
    static func anchor(_ query: PlaceQuery, gazetteer g: Gazetteer, context: ResolutionContext) -> GazetteerRecord? {
        let form = PlaceNameForm(query.name)
        guard form.feature == nil, !form.isArea else { return nil }
        let evidence = ResolutionEvidence(query: query, context: context, areas: g.areas)
        guard evidence.areaKind == nil else { return nil }
        var candidates: [PlaceCandidate] = []
        g.gather(form.core, isLink: false, skeleton: false, evidence: evidence, into: &candidates)
        if let base = evidence.linkBase {
            g.gather(base, isLink: true, skeleton: false, evidence: evidence, into: &candidates)
        }
        for i in candidates.indices { g.score(&candidates[i], evidence: evidence) }
        candidates.removeAll { g.records[Int($0.record)].isArea }
        // A name that is a record's own main name beats the same name as a neighbour's alias.
        let keys = NameNormalizer.hashes(of: form.core)
        for i in candidates.indices {
            let main = NameNormalizer.hashes(of: g.records[Int(candidates[i].record)].name)
            if main.variant == keys.variant || main.skeleton == keys.skeleton { candidates[i].score += 0.1 }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.record < $1.record }
        guard let best = candidates.first else { return nil }
        let r = g.records[Int(best.record)]
        if query.linkPage != nil {
            let confirmed =
                best.linkTier >= .variant
                || (evidence.linkTitleKey != 0 && g.facts[Int(best.record)].wikipediaKey == evidence.linkTitleKey)
            return confirmed ? r : nil
        }
        let strong = candidates.filter { $0.nameTier >= .variant }
        let one = strong.allSatisfy { c in
            let o = g.records[Int(c.record)]
            return ArticleFocus.kilometres(o.latitude, o.longitude, r.latitude, r.longitude) <= 5
        }
        return one && !strong.isEmpty ? r : nil
    }

    /// Whether the words around a name say it is an area: "X region", "X province", "the province of
    /// X", "X is the home province of …".
    static func isAreaUse(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.upperBound <= bytes.count else { return false }
        let after = String(decoding: bytes[range.upperBound..<min(bytes.count, range.upperBound + 40)], as: UTF8.self)
            .lowercased()
        let before = String(decoding: bytes[max(0, range.lowerBound - 20)..<range.lowerBound], as: UTF8.self)
            .lowercased()
        // "X province" is another spelling, the province's; "the X region" uses X itself for the area.
        if after.hasPrefix(" region") { return true }
        for noun in ["province of ", "governorate of ", "region of "] where before.hasSuffix(noun) { return true }
        let words = after.split(whereSeparator: { !$0.isLetter }).prefix(5).map(String.init)
        if words.count >= 3, words[0] == "is" || words[0] == "was", words[1] == "the" {
            return words.dropFirst(2).prefix(2).contains { $0 == "province" || $0 == "governorate" }
        }
        return false
    }

    static let areaWordsInText: [[UInt8]] = ["countryside", "province", "Province", "overnorate"].map { Array($0.utf8) }
    static let quarterWordsInText: [[UInt8]] = [" district", " quarter", " neighbo"].map { Array($0.utf8) }

    /// Whether the bytes hold any of the words.
    static func contains(_ bytes: [UInt8], _ words: [[UInt8]]) -> Bool {
        for w in words where bytes.count >= w.count {
            let first = w[0]
            var k = 0
            let last = bytes.count - w.count
            while k <= last {
                if bytes[k] == first && bytes[k..<(k + w.count)].elementsEqual(w) { return true }
                k += 1
            }
        }
        return false
    }

    /// Whether a name stands inside a feature's name: a feature head word before it ("Jabal X", "Tal
    /// X") or a feature word after it ("X airbase", "X dam").
    static func isInsideFeature(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        let before = String(decoding: bytes[max(0, range.lowerBound - 12)..<range.lowerBound], as: UTF8.self)
        if let last = before.split(separator: " ").last, before.hasSuffix(" "),
            PlaceNameForm.leadingFeatures[last.lowercased()] != nil
        {
            return true
        }
        let after = String(decoding: bytes[range.upperBound..<min(bytes.count, range.upperBound + 24)], as: UTF8.self)
        guard after.hasPrefix(" ") else { return false }
        let words = after.split(separator: " ").prefix(2).map {
            $0.lowercased().trimmingCharacters(in: .punctuationCharacters)
        }
        // "the X road" is the road to X: the town is named, not a feature called X.
        for kind in [
            PlaceNameForm.trailingFeature(["x"] + words.prefix(1)),
            words.count == 2 ? PlaceNameForm.trailingFeature(["x"] + words) : nil,
        ] {
            if let kind, kind.0 != .road { return true }
        }
        return false
    }

    /// Names followed by the governorate they lie in: "X in the Y countryside", "X in Y province",
    /// "X, Y Governorate". Returns the name's range and the area text.
    ///
    /// The pattern ends with the area word, so it runs only on a window ending at each occurrence of
    /// one (a long paragraph would otherwise be scanned from every capital letter).
    static func namedAreas(_ bytes: [UInt8]) -> [(Range<Int>, String)] {
        var out: [(Range<Int>, String)] = []
        var seen = Set<Int>()
        for w in Self.areaWordsInText where bytes.count >= w.count {
            var k = 0
            while k <= bytes.count - w.count {
                defer { k += 1 }
                guard bytes[k] == w[0], bytes[k..<(k + w.count)].elementsEqual(w) else { continue }
                var lo = max(0, k - Self.areaWindow)
                while lo > 0, bytes[lo] & 0xC0 == 0x80 { lo -= 1 }  // a character's first byte
                let hi = k + w.count
                let text = String(decoding: bytes[lo..<hi], as: UTF8.self)
                for pattern in Self.areaPatterns {
                    for match in text.matches(of: pattern) {
                        let name = match.output.1, area = match.output.2
                        let start = lo + text.utf8.distance(from: text.utf8.startIndex, to: name.startIndex)
                        let end = lo + text.utf8.distance(from: text.utf8.startIndex, to: name.endIndex)
                        if seen.insert(start).inserted { out.append((start..<end, String(area))) }
                    }
                }
            }
        }
        return out.sorted { $0.0.lowerBound < $1.0.lowerBound }
    }

    /// Bytes before an area word that a "X, Y and Z in the W countryside" phrase may take.
    static let areaWindow = 200

    nonisolated(unsafe) static let areaPatterns: [Regex<(Substring, Substring, Substring)>] = [
        #/((?:[Aa][ls]-)?[A-Z][\w'’-]*(?: (?:[a-z]{2,3}-)?[A-Z][\w'’-]*){0,3}),? in (?:the )?((?:northern |southern |eastern |western |rural )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? (?:countryside|province|Province|Governorate|governorate))/#
    ]

    nonisolated(unsafe) static let quarterPattern =
        #/((?:[Aa][ls]-)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) (?:district|quarter|neighbourhood|neighborhood) (?:of|in) /#

    static let otherSpellingWordsInText: [[UInt8]] = ["written", "spelled", "spelt", "transliterated"].map {
        Array($0.utf8)
    }

    nonisolated(unsafe) static let otherSpellingPattern =
        #/((?:[Aa][ln]-)?[A-Z][\w'’-]*(?: (?:[a-z]{2,3}-)?[A-Z][\w'’-]*){0,3}),? \((?:also |or )?(?:written|spelled|spelt|transliterated)(?: as)? ((?:[Aa][ln]-)?[A-Z][\w'’-]*(?: (?:[a-z]{2,3}-)?[A-Z][\w'’-]*){0,3})/#

    static let distanceWordsInText: [[UInt8]] = [" km ", " kilomet", " mile"].map { Array($0.utf8) }

    nonisolated(unsafe) static let statedPositionPattern =
        #/((?:[Aa][ln]-)?[A-Z][\w'’-]*(?: (?:[a-z]{2,3}-)?[A-Z][\w'’-]*){0,3}),? \(?(?:about |some |around |approximately |roughly |nearly |just |only )?(\d+(?:\.\d+)?) ?(km|kilometres|kilometers|kilometre|kilometer|miles|mile)(?: to the| from)? ([Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Nn]orth-?east|[Nn]orth-?west|[Ss]outh-?east|[Ss]outh-?west) of (?:the )?((?:[Aa][ln]-)?[A-Z][\w'’-]*(?: (?:[a-z]{2,3}-)?[A-Z][\w'’-]*){0,3})/#

    /// Where the article says a name lies from another place: "X, 8 km south of Y", "X (about 5 miles
    /// north-west of Y)". Returns the name as written and the position.
    static func statedPositions(_ text: String) -> [(name: String, position: StatedPosition)] {
        text.matches(of: Self.statedPositionPattern).compactMap { m in
            guard var km = Double(m.output.2) else { return nil }
            if m.output.3.hasPrefix("mile") { km *= 1.609 }
            let word = m.output.4.lowercased().replacingOccurrences(of: "-", with: "")
            let bearings: [String: Double] = [
                "north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270,
                "northwest": 315,
            ]
            guard let bearing = bearings[word] else { return nil }
            return (String(m.output.1), StatedPosition(reference: String(m.output.5), kilometres: km, bearing: bearing))
        }
    }

    /// Other spellings the article itself gives for a name: "X (also written Y)", "X (or spelled Y)".
    /// Returns the name and the other spelling, as written.
    static func otherSpellings(_ text: String) -> [(name: String, other: String)] {
        text.matches(of: Self.otherSpellingPattern).map { (String($0.output.1), String($0.output.2)) }
    }

    /// Names the article uses as a quarter of a town: "the X district in the north of the town",
    /// "X district of Y" (lower-case, and followed by "of"/"in": "X District" and "the X district"
    /// alone may be an administrative area).
    static func quarterUses(_ bytes: [UInt8]) -> [Range<Int>] {
        let text = String(decoding: bytes, as: UTF8.self)
        var out: [Range<Int>] = []
        for match in text.matches(of: Self.quarterPattern) {
            let name = match.output.1
            out.append(
                text.utf8.distance(
                    from: text.utf8.startIndex, to: name.startIndex)..<text.utf8.distance(
                        from: text.utf8.startIndex, to: name.endIndex))
        }
        return out
    }

    // MARK: - Answering

    public func query(for name: String) -> PlaceQuery { PlaceQuery(name: name, linkPage: links[name]) }

    public func resolve(_ query: PlaceQuery, preferTown: Bool) -> PlaceResolution {
        resolve(query, preferTown: preferTown, explain: false)
    }

    /// As `resolve(_:preferTown:)`; with `explain`, every candidate comes back ranked with its reasons.
    public func resolve(_ query: PlaceQuery, preferTown: Bool, explain: Bool) -> PlaceResolution {
        // The article says this spelling is another of a name it gives ("X (also written Y)"): Y is X.
        if query.linkPage == nil, let name = writtenAlso[NameNormalizer.hashes(of: query.name).exact] {
            var r = resolveInContext(self.query(for: name), preferTown: preferTown, explain: explain, stated: true)
            if r.isResolved {
                r.query = query
                r.reason = "the article gives '\(query.name)' as another spelling of '\(name)'; " + r.reason
                return r
            }
        }
        return resolveInContext(query, preferTown: preferTown, explain: explain, stated: true)
    }

    /// With `stated`, a position the article gives for the name ("8 km south of Y") counts; the place
    /// it is measured from is resolved without its own.
    private func resolveInContext(_ query: PlaceQuery, preferTown: Bool, explain: Bool, stated: Bool) -> PlaceResolution
    {
        var attempt = Attempt(
            query: query, form: PlaceNameForm(query.name),
            evidence: ResolutionEvidence(
                query: query, context: ResolutionContext(articlePlace: articlePlace), areas: gazetteer.areas),
            preferTown: preferTown, explain: explain)
        if attempt.form.isArea && attempt.evidence.areaKind == nil { attempt.evidence.areaKind = "ADM1" }
        gatherCandidates(&attempt)
        if let r = resolvedAsShortForm(attempt) { return r }
        let nearMisses = gatherLastResorts(&attempt)
        guard !attempt.candidates.isEmpty else { return unmatched(attempt, nearMisses: nearMisses) }
        if let r = refusedAsQuarter(attempt) { return r }

        // Pass 2: score in context.
        let queryKeys = NameNormalizer.hashes(of: attempt.form.core)
        let scored = scoredInContext(attempt, queryKeys: queryKeys, stated: stated)
        var verdicts = preferredWinner(scored, attempt)
        if let r = refusedAsFeaturePart(scored, attempt) { return r }
        applyRefusals(&verdicts, scored, attempt, queryKeys: queryKeys)
        let ranked = attempt.explain ? ranking(scored, verdicts, evidence: attempt.evidence) : []
        return answer(scored, verdicts, attempt, ranking: ranked)
    }

    /// One name being resolved: what was asked, how it reads, and the candidates gathered so far. The
    /// rules below each take what they need from it rather than a parameter apiece.
    private struct Attempt {
        let query: PlaceQuery
        let form: PlaceNameForm
        var evidence: ResolutionEvidence
        let preferTown: Bool
        let explain: Bool
        var candidates: [PlaceCandidate] = []
        /// No record of the feature's kind: the candidates are villages the feature is named after.
        var proxies = false
    }

    /// The candidates by name and link, narrowed by the form of the name (an area, a town): every later
    /// rule weighs or refuses only these.
    private func gatherCandidates(_ a: inout Attempt) {
        let g = gazetteer
        if a.form.feature != nil {
            gatherForFeature(&a)
        } else {
            gatherForName(&a)
        }
        if let base = a.evidence.linkBase {
            g.gather(base, isLink: true, evidence: a.evidence, into: &a.candidates)
            if base != a.query.linkPage, let page = a.query.linkPage {
                g.gather(page, isLink: true, skeleton: false, evidence: a.evidence, into: &a.candidates)
            }
        }
        if a.form.isArea {
            a.candidates.removeAll { !g.records[Int($0.record)].isArea }
        }
        if a.candidates.isEmpty, let kind = a.evidence.areaKind {
            let evidence = a.evidence
            let texts = [
                evidence.nameWithoutAreaWords, evidence.linkWithoutAreaWords, a.form.isArea ? a.form.core : nil,
            ]
            for text in texts.compactMap({ $0 }) {
                g.gather(text, isLink: text == evidence.linkWithoutAreaWords, evidence: evidence, into: &a.candidates)
            }
            a.candidates.removeAll { g.records[Int($0.record)].featureCode != kind }
        }
        if a.form.isSettlement {
            let towns = a.candidates.filter { !g.records[Int($0.record)].isArea }
            if !towns.isEmpty { a.candidates = towns }
        }
    }

    /// A name with a feature word is looked up as that feature first; only when no record is one does it
    /// fall back to the village it is named after (the proxies, refused later unless right beside the
    /// article's places).
    private func gatherForFeature(_ a: inout Attempt) {
        let g = gazetteer
        // The feature word may be part of a record's own name ("Tall X", "Jabal Y"), or name
        // a record of that kind ("Mukhayyam al-X" for "al-X camp").
        for text in [a.query.name] + (a.form.withHead != a.form.core ? [a.form.withHead] : []) + a.form.kindNames {
            g.gather(text, isLink: false, skeleton: false, evidence: a.evidence, into: &a.candidates)
            if !a.candidates.isEmpty { break }
        }
        if a.candidates.isEmpty {
            g.gather(a.form.core, isLink: false, evidence: a.evidence, into: &a.candidates)
            a.proxies = true
        }
    }

    /// A plain name by its spellings; when those strict matches all lie away from the article, looser
    /// readings of the spelling are let in too, since the strict ones are then likely namesakes.
    private func gatherForName(_ a: inout Attempt) {
        let g = gazetteer
        for text in [a.form.core] + a.form.alternatives {
            g.gather(text, isLink: false, evidence: a.evidence, into: &a.candidates)
        }
        // The strict matches all lie far from the article's places, or (none exact) far from the
        // places named in the same paragraphs: the spelling may be another transliteration of a
        // place among them, by its consonants or by the Arabic name it shares with the strict
        // matches ("Shafi'a" for "Shufay'ah"-like spellings).
        if a.query.linkPage == nil, !a.candidates.isEmpty,
            !a.candidates.contains(where: { isNearFocus($0, within: Self.strictNearKilometres) })
                || (!a.candidates.contains { $0.nameTier == .exact }
                    && !a.candidates.contains {
                        isNearParagraphPlaces($0, of: a.query.name, within: Self.strictNearKilometres)
                    })
        {
            g.gatherSkeleton(a.form.core, evidence: a.evidence, into: &a.candidates)
            g.gatherSameArabicName(into: &a.candidates)
        }
    }

    /// A short form: the first word of a longer name the article used before. It answers as that name
    /// does, so "Khirbat" after "Khirbat Abu X" is not matched on its own.
    private func resolvedAsShortForm(_ a: Attempt) -> PlaceResolution? {
        let query = a.query
        guard !a.candidates.contains(where: { $0.nameTier == .exact || $0.linkTier >= .variant }),
            query.linkPage == nil, a.form.isPlain, !query.name.contains(" "), let long = shortFormOwner(query.name)
        else { return nil }
        var r = resolve(PlaceQuery(name: long.name, linkPage: long.page), preferTown: a.preferTown, explain: a.explain)
        guard r.isResolved else { return nil }
        r.query = query
        r.reason = "short form of '\(long.name)', used earlier in the article; " + r.reason
        return r
    }

    /// The last resorts when nothing matched, loosest last: a single word may begin a place's longer
    /// name before it is taken for a misspelling of another. Returns the near misses, which an
    /// unmatched name offers as suggestions.
    private func gatherLastResorts(_ a: inout Attempt) -> [PlaceCandidate] {
        let g = gazetteer
        if a.candidates.isEmpty && !a.proxies && a.query.linkPage == nil && a.form.isPlain {
            g.gatherByFirstWord(a.form.core, into: &a.candidates)
        }
        var nearMisses: [PlaceCandidate] = []
        if a.candidates.isEmpty && !a.proxies {
            nearMisses = g.fuzzyCandidates(for: [a.form.core, a.evidence.linkBase].compactMap { $0 })
            a.candidates = g.acceptedMisspellings(nearMisses, evidence: a.evidence)
        }
        return nearMisses
    }

    /// No candidate at all: the name stays unresolved, with the closest spellings for a reviewer.
    private func unmatched(_ a: Attempt, nearMisses: [PlaceCandidate]) -> PlaceResolution {
        let g = gazetteer
        let (query, form) = (a.query, a.form)
        var nearMisses = nearMisses
        for i in nearMisses.indices { g.score(&nearMisses[i], evidence: a.evidence) }
        nearMisses.sort { $0.score != $1.score ? $0.score > $1.score : $0.record < $1.record }
        let suggestions = nearMisses.prefix(5).map { g.records[Int($0.record)] }
        let names = suggestions.prefix(3).map { "\($0.name) (\($0.governorate ?? "?"))" }.joined(separator: ", ")
        let what =
            form.feature.map {
                "a feature (\($0.rawValue)): no record of that kind and no place called '\(form.core)'"
            }
            ?? "no gazetteer name matches '\(query.name)'"
        return PlaceResolution(
            query: query, record: nil, score: 0,
            reason: what + (query.linkPage.map { " or its link '\($0)'" } ?? "")
                + (names.isEmpty ? "" : "; closest: \(names)"),
            suggestions: suggestions)
    }

    /// A quarter of a town ("the X district in the north of the town") is no village called X.
    private func refusedAsQuarter(_ a: Attempt) -> PlaceResolution? {
        let query = a.query
        guard query.linkPage == nil || links[query.name] != nil, a.form.isPlain,
            quarters.contains(NameNormalizer.hashes(of: query.name).exact)
        else { return nil }
        let all = a.candidates.map { gazetteer.records[Int($0.record)] }
        return PlaceResolution(
            query: query, record: nil, score: 0,
            reason:
                "the article uses '\(query.name)' as a quarter of a town ('… district'); no record is that quarter",
            suggestions: Array(all.prefix(5)))
    }

    /// "X, 8 km south of Y": the point the article gives, from Y as the article places it. Y is resolved
    /// without its own stated position, so two positions given from each other cannot loop.
    private func statedPoint(of query: PlaceQuery, stated: Bool) -> (from: GazetteerRecord, position: StatedPosition)? {
        guard stated, let p = statedPositions[NameNormalizer.hashes(of: query.name).exact],
            let from = resolveInContext(self.query(for: p.reference), preferTown: true, explain: false, stated: false)
                .record
        else { return nil }
        return (from, p)
    }

    /// Every candidate scored against the article's places, best first. What the candidates say of one
    /// another (one place or namesakes, how close each spelling is) is read here once, not per candidate.
    private func scoredInContext(_ attempt: Attempt, queryKeys: NameNormalizer.Hashes, stated: Bool) -> [Scored] {
        let g = gazetteer
        let candidates = attempt.candidates
        let namedArea = areasNamed[NameNormalizer.hashes(of: attempt.query.name).exact] ?? []
        let statedAt = statedPoint(of: attempt.query, stated: stated)
        var local: [GazetteerRecord] = []
        let core = Set(focus.anchors.filter(\.isCore).map(\.record.id))
        // The candidates themselves are not context for one another: a namesake 3 km from the place the
        // same name was anchored to must not gain from it.
        let excluded = Set(candidates.map { g.records[Int($0.record)].id })
        for p in paragraphs(containing: attempt.query.name) {
            local += (anchorsOfParagraph[p] ?? []).filter { core.contains($0.id) && !excluded.contains($0.id) }
        }
        let strong = candidates.filter { $0.nameTier >= .variant && !g.records[Int($0.record)].isArea }
        let onePlace =
            !strong.isEmpty
            && strong.allSatisfy { c in
                let a = g.records[Int(c.record)], b = g.records[Int(strong[0].record)]
                return ArticleFocus.kilometres(a.latitude, a.longitude, b.latitude, b.longitude) <= 5
            }
        let strict = Self.strictKey(attempt.form.core)
        // Places apart whose main names are this spelling's variant: namesakes. Which of them happens to
        // list the spelling letter for letter among its alternate names says little about which is meant.
        let namesakes = candidates.filter { c in
            let r = g.records[Int(c.record)]
            return !r.isArea && c.nameTier >= .variant && NameNormalizer.hashes(of: r.name).variant == queryKeys.variant
        }
        let sharedMainName =
            queryKeys.hasVariant
            && namesakes.contains { a in
                let ra = g.records[Int(a.record)], rb = g.records[Int(namesakes[0].record)]
                return ArticleFocus.kilometres(ra.latitude, ra.longitude, rb.latitude, rb.longitude) > 5
            }
        let closeness = spellingCloseness(attempt)
        var scored = candidates.map {
            score(
                $0, evidence: attempt.evidence, local: local, unique: onePlace, queryKeys: queryKeys, strictKey: strict,
                spellingCloseness: closeness,
                namedArea: namedArea, excluded: excluded, statedPoint: statedAt, sharedMainName: sharedMainName)
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.candidate.record < $1.candidate.record }
        return scored
    }

    /// Between candidates found by their consonants alone, the spelling nearer the written one: the
    /// consonants cannot tell them apart, the letters between them can.
    private func spellingCloseness(_ a: Attempt) -> [Int32: Double] {
        var closeness: [Int32: Double] = [:]
        guard a.candidates.filter({ $0.nameTier == .skeleton }).count > 1 else { return closeness }
        var normalizer = NameNormalizer()
        normalizer.normalize(a.form.core)
        for m in gazetteer.fuzzy.value.matches(normalizer.variant, maxDistance: 2) where closeness[m.record] == nil {
            closeness[m.record] = m.distance == 1 ? 0.1 : 0.05
        }
        return closeness
    }

    /// Which candidate may answer, in order, with why the others may not: the winner and its note come
    /// from how the article uses the name, the refusals from how far it lies from the article's places.
    private struct Verdicts {
        var winner = 0
        var note = ""
        var order: [Int] = []
        var refusals: [Int: String] = [:]
    }

    /// A town or an area of the same name: the score alone cannot tell which, the article's own words
    /// can ("the province of …"), and in running text a bare name is the town.
    private func preferredWinner(_ scored: [Scored], _ a: Attempt) -> Verdicts {
        let g = gazetteer
        var v = Verdicts()
        guard a.query.linkPage == nil, a.form.isPlain, a.evidence.areaKind == nil else { return v }
        let first = g.records[Int(scored[0].candidate.record)]
        let key = NameNormalizer.hashes(of: a.query.name).exact
        if first.isArea, a.preferTown, !areaCues.contains(key),
            let town = scored.firstIndex(where: {
                $0.candidate.nameTier >= .variant && !g.records[Int($0.candidate.record)].isArea
            })
        {
            v.winner = town
            v.note = "a name in running text: the town, not the area of the same name"
        } else if !first.isArea, areaCues.contains(key),
            let area = scored.firstIndex(where: {
                $0.candidate.nameTier >= .variant && g.records[Int($0.candidate.record)].featureCode == "ADM1"
            })
        {
            v.winner = area
            v.note = "the article uses it as a province ('the province of …', '… region')"
        }
        return v
    }

    /// A name the article uses as part of a feature's name is that feature, which no record is: the
    /// village it shares a word with is refused outright, whatever its score.
    private func refusedAsFeaturePart(_ scored: [Scored], _ a: Attempt) -> PlaceResolution? {
        let g = gazetteer
        let (query, form) = (a.query, a.form)
        if a.proxies, regions.contains(NameNormalizer.hashes(of: query.name).exact) {
            let all = scored.map { g.records[Int($0.candidate.record)] }
            return PlaceResolution(
                query: query, record: nil, score: 0,
                reason:
                    "the infobox names '\(query.name)' as the battle's area: a region, not the village '\(form.core)'",
                suggestions: Array(all.prefix(5)))
        }
        // Written only inside a feature's name ("the X plateau"): the feature, not a village called X.
        if form.isPlain, query.linkPage == nil, let v = Optional(NameNormalizer.hashes(of: query.name)), v.hasVariant,
            onlyInFeatures.contains(v.variant)
        {
            let all = scored.map { g.records[Int($0.candidate.record)] }
            return PlaceResolution(
                query: query, record: nil, score: 0,
                reason:
                    "the article writes '\(query.name)' only as part of a feature's name (hill, plateau, airbase …); no record is that feature",
                suggestions: Array(all.prefix(5)))
        }
        return nil
    }

    /// Far from the article's places and nothing confirms it: an honest gap, never a guess. A refused
    /// candidate gives way to the next one.
    private func applyRefusals(_ v: inout Verdicts, _ scored: [Scored], _ a: Attempt, queryKeys: NameNormalizer.Hashes)
    {
        // A feature named after a place the article also names on its own is not that place.
        var namedApart: String?
        if a.proxies, queryKeys.hasVariant, standalone.contains(queryKeys.variant) {
            namedApart = "'\(a.form.core)'"
        }
        var refusals: [Int: String] = [:]
        var order = [v.winner] + scored.indices.filter { $0 != v.winner }
        order.removeAll { n in
            guard
                let why = refusal(
                    scored[n], form: a.form, proxies: a.proxies, proxyNamedApart: namedApart, query: a.query)
            else { return false }
            refusals[n] = why
            return true
        }
        v.order = order
        v.refusals = refusals
    }

    /// Every candidate's verdict in words, for `explain`: why the winner won and each other lost.
    private func ranking(_ scored: [Scored], _ v: Verdicts, evidence: ResolutionEvidence) -> [RankedCandidate] {
        var ranking: [RankedCandidate] = []
        for (n, s) in scored.prefix(8).enumerated() {
            let verdict: String
            if let why = v.refusals[n] {
                verdict = "refused: " + why
            } else if n == v.order.first {
                verdict = "won" + (v.note.isEmpty ? "" : " (\(v.note))")
            } else if n < v.winner || (n == 0 && v.winner != 0) {
                verdict = "lost: " + v.note
            } else {
                verdict = "lost: lower score"
            }
            ranking.append(
                RankedCandidate(
                    record: gazetteer.records[Int(s.candidate.record)], score: s.score,
                    why: reason(s, evidence: evidence), verdict: verdict))
        }
        return ranking
    }

    /// The resolution: the first candidate no rule refused, or none (with the winner's refusal as the
    /// reason) when every one was.
    private func answer(_ scored: [Scored], _ v: Verdicts, _ a: Attempt, ranking: [RankedCandidate])
        -> PlaceResolution
    {
        let g = gazetteer
        guard let winner = v.order.first else {
            let all = scored.map { g.records[Int($0.candidate.record)] }
            var r = PlaceResolution(
                query: a.query, record: nil, score: 0, reason: v.refusals[v.winner] ?? "",
                suggestions: Array(all.prefix(5)))
            r.ranking = ranking
            return r
        }
        var note = v.note
        var best = scored[winner]
        let record = g.records[Int(best.candidate.record)]
        if a.proxies {
            note =
                (note.isEmpty ? "" : note + "; ")
                + "a feature (\(a.form.feature!.rawValue)) placed at the village it is named after"
        }
        let others = scored.indices.filter { $0 != winner }.map { g.records[Int(scored[$0].candidate.record)] }
        best.note = note
        let runnerUp = scored.indices.first { $0 != winner }
        var r = PlaceResolution(
            query: a.query, record: record, score: best.score,
            runnerUp: runnerUp.map { g.records[Int(scored[$0].candidate.record)] },
            runnerUpScore: runnerUp.map { scored[$0].score },
            reason: reason(best, evidence: a.evidence), suggestions: Array(others.prefix(4)))
        r.ranking = ranking
        return r
    }

    /// The paragraphs (numbered from 1) whose text holds the name as written.
    func paragraphs(containing name: String) -> [Int] {
        if let known = paragraphsOfName[NameNormalizer.hashes(of: name).exact] { return known }
        let needle = Array(name.utf8)
        guard let first = needle.first else { return [] }
        var out: [Int] = []
        for (i, text) in paragraphTexts.enumerated() where text.count >= needle.count {
            var k = 0
            let last = text.count - needle.count
            while k <= last {
                if text[k] == first && text[k..<(k + needle.count)].elementsEqual(needle) {
                    out.append(i + 1)
                    break
                }
                k += 1
            }
        }
        return out
    }

    /// The long form whose first word this short form is, when the article used it earlier.
    func shortFormOwner(_ name: String) -> LongForm? {
        let key = NameNormalizer.hashes(of: name).exact
        guard let forms = longForms[key], let used = firstUse[key] else { return nil }
        // Only a plain long name ("Khirbat Abu X"), not an area's or a feature's ("X Governorate").
        return forms.filter {
            ($0.offset < used || used < 0) && PlaceNameForm($0.name).isPlain
                && ResolutionEvidence.mentionsAreaWord($0.name) == false
        }
        .min { $0.offset < $1.offset }
    }

    /// Why a candidate may not answer for the name, or nil when it may.
    func refusal(_ s: Scored, form: PlaceNameForm, proxies: Bool, proxyNamedApart: String?, query: PlaceQuery)
        -> String?
    {
        let record = gazetteer.records[Int(s.candidate.record)]
        guard !record.isArea else { return nil }
        if proxies {
            if let named = proxyNamedApart {
                return
                    "'\(query.name)' is a feature (\(form.feature!.rawValue)); the article names \(named) on its own, so the two are different places"
            }
            let beside = s.focusKm ?? .infinity
            guard beside > Self.featureProxyKilometres else { return nil }
            return
                "'\(query.name)' is a feature (\(form.feature!.rawValue)) with no record of that kind, and \(record.name) is "
                + "\(Self.kilometresText(beside)) from the article's other places (a feature takes a village's point only within \(Int(Self.featureProxyKilometres)) km)"
        }
        guard !s.confirmed else { return nil }
        let km = s.focusKm ?? .infinity
        // One Arabic name with a strict match: as good as a transliteration variant.
        if s.candidate.nameTier >= .variant || s.candidate.linkTier >= .variant || s.candidate.sameArabicName {
            // Outside the governorates the infobox names, and far from the places named beside it.
            if !focus.governorates.isEmpty, let local = s.localKm, local > Self.outsideLocalKilometres,
                !focus.governorates.contains(record.governorate ?? "")
            {
                return
                    "\(record.name) (\(record.governorate ?? "?")) lies outside the governorates the infobox names and "
                    + "\(Self.kilometresText(local)) from the places named beside it, and nothing confirms it (no link, no exact name)"
            }
            guard km > (s.unique ? Self.uniqueLimitKilometres : Self.variantLimitKilometres) else { return nil }
            return
                "\(record.name) (\(record.governorate ?? "?")) is \(Self.kilometresText(km)) from the article's places and nothing "
                + "confirms it (no link, no exact name, not the only place so called)"
        }
        // Consonants alone, or a misspelling: not against a link that names some other page, and only
        // right among the places the article names around it.
        if query.linkPage != nil {
            return
                "\(record.name) matches '\(query.name)' by its consonants or a misspelling only, and the link names another page"
        }
        // Consonants alone through an alternate name: two weak links (alternate names hold absorbed
        // hamlets and old names), so the main name must share the consonants (y and w aside).
        if s.candidate.nameTier == .skeleton, !s.candidate.firstWordOnly, s.mainName == 0,
            s.candidate.linkTier == .none,
            Self.firmConsonants(record.name) != Self.firmConsonants(form.core)
        {
            return
                "\(record.name) matches '\(query.name)' by the consonants of an alternate name only, not of its own name"
        }
        let local = s.localKm ?? km
        guard km > Self.looseLimitKilometres || (local > Self.looseLocalKilometres && km > Self.besideKilometres) else {
            return nil
        }
        return
            "\(record.name) (\(record.governorate ?? "?")) matches by its consonants or a misspelling only, and is \(Self.kilometresText(km)) "
            + "from the article's places and \(Self.kilometresText(local)) from those named beside it"
    }

    /// The name folded (case, diacritics, ayn and hamza marks, separators) with every form of the Arabic
    /// article written "al": "al-Sawda" and "As Sawda" are the same spelling, assimilated or not.
    static func strictKey(_ name: String) -> String {
        var name = name
        let folded: [UInt8] = name.withUTF8 { NameNormalizer.withKeys($0) { f, _, _ in Array(f) } }
        let words = folded.split(separator: 0x20).map { w -> [UInt8] in
            NameNormalizer.isArticle(Array(w)) ? Array("al".utf8) : Array(w)
        }
        return String(decoding: Array(words.joined(separator: [0x20])), as: UTF8.self)
    }

    /// The consonant skeleton without y and w, which transliterations also write as vowels ("Sallayn",
    /// "Sillin"; "Zaradiyah", "Zaradie").
    static func firmConsonants(_ name: String) -> [UInt8] {
        var n = NameNormalizer()
        n.normalize(name)
        return n.skeleton.filter { $0 != UInt8(ascii: "y") && $0 != UInt8(ascii: "w") }
    }

    /// "12 km", or "far" when the article has no place to measure from.
    static func kilometresText(_ km: Double) -> String { km.isFinite ? "\(Int(km.rounded())) km" : "far" }

    /// Whether a candidate lies within `km` of a core place named in the paragraphs that name `name`;
    /// true when those paragraphs name no other place (nothing to measure against).
    func isNearParagraphPlaces(_ c: PlaceCandidate, of name: String, within km: Double) -> Bool {
        let r = gazetteer.records[Int(c.record)]
        guard !r.isArea else { return false }
        let core = Set(focus.anchors.filter(\.isCore).map(\.record.id))
        var any = false
        for p in paragraphs(containing: name) {
            for o in anchorsOfParagraph[p] ?? [] where core.contains(o.id) && o.id != r.id {
                any = true
                if ArticleFocus.kilometres(r.latitude, r.longitude, o.latitude, o.longitude) <= km { return true }
            }
        }
        return !any
    }

    /// Whether a candidate lies within the loose limit of the article's core places.
    func isNearFocus(_ c: PlaceCandidate, within km: Double) -> Bool {
        let r = gazetteer.records[Int(c.record)]
        guard !r.isArea else { return false }
        return (focus.nearestCore(lat: r.latitude, lon: r.longitude, excluding: [r.id])?.km ?? .infinity) <= km
    }

    // MARK: - Scoring

    struct Scored {
        var candidate: PlaceCandidate
        var score: Double
        var base: Double
        var focusKm: Double?
        var nearest: String?
        var company: Int
        var localKm: Double?
        var confirmed: Bool
        var unique = false
        var inNamedArea = false
        var mainName = 0.0
        /// Distance to where the article says the place lies ("8 km south of Y"), when it says so.
        var statedKm: Double?
        /// An exact match through an alternate name only, among namesakes sharing a main name.
        var aliasOnly = false
        var note = ""
    }

    private func score(
        _ c: PlaceCandidate, evidence: ResolutionEvidence, local: [GazetteerRecord], unique: Bool,
        queryKeys: NameNormalizer.Hashes,
        strictKey: String, spellingCloseness: [Int32: Double], namedArea: Set<Int16>, excluded: Set<String>,
        statedPoint: (from: GazetteerRecord, position: StatedPosition)?, sharedMainName: Bool
    ) -> Scored {
        let g = gazetteer
        let r = g.records[Int(c.record)]
        var base = (g.explain(c, evidence: evidence, reasons: nil) * 1000).rounded() / 1000
        let main = NameNormalizer.hashes(of: r.name)
        // Among namesakes sharing a main name, an exact match through an alternate name (not the main
        // name, not the English Wikipedia title) weighs as the main name's variant does.
        let aliasOnly =
            sharedMainName && c.nameTier == .exact && main.exact != queryKeys.exact && main.variant == queryKeys.variant
            && g.facts[Int(c.record)].wikipediaKey != queryKeys.variant
        if aliasOnly { base -= MatchTier.exact.weight() - MatchTier.variant.weight() }
        let confirmed =
            c.linkTier >= .variant || (c.nameTier == .exact && !aliasOnly) || strictKey == Self.strictKey(r.name)
            || (evidence.linkTitleKey != 0 && g.facts[Int(c.record)].wikipediaKey == evidence.linkTitleKey)
        var s = Scored(candidate: c, score: base, base: base, company: 0, confirmed: confirmed)
        s.aliasOnly = aliasOnly
        s.unique = unique && c.nameTier >= .variant
        // The sentence names the governorate it lies in ("X in the Y countryside"): as good as a link's.
        if !namedArea.isEmpty, g.facts[Int(c.record)].governorate >= 0,
            namedArea.contains(g.facts[Int(c.record)].governorate), c.nameTier >= .variant
        {
            s.inNamedArea = true
            s.confirmed = true
            s.score += Gazetteer.Weight.linkArea
        }
        // The name is this record's own main name, not an alias it shares with a neighbour.
        if main.hasExact && main.exact == queryKeys.exact {
            s.mainName = 0.15
        } else if main.hasVariant && main.variant == queryKeys.variant {
            s.mainName = 0.1
        } else if main.hasSkeleton && main.skeleton == queryKeys.skeleton {
            s.mainName = c.nameTier > .skeleton ? 0.05 : 0.001
        }
        s.score += s.mainName
        s.score += spellingCloseness[c.record] ?? 0
        if let (from, p) = statedPoint, !r.isArea, from.id != r.id {
            let km = ArticleFocus.kilometres(r.latitude, r.longitude, from.latitude, from.longitude)
            let k = cos((r.latitude + from.latitude) / 2 * .pi / 180)
            let bearing =
                atan2((r.longitude - from.longitude) * k * 111.32, (r.latitude - from.latitude) * 110.57) * 180 / .pi
            var turn = abs(bearing - p.bearing).truncatingRemainder(dividingBy: 360)
            if turn > 180 { turn = 360 - turn }
            let off = abs(km - p.kilometres)
            s.statedKm = off
            s.score +=
                Weight.stated * exp(-off / max(Weight.statedKilometres, p.kilometres / 4))
                * exp(-max(0, turn - Weight.statedDegrees) / 20)
        }
        guard !r.isArea else { return s }
        // Between namesakes none of which is near the article's places, the seat of an area is the one
        // an article names in passing.
        if let code = r.featureCode, code.hasPrefix("PPLA") || code == "PPLC" { s.score += Weight.seat }
        if let near = focus.nearestCore(lat: r.latitude, lon: r.longitude, excluding: excluded) {
            s.focusKm = near.km
            s.nearest = near.anchor.name
            s.score += Weight.focus * exp(-near.km / Weight.focusKilometres)
        }
        s.company = focus.company(
            lat: r.latitude, lon: r.longitude, excluding: excluded, radius: Weight.companyKilometres)
        s.score += Weight.company * min(1, Double(s.company) / Weight.companyFull)
        var nearestLocal = Double.infinity
        for o in local where o.id != r.id {
            nearestLocal = min(nearestLocal, ArticleFocus.kilometres(r.latitude, r.longitude, o.latitude, o.longitude))
        }
        if nearestLocal.isFinite {
            s.localKm = nearestLocal
            s.score += Weight.local * exp(-nearestLocal / Weight.localKilometres)
        }
        s.score = (s.score * 1000).rounded() / 1000
        return s
    }

    private func reason(_ s: Scored, evidence: ResolutionEvidence) -> String {
        var text = gazetteer.reason(for: s.candidate, evidence: evidence)
        if let km = s.focusKm, let name = s.nearest {
            text += "; \(Int(km.rounded())) km from \(name), the nearest of the article's places"
        }
        if s.company > 0 { text += "; \(s.company) of the article's places within \(Int(Weight.companyKilometres)) km" }
        if let km = s.localKm { text += "; \(Int(km.rounded())) km from a place named in the same paragraph" }
        if s.aliasOnly {
            text +=
                "; the spelling is only an alternate name of one of several places sharing the main name (weighed as a variant)"
        }
        if let km = s.statedKm {
            text +=
                "; \(Self.kilometresText(km)) off the distance the article gives from the place it is measured from (where the article says it lies)"
        }
        if s.candidate.firstWordOnly { text += "; the written word begins its name" }
        if s.candidate.sameArabicName { text += "; the same Arabic name as a place the spelling matches more closely" }
        if s.inNamedArea { text += "; in the governorate the article names beside it" }
        if s.mainName > 0 { text += "; the name is its main name" }
        if s.confirmed { text += "; confirmed (link, exact name or the only place so called)" }
        if !s.note.isEmpty { text += "; " + s.note }
        return text
    }
}

extension Gazetteer {
    /// This gazetteer's resolver for one article (see `ArticlePlaces`).
    public func places(in article: Article) -> any ArticlePlaceResolver {
        ArticlePlaces(article: article, gazetteer: self)
    }
}
