import Foundation

/// Reads gazetteer files (the committed `places.tsv` format, GeoNames country dumps, `spellings.tsv`)
/// into records and a name index. A later file's record with an id already read replaces it, keeping
/// the names of both: that is how a user corrects a place without editing the committed data.
struct GazetteerBuilder {
    private(set) var records: [GazetteerRecord] = []
    private var wikipedia: [String?] = []
    private var indexByID: [String: Int32] = [:]
    private var names = NameIndexBuilder(expectedNames: 80_000)
    /// Names of governorate and district records (feature class A), kept to make area aliases.
    private var areaNames: [Int32: [String]] = [:]

    init() {}

    // MARK: - places.tsv

    /// Reads the `places.tsv` format: a header naming at least `id`, `name`, `lat`, `lon`.
    /// - Throws: `FrontlineError` at `file:line:col` for a missing column, a non-number or out-of-range
    ///   coordinate, saying what to do.
    mutating func addPlaces(_ reader: DelimitedTextReader) throws {
        /// Column positions, found once from the header (-1 when absent).
        struct Columns {
            var id = -1, name = -1, lat = -1, lon = -1, geonameid = -1, wofID = -1, governorate = -1, district = -1
            var featureClass = -1, featureCode = -1, population = -1, wikipedia = -1, names = -1
        }
        var c: Columns? = nil
        try reader.forEachRecord { fields in
            let line = fields[0].line
            guard let c else {
                var found = Columns()
                for (i, f) in fields.enumerated() {
                    switch reader.string(f) {
                    case "id": found.id = i
                    case "name": found.name = i
                    case "lat": found.lat = i
                    case "lon": found.lon = i
                    case "geonameid": found.geonameid = i
                    case "wof_id": found.wofID = i
                    case "governorate": found.governorate = i
                    case "district": found.district = i
                    case "feature_class": found.featureClass = i
                    case "feature_code": found.featureCode = i
                    case "population": found.population = i
                    case "wikipedia": found.wikipedia = i
                    case "names": found.names = i
                    default: break
                    }
                }
                for (column, name) in [(found.id, "id"), (found.name, "name"), (found.lat, "lat"), (found.lon, "lon")]
                where column < 0 {
                    throw reader.error(
                        at: fields[0].start, line: line,
                        "the header has no '\(name)' column; a gazetteer file needs at least id, name, lat and lon "
                            + "(tab-separated), see gazetteer/README.md")
                }
                c = found
                return
            }
            @inline(__always) func field(_ i: Int) -> DelimitedTextReader.Cell? {
                guard i >= 0, i < fields.count, !fields[i].isEmpty else { return nil }
                return fields[i]
            }
            guard let idRange = field(c.id), let nameRange = field(c.name) else {
                throw reader.error(
                    at: fields.last!.end, line: line,
                    "a row needs an id and a name (tab-separated columns as in the header)")
            }
            let (lat, lon) = try coordinates(reader, lat: field(c.lat), lon: field(c.lon), fields: fields)
            let text = { (i: Int) in field(i).map(reader.string) }
            let wikipediaPage = text(c.wikipedia)
            var record = GazetteerRecord(
                id: reader.string(idRange), name: reader.string(nameRange), latitude: lat, longitude: lon,
                geonamesID: field(c.geonameid).flatMap(reader.count), wofID: field(c.wofID).flatMap(reader.count),
                governorate: text(c.governorate), district: text(c.district),
                featureClass: text(c.featureClass), featureCode: text(c.featureCode),
                population: field(c.population).flatMap(reader.count) ?? 0)
            if record.geonamesID == nil, let n = Int(record.id) { record.geonamesID = n }
            let index = insert(record, wikipedia: wikipediaPage)
            reader.withBytes(nameRange) { names.add($0, record: index) }
            if let page = wikipediaPage {
                names.add(page, record: index)
                if let comma = page.firstIndex(of: ",") { names.add(String(page[..<comma]), record: index) }
            }
            if let all = field(c.names) { addNameList(reader, all, separator: UInt8(ascii: "|"), record: index) }
        }
    }

    // MARK: - GeoNames dump

    /// Reads a geonames.org country dump (19 tab-separated columns, no header). The governorate is the
    /// country and admin1 code ("UA.12"): dumps do not carry admin names.
    mutating func addGeoNamesDump(_ reader: DelimitedTextReader) throws {
        try reader.forEachRecord { fields in
            let line = fields[0].line
            guard fields.count >= 15 else {
                throw reader.error(
                    at: fields.last!.end, line: line,
                    "a GeoNames dump row has 19 tab-separated columns, this one has \(fields.count); "
                        + "use the file as downloaded from download.geonames.org/export/dump/")
            }
            guard let geonameid = reader.count(fields[0]) else {
                throw reader.error(
                    at: fields[0].start, line: line, "the first column must be the GeoNames id (a whole number)")
            }
            let (lat, lon) = try coordinates(reader, lat: fields[4], lon: fields[5], fields: fields)
            let country = reader.string(fields[8])
            let admin1 = reader.string(fields[10])
            let optional = { (r: DelimitedTextReader.Cell) in r.isEmpty ? nil : reader.string(r) }
            let record = GazetteerRecord(
                id: String(geonameid), name: reader.string(fields[1]), latitude: lat, longitude: lon,
                geonamesID: geonameid, governorate: admin1.isEmpty ? nil : "\(country).\(admin1)",
                featureClass: optional(fields[6]), featureCode: optional(fields[7]),
                population: reader.count(fields[14]) ?? 0)
            let index = insert(record, wikipedia: nil, keepAreas: true)
            reader.withBytes(fields[1]) { names.add($0, record: index) }
            reader.withBytes(fields[2]) { names.add($0, record: index) }
            addNameList(reader, fields[3], separator: UInt8(ascii: ","), record: index)
        }
    }

