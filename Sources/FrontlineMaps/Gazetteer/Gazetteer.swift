import Foundation

/// The place resolver of Frontline: every record of the committed gazetteer (and of any user gazetteer
/// or GeoNames dump loaded beside it), found by any of its spellings and ranked by what the article says.
///
/// Immutable after `load`, so one instance serves any number of threads.
public final class Gazetteer: PlaceResolver, Sendable {
    /// The credit line every output that shows these places must carry (see gazetteer/README.md).
    public static let attribution =
        "Place data © Who's On First (CC0), incorporating GeoNames data (geonames.org, CC BY 4.0) and foursquare Quattroshapes (CC BY)."
    /// The credit of the governorate and district outlines (`boundaries.geojson`), for outputs that draw them.
    public static let boundaryAttribution = "Borders: Who's On First (Mesoshapes, CC0)."

    public let records: [GazetteerRecord]
    let names: NameIndex
    let areas: AreaIndex
    /// Index into `areas.governorates` / `areas.districts` per record, -1 when unknown.
    let governorateOfRecord: [Int16]
    let districtOfRecord: [Int16]
    /// Variant-key hash of each record's Wikipedia page title (0 when none), compared with link targets.
    let wikipediaKeys: [UInt64]
    let indexByID: [String: Int32]
    /// Ranking facts of each record, packed (see `RecordFacts`).
    let facts: [RecordFacts]
    let indexByWOF: [Int: Int32]
    let fuzzy: LazyValue<FuzzyIndex>
    /// Variant key of the first word of each multi-word main name → the records so named (see
    /// `gatherByFirstWord`), built on first use.
    let firstWords: LazyValue<[UInt64: [Int32]]>
    private let outlines: LazyValue<Result<[AdminBoundary], FrontlineError>>

    init(
        records: [GazetteerRecord], names: NameIndex, areas: AreaIndex, governorateOfRecord: [Int16],
        districtOfRecord: [Int16], wikipediaKeys: [UInt64], indexByID: [String: Int32], boundaryFile: URL?
    ) {
        self.records = records
        self.names = names
        self.areas = areas
        self.governorateOfRecord = governorateOfRecord
        self.districtOfRecord = districtOfRecord
        self.wikipediaKeys = wikipediaKeys
        self.indexByID = indexByID
        facts = records.indices.map { i in
            RecordFacts(
                prior: Self.prior(of: records[i]), latitude: records[i].latitude, longitude: records[i].longitude,
                wikipediaKey: wikipediaKeys[i], governorate: governorateOfRecord[i], district: districtOfRecord[i])
        }
        var byWOF: [Int: Int32] = [:]
        for (i, r) in records.enumerated() { if let w = r.wofID, byWOF[w] == nil { byWOF[w] = Int32(i) } }
        indexByWOF = byWOF
        fuzzy = LazyValue { FuzzyIndex(names: names) }
        firstWords = LazyValue {
            var index: [UInt64: [Int32]] = [:]
            for (i, r) in records.enumerated() where !r.isArea {
                let words = r.name.split(separator: " ")
                guard words.count >= 2 else { continue }
                let keys = NameNormalizer.hashes(of: String(words[0]))
                if keys.hasVariant { index[keys.variant, default: []].append(Int32(i)) }
            }
            return index
        }
        outlines = LazyValue {
            guard let boundaryFile else { return .success([]) }
            do { return .success(try BoundaryFile.read(boundaryFile)) } catch let e as FrontlineError {
                return .failure(e)
            } catch {
                return .failure(
                    FrontlineError.data(
                        Diagnostic(.error, "cannot read \(boundaryFile.path): \(error)"), hint: .rebuildData))
            }
        }
    }

    /// The record with this id: a GeoNames id ("166640") or "wof:<id>" (any record's WOF id works too).
    public func record(id: String) -> GazetteerRecord? {
        if let i = indexByID[id] { return records[Int(i)] }
        if id.hasPrefix("wof:"), let w = Int(id.dropFirst(4)), let i = indexByWOF[w] { return records[Int(i)] }
        return nil
    }

    /// Governorate and district outlines from `boundaries.geojson`, read on first use; empty when
    /// the file is missing or broken (see `checkBoundaries()`).
    public var boundaries: [AdminBoundary] { (try? outlines.value.get()) ?? [] }

    /// Reads the outlines now and reports a broken file, which `boundaries` alone would turn into
    /// "no outlines" — and maps silently unclipped to land.
    /// - Throws: `FrontlineError` naming the file when it exists but cannot be read.
    public func checkBoundaries() throws {
        _ = try outlines.value.get()
    }
}

extension Gazetteer {
    /// Populated places (`P`, not `PPLQ` abandoned) inside `box` with at least `minimumPopulation`
    /// people by their record: one pass over the records, which the pipeline makes once per map.
    public func populatedPlaces(in box: MapBounds, minimumPopulation: Int) -> [GazetteerRecord] {
        records.filter { r in
            r.population >= minimumPopulation && r.kind == .populatedPlace && r.featureCode != "PPLQ"
                && r.longitude >= box.west && r.longitude <= box.east && r.latitude >= box.south
                && r.latitude <= box.north
        }
    }
}
