import Foundation

/// The context of a map (`MapContext`) as GeoJSON files in `context/`, for QGIS, the player and any
/// GIS: the same values the pictures draw, each feature with its record's id and its source.
///
/// - `context/borders.geojson`: one MultiLineString per area outline (country, governorates, districts);
/// - `context/areas.geojson`: one Point per governorate name, where the pictures write it;
/// - `context/towns.geojson`: one Point per town, with its population, largest first;
/// - `context/inset.geojson`: the whole country's governorates (MultiPolygon, coarse), with the
///   area the pictures show as the foreign member `view` (`[west, south, east, north]`).
enum ContextGeoJSON {
    static let folder = "context/"
    static let bordersFile = folder + "borders.geojson"
    static let areasFile = folder + "areas.geojson"
    static let townsFile = folder + "towns.geojson"
    static let insetFile = folder + "inset.geojson"

    /// The sources, as each feature names them.
    static let outlineSource = "Who's On First (Mesoshapes), CC0"
    static let townSource = "GeoNames (geonames.org), CC BY 4.0, via Who's On First"

    /// Every context file as (relative path, bytes), in the order above.
    static func files(_ context: MapContext) -> [(path: String, data: Data)] {
        [
            (bordersFile, borders(context)), (areasFile, areas(context)), (townsFile, towns(context)),
            (insetFile, inset(context)),
        ]
    }

    static func borders(_ context: MapContext) -> Data {
        var file = FeatureFile()
        for b in context.borders {
            file.add(properties: [
                (LayerSchema.kind, .string("border")), (LayerSchema.level, .string(b.level.rawValue)),
                (LayerSchema.name, .string(b.name)), (LayerSchema.recordID, .string(b.id)),
                (LayerSchema.source, .string(outlineSource)),
            ]) { $0.multiLineString(grid: b.lines) }
        }
        return file.data()
    }

    static func areas(_ context: MapContext) -> Data {
        var file = FeatureFile()
        for a in context.areaLabels {
            file.add(properties: [
                (LayerSchema.kind, .string("area_name")), (LayerSchema.level, .string(a.level.rawValue)),
                (LayerSchema.name, .string(a.name)), (LayerSchema.recordID, .string(a.id)),
                (LayerSchema.source, .string(outlineSource)),
            ]) { $0.point(GeometryBytes.e6(a.at)) }
        }
        return file.data()
    }

    static func towns(_ context: MapContext) -> Data {
        var file = FeatureFile()
        for t in context.towns {
            file.add(properties: [
                (LayerSchema.kind, .string("town")), (LayerSchema.name, .string(t.name)),
                (LayerSchema.recordID, .string(t.id)), (LayerSchema.population, .int(t.population)),
                (LayerSchema.onWarMap, .bool(t.onWarMap)), (LayerSchema.source, .string(townSource)),
            ]) {
                $0.point(GeometryBytes.e6(t.at))
            }
        }
        return file.data()
    }

    static func inset(_ context: MapContext) -> Data {
        var file = FeatureFile()
        for a in context.inset {
            file.add(properties: [
                (LayerSchema.kind, .string("area")), (LayerSchema.level, .string(ContextLevel.governorate.rawValue)),
                (LayerSchema.name, .string(a.name)), (LayerSchema.recordID, .string(a.id)),
                (LayerSchema.source, .string(outlineSource)),
            ]) { $0.multiPolygon(grid: a.polygons) }
        }
        let v = context.view
        return file.data(foreign: [("view", .array([v.west, v.south, v.east, v.north].map(JSONValue.coordinate)))])
    }
}