    // MARK: - spellings.tsv

    /// Reads extra spellings: `record_id<TAB>spelling<TAB>evidence`, a header line, `#` comments.
    /// - Throws: `FrontlineError` for a row without evidence or naming a record that does not exist.
    mutating func addSpellings(_ reader: DelimitedTextReader) throws {
        try reader.forEachRecord { fields in
            let line = fields[0].line
            if reader.bytes[fields[0].start] == UInt8(ascii: "#") { return }
            let id = reader.string(fields[0])
            if line == 1 && id == "record_id" { return }
            guard fields.count >= 3, !fields[1].isEmpty, !fields[2].isEmpty else {
                throw reader.error(
                    at: fields.last!.end, line: line,
                    "an extra spelling needs three tab-separated fields: record id, spelling, evidence")
            }
            guard let index = indexByID[id] else {
                throw reader.error(
                    at: fields[0].start, line: line, "no place has the id '\(id)'; use an id from places.tsv")
            }
            reader.withBytes(fields[1]) { names.add($0, record: index) }
        }
    }

    // MARK: - Finishing

    func finish(boundaries: URL?) -> Gazetteer {
        var areas = AreaIndex()
        var governorate = [Int16](repeating: -1, count: records.count)
        var district = [Int16](repeating: -1, count: records.count)
        for (i, r) in records.enumerated() {
            if let g = r.governorate { governorate[i] = areas.governorate(named: g) }
            if let d = r.district { district[i] = areas.district(named: d) }
        }
        for (index, aliases) in areaNames.sorted(by: { $0.key < $1.key }) {
            let i = Int(index)
            let code = records[i].featureCode
            for alias in aliases {
                if code == "ADM1", governorate[i] >= 0 { areas.addGovernorateAlias(alias, index: governorate[i]) }
                if code == "ADM2", district[i] >= 0 { areas.addDistrictAlias(alias, index: district[i]) }
            }
        }
        var normalizer = NameNormalizer()
        let wikipediaKeys = wikipedia.map { page -> UInt64 in
            guard let page else { return 0 }
            normalizer.normalize(page)
            return HashPostings.hash(normalizer.variant, tag: NameIndex.variantTag)
        }
        return Gazetteer(
            records: records, names: names.build(), areas: areas, governorateOfRecord: governorate,
            districtOfRecord: district, wikipediaKeys: wikipediaKeys, indexByID: indexByID, boundaryFile: boundaries)
    }

    // MARK: - Helpers

    private mutating func insert(_ record: GazetteerRecord, wikipedia page: String?, keepAreas: Bool = false) -> Int32 {
        if let existing = indexByID[record.id] {
            let i = Int(existing)
            var replacement = record
            if keepAreas {
                replacement.governorate = records[i].governorate ?? record.governorate
                replacement.district = records[i].district ?? record.district
            }
            replacement.wofID = record.wofID ?? records[i].wofID
            records[i] = replacement
            wikipedia[i] = page ?? wikipedia[i]
            return existing
        }
        let index = Int32(records.count)
        records.append(record)
        wikipedia.append(page)
        indexByID[record.id] = index
        return index
    }

    private mutating func addNameList(
        _ reader: DelimitedTextReader, _ cell: DelimitedTextReader.Cell, separator: UInt8, record: Int32
    ) {
        let isArea = records[Int(record)].isArea
        var start = cell.start
        var i = cell.start
        while i <= cell.end {
            if i == cell.end || reader.bytes[i] == separator {
                if i > start {
                    let name = DelimitedTextReader.Cell(start: start, end: i, line: cell.line)
                    reader.withBytes(name) { names.add($0, record: record) }
                    if isArea { areaNames[record, default: []].append(reader.string(name)) }
                }
                start = i + 1
            }
            i += 1
        }
    }

    private func coordinates(
        _ reader: DelimitedTextReader, lat: DelimitedTextReader.Cell?, lon: DelimitedTextReader.Cell?,
        fields: [DelimitedTextReader.Cell]
    ) throws -> (Double, Double) {
        let line = fields[0].line
        func value(_ cell: DelimitedTextReader.Cell?, _ what: String, _ limit: Double) throws -> Double {
            guard let cell else {
                throw reader.error(
                    at: fields.last!.end, line: line,
                    "the \(what) is missing; every place needs real coordinates from a source (never estimate one)")
            }
            guard let v = reader.double(cell) else {
                throw reader.error(
                    at: cell.start, line: line,
                    "the \(what) '\(reader.string(cell))' is not a number; write decimal degrees such as 35.37615")
            }
            guard abs(v) <= limit else {
                throw reader.error(
                    at: cell.start, line: line,
                    "the \(what) \(reader.string(cell)) is outside -\(Int(limit))…\(Int(limit)) degrees; "
                        + "check the source record (are latitude and longitude swapped?)")
            }
            return v
        }
        return (try value(lat, "latitude", 90), try value(lon, "longitude", 180))
    }
}

extension DelimitedTextReader {
    /// A whole number of at least 0 ("1200", or "1200.0" as pandas writes populations), or nil.
    func count(_ c: Cell) -> Int? { int(c, zeroFraction: true).flatMap { $0 >= 0 ? $0 : nil } }
}
