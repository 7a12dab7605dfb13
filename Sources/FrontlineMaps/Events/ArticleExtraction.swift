/// One article's extraction in progress: the state carried from sentence to sentence.
///
/// Articles are written in order, and so are read: the year and the anchor of relative dates,
/// the names already linked, the last place named (for "this same town"), and the previous
/// sentence's events (for "However, this was not confirmed.") all come from what came before.
struct ArticleExtraction {
    let article: Article
    let extractor: EventExtractor
    var lexicon: CompiledLexicon { extractor.compiled }
    var resolver: any PlaceResolver { extractor.resolver }

    var dates = DateParser()
    var sides: SideMatcher
    /// Pages the combatants link to: a body link to one of them names an actor, not a place.
    let sideLinkPages: Set<String>
    /// Names already met as links or gazetteer hits, matched again in plain text.
    var known = PhraseTable<PlaceInfo>()
    var cache: [PlaceQuery: PlaceInfo] = [:]
    var context: ResolutionContext
    /// The article's place resolver, built on first use (see `PlaceResolver.places(in:)`).
    lazy var places: any ArticlePlaceResolver = resolver.places(in: article)
    var areaPlace: PlaceInfo?

    var events: [Event] = []
    var baseline: [Baseline] = []
    var diagnostics: [Diagnostic] = []
    /// The sentences (by offset) whose sided, placed change of control the ledger already had from an
    /// earlier sentence: a later report of the same event, kept once.
    var repeatedReports = Set<Int>()

    /// Unresolved place names already reported (one warning per name).
    var warnedUnresolved = Set<String>()
    var lastDate: EventDate?
    /// The actor the narrative is following: "they", "the attackers" and verbs with no subject of
    /// their own refer to it.
    var discourseActor: SentenceMentions.Actor?
    var lastTarget: PlaceInfo?
    /// The last populated place the text named, whatever it said of it ("… left X. The town was bombed").
    var lastNamed: PlaceInfo?
    /// Sentences since `lastTarget` was named: "the town" right after a place was taken is that place.
    var lastTargetAge = 0
    /// Whether `lastTarget` was the only place its sentence drafted as a target (so a sentence after
    /// it that names no place can only mean it).
    var lastTargetAlone = false
    /// The last city named (a seat of government or a place of 20,000 people or more), for "the city".
    var lastCity: PlaceInfo?
    /// How often each populated place has been named so far (by record id), for "the town".
    var mentionCounts: [String: (PlaceInfo, Int)] = [:]
    /// Indices in `events` of the previous sentence's events, and its paragraph.
    var previous: [Int] = []
    var previousParagraph = -1

    init(article: Article, extractor: EventExtractor) {
        self.article = article
        self.extractor = extractor
        var diags: [Diagnostic] = []
        let articleSides = article.sides
        sides = SideMatcher(sides: articleSides, lexicon: extractor.lexicon, diagnostics: &diags, file: article.file)
        sideLinkPages = Set(articleSides.flatMap { $0.links.map(\.page) })
        diagnostics = diags
        context = ResolutionContext(articlePlace: article.field("place")?.text)
        if let date = article.field("date")?.text { dates.start(infoboxDate: date) }
    }

    mutating func run() {
        if let field = article.field("place") {
            let name =
                field.text.split(separator: ",").first.map { String($0).trimmingCharacters(in: .whitespaces) }
                ?? field.text
            areaPlace = resolve(PlaceQuery(name: name, linkPage: field.links.first?.page))
        }
        learnAcronyms()
        var section = -1
        for (sentence, paragraph) in Self.eventSentencesWithParagraphs(of: article) {
            // Who "they" are does not cross a heading.
            if sentence.sectionIndex != section { section = sentence.sectionIndex; discourseActor = nil }
            process(sentence, paragraph: paragraph)
        }
    }

    /// The sentences events are read from, with the number of their paragraph. The lead summarises the
    /// body (Wikipedia's manual of style); events are read from the body, unless the article has
    /// nothing but a lead.
    static func eventSentencesWithParagraphs(of article: Article) -> [(Sentence, Int)] {
        let skipLead = article.sections.count > 1 && article.sections[0].title.isEmpty
        var out: [(Sentence, Int)] = []
        var paragraphID = 0
        for (s, section) in article.sections.enumerated() {
            if s == 0 && skipLead { paragraphID += section.paragraphs.count; continue }
            for paragraph in section.paragraphs {
                paragraphID += 1
                for sentence in paragraph.sentences { out.append((sentence, paragraphID)) }
            }
        }
        return out
    }

    static func eventSentences(of article: Article) -> [Sentence] { eventSentencesWithParagraphs(of: article).map(\.0) }

    /// The ledger: events deduplicated, in date order (then text order), numbered.
    /// How far from the infobox's dates an event may lie and still be mapped (ten years).
    static let backgroundDays = 3653

