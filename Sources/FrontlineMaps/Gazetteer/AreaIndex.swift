import Foundation

/// Governorate and district names, with every alias their own records carry ("Hamah", "Hama
/// Governorate", "حماة"), so that an infobox `place` or a link's disambiguator ("Murak, Hama") can be
/// read as "this is in Hama governorate".
struct AreaIndex: Sendable {
    var governorates: [String] = []
    var districts: [String] = []
    private var governorateByName: [String: Int16] = [:]
    private var districtByName: [String: Int16] = [:]
    private var governorateByKey: [UInt64: Int16] = [:]
    private var districtByKey: [UInt64: Int16] = [:]

    /// Words that say "an area" rather than name one; dropped before a second lookup.
    private static let areaWords: Set<String> = [
        "governorate", "province", "district", "region", "subdistrict", "sub", "muhafazat", "mohafazat",
        "muhafaza", "mantiqat", "nahiya", "nahiyah", "countryside", "rural", "city", "of", "the", "markaz",
        "gouvernorat", "de", "du",
    ]

    /// Compass words before an area's name ("eastern X Governorate"): they narrow it, not name it.
    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeastern",
        "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
        "south-western", "central", "upper", "lower", "rural",
    ]

    /// The index of a governorate name, adding it when new.
    mutating func governorate(named name: String) -> Int16 {
        if let i = governorateByName[name] { return i }
        governorates.append(name)
        let index = Int16(governorates.count - 1)
        governorateByName[name] = index
        addGovernorateAlias(name, index: index)
        return index
    }

    mutating func district(named name: String) -> Int16 {
        if let i = districtByName[name] { return i }
        districts.append(name)
        let index = Int16(districts.count - 1)
        districtByName[name] = index
        addDistrictAlias(name, index: index)
        return index
    }

    mutating func addGovernorateAlias(_ alias: String, index: Int16) {
        if let key = Self.key(alias), governorateByKey[key] == nil { governorateByKey[key] = index }
    }

    mutating func addDistrictAlias(_ alias: String, index: Int16) {
        if let key = Self.key(alias), districtByKey[key] == nil { districtByKey[key] = index }
    }

    /// Governorates and districts named in free text such as "Hama Governorate, Syria": each
    /// comma-separated part is looked up as written, then without words like "Governorate".
    func areas(in text: String) -> (governorates: [Int16], districts: [Int16]) {
        var g: [Int16] = []
        var d: [Int16] = []
        // "X Governorate and Y Governorate", "southern and eastern X Governorate": each
        // listed area on its own, without the compass words that narrow it.
        let parts = text.split(separator: ",").flatMap { $0.components(separatedBy: " and ") }
        for part in parts {
            let kept = part.split(separator: " ").filter { !Self.compassWords.contains($0.lowercased()) }
            let whole = kept.joined(separator: " ")
            var found = lookup(whole, &g, &d)
            if !found {
                let words = whole.split(whereSeparator: { $0 == " " || $0 == "_" })
                    .filter { !Self.areaWords.contains($0.lowercased()) }
                if !words.isEmpty { found = lookup(words.joined(separator: " "), &g, &d) }
            }
        }
        return (g, d)
    }

    private func lookup(_ text: String, _ g: inout [Int16], _ d: inout [Int16]) -> Bool {
        guard let key = Self.key(text) else { return false }
        var found = false
        if let i = governorateByKey[key] {
            if !g.contains(i) { g.append(i) }
            found = true
        }
        if let i = districtByKey[key] {
            if !d.contains(i) { d.append(i) }
            found = true
        }
        return found
    }

    private static func key(_ text: String) -> UInt64? {
        let keys = NameNormalizer.hashes(of: text)
        return keys.hasVariant ? keys.variant : nil
    }
}
