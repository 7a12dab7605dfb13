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

    init(query: PlaceQuery, context: ResolutionContext, areas: AreaIndex, normalizer: inout NameNormalizer) {
        if let page = query.linkPage, !page.isEmpty {
            normalizer.normalize(page)
            if !normalizer.variant.isEmpty {
                linkTitleKey = HashPostings.hash(normalizer.variant, tag: NameIndex.variantTag)
            }
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
            guard let text else { continue }
            let words = text.split(whereSeparator: { $0 == " " || $0 == "_" })
            let kept = words.filter { !Self.areaWords.keys.contains($0.lowercased()) }
            guard kept.count < words.count, !kept.isEmpty else { continue }
            areaKind = areaKind ?? words.lazy.compactMap { Self.areaWords[$0.lowercased()] }.first
            if isLink { linkWithoutAreaWords = kept.joined(separator: " ") } else { nameWithoutAreaWords = kept.joined(separator: " ") }
        }
        resolvedPoints = context.resolved.map { ($0.latitude, $0.longitude) }
    }

    private static let areaWords: [String: String] = [
        "governorate": "ADM1", "province": "ADM1", "muhafazat": "ADM1", "district": "ADM2", "mantiqat": "ADM2",
    ]

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