    mutating func finish() -> Ledger {
        var seen = Set<String>()
        var kept: [Event] = []
        for e in events {
            // Background a decade away from the war ("the 1998 Adana agreement") is history, not a
            // day of this war's maps: left out, and said so.
            if let range = dates.range,
                e.date.day < range.lowerBound - Self.backgroundDays
                    || e.date.day > range.upperBound + Self.backgroundDays
            {
                diagnostics.append(
                    Diagnostic(
                        .note,
                        "\(e.type.rawValue) at \(e.placeName) on \(e.date.day.iso) is more than ten years from the infobox's dates; left out as background",
                        at: e.sourceLocation))
                continue
            }
            let key =
                "\(e.date.day.ordinal)|\(e.type.rawValue)|\(e.side ?? 0)|\(e.placeID ?? e.placeName)|\(e.placeRole.rawValue)"
            if seen.insert(key).inserted {
                kept.append(e)
            } else if e.type.changesControl, e.side != nil, e.placeID != nil, e.placeRole != .origin {
                repeatedReports.insert(e.sourceOffset)
            }
        }
        let order = kept.indices.sorted { a, b in
            let x = kept[a], y = kept[b]
            if x.date.day != y.date.day { return x.date.day < y.date.day }
            if x.sourceOffset != y.sourceOffset { return x.sourceOffset < y.sourceOffset }
            return a < b
        }
        var out: [Event] = []
        out.reserveCapacity(order.count)
        for (n, i) in order.enumerated() {
            var e = kept[i]
            e.id = "EV-" + pad(n + 1, 4)
            out.append(e)
        }
        inferTakers(&out)
        var uniqueBaseline: [Baseline] = []
        for b in baseline where !uniqueBaseline.contains(b) { uniqueBaseline.append(b) }
        return Ledger(title: article.title, sides: article.sides, events: out, baseline: uniqueBaseline)
    }

    /// "The village was taken on 3 May": in a two-sided war a capture that names no taker was made by
    /// the side that did not hold the place, and the ledger says so (`sub_event_type` gains "taker
    /// inferred"). Who held it: the last event before that gave the place a side, else a statement of
    /// who held it before the war (a baseline for the place, then for the whole area); with nothing
    /// known, the side the ledger shows taking most places. (The side the narrative was following is
    /// a worse guess for a passive: "ISIL fell back …; X was taken" is not ISIL's doing — tried, and
    /// it lost a checkpoint of the corpus.)
    func inferTakers(_ out: inout [Event]) {
        guard sides.sideNumbers.count == 2 else { return }
        var holder: [String: Int] = [:]
        for b in baseline {
            if case let .places(ids) = b.scope { for id in ids where holder[id] == nil { holder[id] = b.side } }
        }
        let area = baseline.first { $0.scope == .area }?.side
        var takes: [Int: Int] = [:]
        for e in out where [.capture, .recapture].contains(e.type) && e.placeRole == .target {
            if let s = e.side { takes[s, default: 0] += 1 }
        }
        let mostTaking = takes.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        // ("Another village was captured near X": ground near a place says nothing of who held the place;
        // the side taking most places is the better guess, and the row says it was inferred.)
        for i in out.indices
        where out[i].placeRole == .vicinity && out[i].side == nil && [.capture, .recapture].contains(out[i].type) {
            guard let taker = mostTaking else { break }
            out[i].side = taker
            out[i].actor = sides.name(of: taker) ?? ""
            out[i].subType += "; taker inferred"
        }
        for i in out.indices where out[i].placeRole == .target {
            guard let id = out[i].placeID else { continue }
            let e = out[i]
            if e.side == nil, [.capture, .recapture].contains(e.type),
                let taker = (holder[id] ?? area).flatMap({ sides.opponent(of: $0) }) ?? mostTaking
            {
                out[i].side = taker
                out[i].actor = sides.name(of: taker) ?? ""
                out[i].subType = (e.subType.isEmpty ? e.type.rawValue : e.subType) + "; taker inferred"
            }
            if let s = out[i].side, [.capture, .recapture, .held].contains(e.type) { holder[id] = s }
        }
    }

    // MARK: - Places

    /// Resolves a query once per article; every resolved place joins the context of the next ones.
    ///
    /// With `preferTown`, a bare name in running text ("fighting inside Hama city") that the resolver
    /// gave to an administrative area goes to the populated place of the same name among its
    /// alternatives: prose says "X province" when it means the province.
    mutating func resolve(_ query: PlaceQuery, preferTown: Bool = false) -> PlaceInfo {
        let key = preferTown ? PlaceQuery(name: query.name, linkPage: "\u{0}town") : query
        if let hit = cache[key] { return hit }
        // One resolver for the whole article (`ArticlePlaces` for the real gazetteer): the same answer
        // for a name whichever sentence asks, and the same as `frontline resolve --context` gives.
        let record = places.resolve(query, preferTown: preferTown).record
        let info = PlaceInfo(name: query.name, query: query, record: record)
        if let rec = record, !context.resolved.contains(rec) { context.resolved.append(rec) }
        cache[key] = info
        return info
    }

    private func pad(_ v: Int, _ n: Int) -> String {
        let s = String(v)
        return s.count >= n ? s : String(repeating: "0", count: n - s.count) + s
    }
}

extension ArticleExtraction {
    /// Where this run places a name as written: through its link when the article links that text,
    /// else as a name in running text.
    mutating func placeOf(_ name: String) -> PlaceInfo {
        let query = places.query(for: name)
        return resolve(query, preferTown: query.linkPage == nil)
    }
}
