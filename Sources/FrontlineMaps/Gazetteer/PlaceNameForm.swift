/// What the words around a place name say about it, read off the name as written: "X city" is the
/// town X, "the village of Kafr X" the village, "X airbase" a feature named after a
/// place, "Western X" the quarter the gazetteer calls "X al-Gharbi". English only, so generic:
/// no place name of any article is here.
struct PlaceNameForm: Hashable, Sendable {
    /// The kind of thing a feature word names ("airbase", "hill"): only records of that kind, or a
    /// village of that name beside the article's other places, may answer for it.
    enum Feature: String, Sendable {
        case hill, mountain, checkpoint, base, airbase, airport, dam, crossing, camp, field, hospital, square,
            quarter, road, building, water, plain

        /// Arabic words a record's own name starts with when it is that kind of place ("Tall X" is a hill,
        /// "Mukhayyam X" a camp, "Maṭār X" an airport), so that "X hill" can meet "Tall X".
        /// Named places a feature of this kind often stands at and is named after: a crossing or a
        /// checkpoint at a camp ("the X crossing" at "Mukhayyam X").
        var standsAt: [Feature] {
            switch self {
            case .crossing, .checkpoint: [.camp]
            default: []
            }
        }

        var arabicHeads: [String] {
            switch self {
            case .hill: ["Tall", "Tal", "Tell", "Jabal", "Jebel", "Qarn", "Ras"]
            case .mountain: ["Jabal", "Jebel", "Jbal"]
            case .camp: ["Mukhayyam", "Mukhayam", "Mokhayam"]
            case .airbase, .airport: ["Matar", "Mataar"]
            case .dam: ["Sadd", "Sad"]
            case .crossing: ["Mabar", "Maabar"]
            case .hospital: ["Mustashfa"]
            default: []
            }
        }
    }

    /// The name with the words below taken off ("X" for "X city", "X" for "Tal X").
    var core: String
    /// The name without settlement words and trailing feature words but with a leading one ("Tall
    /// X" for "Tall X hill"): when a record is called that, the feature word is part of its name.
    var withHead: String
    /// "city", "town", "village", "of the city of": a populated place is meant, never an area.
    var isSettlement = false
    /// "countryside", "province", "governorate": an area is meant (see `ResolutionEvidence.areaKind`).
    var isArea = false
    var feature: Feature?
    /// Every feature word's kind, outermost first ("crossing", then "camp" in "X camp crossing").
    var kinds: [Feature] = []
    /// The feature word as written ("airbase", "Tal"), for reports.
    var featureWord: String?
    /// Other ways the gazetteer may write the same name: "X al-Gharbi" for "Western X",
    /// "Shirnak" for "Şırnak" read with Turkish letters, "Jayr" for "Jeer".
    var alternatives: [String] = []
    /// Names a record of the feature's kind would bear: "Tall X" for "X hill", "Mukhayyam X" for "X camp".
    var kindNames: [String] = []

    init(_ written: String) {
        var words = written.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
        while let first = words.first, ["the", "The"].contains(first) { words.removeFirst() }
        // "the town of X", "city of X", "village of X".
        if words.count >= 3, Self.settlementWords.contains(words[0].lowercased()), words[1].lowercased() == "of" {
            words.removeFirst(2)
            isSettlement = true
        }
        if words.count >= 3, Self.areaNouns.contains(words[0].lowercased()), words[1].lowercased() == "of" {
            words.removeFirst(2)
            isArea = true
        }
        // "X city", "X town", "X village".
        if words.count >= 2, Self.settlementWords.contains(words[words.count - 1].lowercased()) {
            words.removeLast()
            isSettlement = true
        }
        if words.count >= 2, words[words.count - 1].lowercased() == "countryside" {
            words.removeLast()
            isArea = true
        }
        // Feature words after the name: "X Dam", "X airbase", "X mount", "X oil field".
        while words.count >= 2, let (kind, length) = Self.trailingFeature(words) {
            if feature == nil { feature = kind }
            kinds.append(kind)
            featureWord = words[(words.count - length)...].joined(separator: " ")
            words.removeLast(length)
        }
        withHead = words.joined(separator: " ")
        // Feature words before it: "Jabal al-X", "Tal X", "Mount X", "Point 123".
        if words.count >= 2, let kind = Self.leadingFeatures[words[0].lowercased()] {
            featureWord = featureWord ?? words[0]
            feature = feature ?? kind
            kinds.append(kind)
            words.removeFirst()
        }
        core = words.joined(separator: " ")
        if core.isEmpty { core = written }
        alternatives = Self.directional(words) + Self.kurdishTurkish(core) + Self.longE(core)
        if feature != nil {
            // The feature's own kind first, then any named place it may stand at ("X crossing" at the
            // camp "Mukhayyam X").
            for kind in kinds + kinds.flatMap(\.standsAt) {
                for head in kind.arabicHeads where !kindNames.contains(head + " " + core) {
                    kindNames.append(head + " " + core)
                }
            }
        }
    }

    /// Whether the name as written carries no word this form took off.
    var isPlain: Bool { !isSettlement && !isArea && feature == nil }

    static let settlementWords: Set<String> = ["city", "town", "village", "hamlet", "township"]
    static let areaNouns: Set<String> = ["province", "governorate", "district", "region", "countryside"]

