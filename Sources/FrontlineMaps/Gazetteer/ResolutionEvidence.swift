import Foundation

/// What a query and its article say beyond the name, read once per resolution: the link's page title,
/// its base name and disambiguator ("Murak" and "Hama" in "Murak, Hama"), and the governorates and
/// districts named by the disambiguator and by the article's infobox `place`.
struct ResolutionEvidence {
    var linkTitleKey: UInt64 = 0
    var linkBase: String?
    var linkGovernorates: [Int16] = []
    var linkDistricts: [Int16] = []
    var articleGovernorates: [Int16] = []
    var articleDistricts: [Int16] = []
    var resolvedPoints: [(lat: Double, lon: Double)] = []
    /// "ADM1" when the name or link says governorate or province, "ADM2" when it says district.
    var areaKind: String?
    var nameWithoutAreaWords: String?
    var linkWithoutAreaWords: String?

    /// Nothing beyond the name: no link, no article place, nothing resolved yet (the fast path).
    var isBare: Bool { linkTitleKey == 0 && linkBase == nil && !hasArea && resolvedPoints.isEmpty && areaKind == nil }

    /// Whether the article or the link names a governorate or district to look in.
    var hasArea: Bool {
        !linkGovernorates.isEmpty || !linkDistricts.isEmpty || !articleGovernorates.isEmpty || !articleDistricts.isEmpty
    }

    /// In an area the link names, or (when the link names none) in the article's.
    func isInArea(_ governorate: Int16, _ district: Int16) -> Bool {
        if !linkGovernorates.isEmpty || !linkDistricts.isEmpty {
            return (governorate >= 0 && linkGovernorates.contains(governorate))
                || (district >= 0 && linkDistricts.contains(district))
        }
        return (governorate >= 0 && articleGovernorates.contains(governorate))
            || (district >= 0 && articleDistricts.contains(district))
    }

    init(query: PlaceQuery, context: ResolutionContext, areas: AreaIndex) {
        if let page = query.linkPage, !page.isEmpty {
            let keys = NameNormalizer.hashes(of: page)
            if keys.hasVariant { linkTitleKey = keys.variant }
            if let comma = page.firstIndex(of: ",") {
                linkBase = String(page[..<comma])
                let found = areas.areas(in: String(page[page.index(after: comma)...]))
                linkGovernorates = found.governorates
                linkDistricts = found.districts
            } else {
                linkBase = page
            }
        }
        if let place = context.articlePlace {
            let found = areas.areas(in: place)
            articleGovernorates = found.governorates
            articleDistricts = found.districts
        }
        for (text, isLink) in [(query.name as String?, false), (linkBase, true)] {
            // Area words follow or precede a name ("Mhardeh District"): one-word names hold none.
            guard let text, text.utf8.contains(where: { $0 == 0x20 || $0 == 0x5F }), Self.mentionsAreaWord(text) else {
                continue
            }
            let words = text.split(whereSeparator: { $0 == " " || $0 == "_" })
            let kept = words.filter { !Self.areaWords.keys.contains($0.lowercased()) }
            guard kept.count < words.count, !kept.isEmpty else { continue }
            areaKind = areaKind ?? words.lazy.compactMap { Self.areaWords[$0.lowercased()] }.first
            if isLink {
                linkWithoutAreaWords = kept.joined(separator: " ")
            } else {
                nameWithoutAreaWords = kept.joined(separator: " ")
            }
        }
        if !context.resolved.isEmpty { resolvedPoints = context.resolved.map { ($0.latitude, $0.longitude) } }
    }

    private static let areaWords: [String: String] = [
        "governorate": "ADM1", "province": "ADM1", "muhafazat": "ADM1", "district": "ADM2", "mantiqat": "ADM2",
    ]

    /// Whether the text holds an area word, checked on bytes (most names hold none, and splitting
    /// them into words would cost more than the whole lookup).
    static func mentionsAreaWord(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for w in areaWordBytes where bytes.count >= w.count {
                for start in 0...(bytes.count - w.count) where bytes[start] | 0x20 == w[0] {
                    var k = 1
                    while k < w.count && (bytes[start + k] | 0x20) == w[k] { k += 1 }
                    if k == w.count { return true }
                }
            }
            return false
        }
    }

    private static let areaWordBytes: [[UInt8]] = areaWords.keys.sorted().map { Array($0.utf8) }

    /// Kilometres from the point to the nearest place already resolved (equirectangular, fine at this
    /// scale), or nil when nothing is resolved yet.
    func nearestResolvedKilometres(lat: Double, lon: Double) -> Double? {
        guard !resolvedPoints.isEmpty else { return nil }
        let k = cos(lat * .pi / 180)
        var best = Double.infinity
        for p in resolvedPoints {
            let dx = (lon - p.lon) * k * 111.32
            let dy = (lat - p.lat) * 110.57
            best = min(best, dx * dx + dy * dy)
        }
        return best.squareRoot()
    }
}
