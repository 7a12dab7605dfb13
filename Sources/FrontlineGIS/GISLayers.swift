import FrontlineMaps
import Gdal

/// The map's four layers (places, territory, fronts, events) as GDAL `VectorLayer`s, for the
/// GeoPackage, FlatGeobuf files and PostGIS: the rows, names and values of the timeline and events
/// GeoJSON (`WarMap.tables()`), with the QGIS project's QML styles.
///
/// Kept out of `FrontlineMaps` so the library and its users need no GDAL.
public enum GISLayers {
    /// The properties that hold days: Date fields, so QGIS and SQL filter and animate on them.
    static let dateFields: Set<String> = [
        LayerSchema.start, LayerSchema.end, LayerSchema.since, LayerSchema.date, LayerSchema.dateEarliest,
        LayerSchema.dateLatest,
    ]

    /// The layers of `map`, each with its `start`/`end` (or, for events, `date`) as its period.
    public static func layers(_ map: WarMap) -> [VectorLayer] {
        map.tables().map { layer($0, sides: map.sides, title: map.title) }
    }

    /// One layer of `map`, made on its own: a long war's layers are too large to hold all at once.
    public static func layer(_ layer: QgisLayer, of map: WarMap) -> VectorLayer {
        Self.layer(map.table(layer), sides: map.sides, title: map.title)
    }

    /// One layer of `map` whose features are made from the map while the writer writes them, one at a
    /// time, so not even one layer is held (the 10,000-place war's events alone were ~150 MB as rows).
    /// The columns come from a first pass over the rows' properties only.
    public static func streamedLayer(_ layer: QgisLayer, of map: WarMap) -> StreamedLayer {
        var names = PropertyColumns(layer)
        map.forEachRow(of: layer, geometry: false) { names.add($0.properties) }
        let fields = names.fields
        let shell = header(layer, fields: fields, features: [], sides: map.sides, title: map.title)
        return StreamedLayer(shell) { emit in
            try map.forEachRow(of: layer) { row in try emit(feature(row, fields: fields)) }
        }
    }

    static func layer(_ table: MapTable, sides: [Side], title: String) -> VectorLayer {
        let fields = Self.fields(of: table)
        return header(
            table.layer, fields: fields, features: table.rows.map { feature($0, fields: fields) }, sides: sides,
            title: title)
    }

    /// A row as a feature with one value per field, in field order.
    static func feature(_ row: MapTableRow, fields: [Field]) -> VectorFeature {
        let byName = Dictionary(row.properties, uniquingKeysWith: { first, _ in first })
        return VectorFeature(
            geometry: .wkb(row.geometry), values: fields.map { value(byName[$0.name] ?? .null, as: $0.kind) })
    }

    /// `layer` with its geometry type, period, description and style.
    static func header(_ layer: QgisLayer, fields: [Field], features: [VectorFeature], sides: [Side], title: String)
        -> VectorLayer
    {
        let geometry: GeometryType
        let period: Period
        switch layer {
        case .territory: geometry = .multiPolygon
        case .fronts: geometry = .multiLineString
        case .places, .events: geometry = .point
        }
        switch layer {
        // Events happen on one day; timeline pieces hold from `start` up to, not including, `end`.
        case .events: period = Period(start: LayerSchema.date, end: nil, endIsInclusive: false)
        default: period = Period(start: LayerSchema.start, end: LayerSchema.end, endIsInclusive: false)
        }
        return VectorLayer(
            name: layer.rawValue, geometryType: geometry, fields: fields, features: features, period: period,
            description: "\(title): \(layer.title)",
            style: LayerStyle(name: layer.title, qml: QgisStyle.qml(for: layer, sides: sides)))
    }