    /// Feature words written after a name, longest first, with how many words they take.
    static let trailingFeatures: [([String], Feature)] = [
        (["border", "crossing"], .crossing), (["border", "post"], .crossing), (["air", "base"], .airbase),
        (["military", "airport"], .airport), (["military", "base"], .base), (["oil", "field"], .field),
        (["gas", "field"], .field), (["brigade", "base"], .base),
        (["hill"], .hill), (["hills"], .hill), (["hilltop"], .hill), (["heights"], .hill), (["peak"], .hill),
        (["mount"], .mountain), (["mountain"], .mountain), (["mountains"], .mountain), (["range"], .mountain),
        (["checkpoint"], .checkpoint), (["base"], .base), (["airbase"], .airbase), (["airfield"], .airbase),
        (["airport"], .airport), (["dam"], .dam), (["crossing"], .crossing), (["camp"], .camp),
        (["oilfield"], .field), (["field"], .field), (["hospital"], .hospital), (["roundabout"], .square),
        (["square"], .square), (["quarter"], .quarter), (["neighbourhood"], .quarter),
        (["neighborhood"], .quarter), (["highway"], .road), (["road"], .road), (["bridge"], .road),
        (["junction"], .road), (["triangle"], .road), (["citadel"], .building), (["castle"], .building),
        (["mosque"], .building), (["prison"], .building), (["factory"], .building), (["school"], .building),
        (["stadium"], .building), (["silos"], .building), (["theatre"], .building), (["river"], .water),
        (["lake"], .water), (["plain"], .plain), (["plateau"], .plain), (["valley"], .plain),
    ]

    static func trailingFeature(_ words: [String]) -> (Feature, Int)? {
        for (pattern, kind) in trailingFeatures where pattern.count < words.count {
            let tail = words[(words.count - pattern.count)...].map { $0.lowercased() }
            if Array(tail) == pattern { return (kind, pattern.count) }
        }
        return nil
    }

    /// Feature words written before a name.
    static let leadingFeatures: [String: Feature] = [
        "jabal": .mountain, "jebel": .mountain, "jbal": .mountain, "mount": .mountain, "tal": .hill, "tall": .hill,
        "tell": .hill, "hill": .hill, "point": .hill, "peak": .hill, "height": .hill, "camp": .camp,
    ]

    /// Compass words and the Arabic adjectives (masculine, feminine) gazetteers write after the name.
    static let compass: [String: [String]] = [
        "western": ["al-Gharbi", "al-Gharbiyah"], "eastern": ["al-Sharqi", "al-Sharqiyah"],
        "northern": ["al-Shamali", "al-Shamaliyah"], "southern": ["al-Janubi", "al-Janubiyah"],
        "upper": ["al-Fawqani", "al-Fawqa"], "lower": ["al-Tahtani", "al-Tahta"],
        "west": ["al-Gharbi", "al-Gharbiyah"], "east": ["al-Sharqi", "al-Sharqiyah"],
        "north": ["al-Shamali", "al-Shamaliyah"], "south": ["al-Janubi", "al-Janubiyah"],
    ]

    /// "Western X" ↔ "X al-Gharbi(yah)", and back.
    static func directional(_ words: [String]) -> [String] {
        guard words.count >= 2 else { return [] }
        if let suffixes = compass[words[0].lowercased()] {
            let rest = words.dropFirst().joined(separator: " ")
            return suffixes.map { rest + " " + $0 }
        }
        var last = words[words.count - 1].lowercased()
        for article in ["al-", "ash-", "el-", "esh-"] where last.hasPrefix(article) { last.removeFirst(article.count) }
        for (word, suffixes) in compass where word.hasSuffix("ern") {
            for s in suffixes where s.dropFirst(3).lowercased() == last {
                let rest = words.dropLast().joined(separator: " ")
                return [word.prefix(1).uppercased() + word.dropFirst() + " " + rest]
            }
        }
        return []
    }

    /// English "ee" writes the long ī ("Tleesa"), but also the ē that Levantine speech makes of the
    /// diphthong ay, which gazetteers write "ay" ("Jeer" for a "Jayr"): the "ay" reading, for the
    /// context to weigh against the ī one. Empty when the name has no "ee".
    static func longE(_ name: String) -> [String] {
        guard name.contains("ee") || name.contains("Ee") else { return [] }
        return [name.replacingOccurrences(of: "ee", with: "ay").replacingOccurrences(of: "Ee", with: "Ay")]
    }

    /// Kurdish and Turkish letters read the way Arabic transliterations write them: ş "sh", ç "ch",
    /// ğ "gh", ı "i", and ê î û as plain vowels (folding alone reads ş as "s", right for GeoNames' Ş = ص
    /// but not for Turkish). Empty when the name has none of them.
    static func kurdishTurkish(_ name: String) -> [String] {
        guard name.unicodeScalars.contains(where: { turkish[$0] != nil }) else { return [] }
        var out = ""
        for s in name.unicodeScalars { out += turkish[s] ?? String(s) }
        return out == name ? [] : [out]
    }

    static let turkish: [Unicode.Scalar: String] = [
        "ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch", "ğ": "gh", "Ğ": "Gh", "ı": "i", "İ": "I",
        "ê": "e", "Ê": "E", "î": "i", "Î": "I", "û": "u", "Û": "U",
    ]
}