    /// Each layer's columns, declared so that a layer without features (a war with no front) still has
    /// them, its period fields included.
    static func schema(_ layer: QgisLayer) -> [Field] {
        typealias S = LayerSchema
        let period = [Field(S.tile, .string), Field(S.start, .date), Field(S.end, .date)]
        switch layer {
        case .territory:
            return [
                Field(S.kind, .string), Field(S.side, .string), Field(S.controller, .string), Field(S.areaKm2, .real),
            ] + period
        case .fronts:
            return [Field(S.kind, .string), Field(S.sides, .string), Field(S.front, .string), Field(S.lengthKm, .real)]
                + period
        case .places:
            return [
                Field(S.kind, .string), Field(S.name, .string), Field(S.placeID, .string), Field(S.side, .string),
                Field(S.controller, .string), Field(S.state, .string), Field(S.since, .date),
                Field(S.attacked, .integer),
                Field(S.besieged, .integer), Field(S.struck, .integer), Field(S.eventIDs, .string),
                Field(S.basis, .string),
                Field(S.start, .date), Field(S.end, .date),
            ]
        case .events:
            return [
                Field(S.kind, .string), Field(S.eventID, .string), Field(S.eventType, .string),
                Field(S.subType, .string),
                Field(S.side, .string), Field(S.actor, .string), Field(S.name, .string), Field(S.placeID, .string),
                Field(S.placeRole, .string), Field(S.date, .date), Field(S.datePrecision, .string),
                Field(S.dateEarliest, .date),
                Field(S.dateLatest, .date), Field(S.fatalitiesLow, .integer), Field(S.fatalitiesBest, .integer),
                Field(S.fatalitiesHigh, .integer), Field(S.certainty, .string), Field(S.sourceSentence, .string),
                Field(S.sourceSection, .string), Field(S.sourceLine, .integer),
            ]
        }
    }

    /// The declared columns, then any property the rows have beyond them (typed by its first non-null
    /// value), so a property added to the GeoJSON is never silently dropped here.
    static func fields(of table: MapTable) -> [Field] {
        var columns = PropertyColumns(table.layer)
        for row in table.rows { columns.add(row.properties) }
        return columns.fields
    }

    /// The columns of a layer gathered from its rows' properties, one row at a time.
    struct PropertyColumns {
        let declared: [Field]
        let known: Set<String>
        var order: [String] = []
        var kinds: [String: Field.Kind] = [:]

        init(_ layer: QgisLayer) {
            declared = GISLayers.schema(layer)
            known = Set(declared.map(\.name))
        }

        mutating func add(_ properties: [(String, JSONValue)]) {
            for (name, value) in properties where !known.contains(name) {
                if kinds[name] == nil, !order.contains(name) { order.append(name) }
                guard kinds[name] == nil else { continue }
                switch value {
                case .null: continue
                case .bool, .int: kinds[name] = .integer
                case .number: kinds[name] = .real
                case .string: kinds[name] = dateFields.contains(name) ? .date : .string
                // Lists (a front's sides, a place's event ids) have no column type in every target:
                // stored as their JSON text, as the GeoJSON writes them.
                case .array, .object: kinds[name] = .string
                }
            }
        }

        /// The declared columns, then the others in order of appearance. A column only ever null (no
        /// event with a `sub_type`, say) is still a column: text.
        var fields: [Field] {
            declared + order.map { Field($0, kinds[$0] ?? (dateFields.contains($0) ? .date : .string)) }
        }
    }

    /// `value` in a field of `kind`; a day that does not parse is null rather than a wrong day.
    static func value(_ value: JSONValue, as kind: Field.Kind) -> FieldValue {
        switch (value, kind) {
        case (.null, _): return .null
        case let (.bool(b), .integer): return .integer(b ? 1 : 0)
        case let (.int(i), .integer): return .integer(i)
        case let (.int(i), .real): return .real(Double(i))
        case let (.number(x, _), .real): return x.isFinite ? .real(x) : .null
        case let (.string(s), .date): return CalendarDate(iso: s).map(FieldValue.date) ?? .null
        case let (.string(s), .string): return .string(s)
        default: return .string(value.serialized())
        }
    }
}

extension GISLayers {
    /// The GeoPackage's name in the output folder.
    public static let geoPackageName = "war.gpkg"

    /// Whether `name` can name a table or schema in every target: lower-case ASCII letters, digits and
    /// underscores, starting with a letter or underscore, at most 63 bytes (PostgreSQL's limit).
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 63,
            first == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first)
        else {
            return false
        }
        return name.utf8.allSatisfy {
            $0 == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
        }
    }

    /// The PostGIS schema of an article: its slug lower-cased, other characters as `_`, and a leading
    /// `_` when it starts with a digit (`2012_Hama_offensive` → `_2012_hama_offensive`), so one article
    /// is one schema and a rerun replaces only its own.
    public static func schemaName(slug: String) -> String {
        var name = String(
            slug.lowercased().unicodeScalars.map { s -> Character in
                (s.isASCII && (("a"..."z").contains(s) || ("0"..."9").contains(s))) ? Character(s) : "_"
            })
        if name.first.map({ !("a"..."z").contains($0) && $0 != "_" }) ?? true { name = "_" + name }
        return String(name.utf8.prefix(63)).map { $0 } ?? "_"
    }
}
