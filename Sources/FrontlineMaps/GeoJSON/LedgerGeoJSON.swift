/// The ledger as an RFC 7946 FeatureCollection of Points, for a GIS: one feature per event whose
/// place resolved (lon/lat, 6 decimals), with the properties of the map's `events.geojson` (one
/// events schema, `GeoJSONLayers.eventProperties`), so a style or script made for one reads the other.
/// Unresolved places are listed in the `frontline` foreign member so nothing is silently dropped.
public enum LedgerGeoJSON {
    public static func collection(_ ledger: Ledger) -> JSONValue {
        var features: [JSONValue] = []
        var unresolved: [String] = []
        var lons: [Double] = [], lats: [Double] = []
        for e in ledger.events {
            guard let lat = e.latitude, let lon = e.longitude else {
                if !unresolved.contains(e.placeName) { unresolved.append(e.placeName) }
                continue
            }
            lons.append(lon)
            lats.append(lat)
            features.append(
                GeoJSON.feature(
                    geometry: GeoJSON.point(LonLat(lon: lon, lat: lat)), properties: GeoJSONLayers.eventProperties(e)))
        }
        let bbox: [Double]? = lons.isEmpty ? nil : [lons.min()!, lats.min()!, lons.max()!, lats.max()!]
        let meta: JSONValue = .object([
            ("title", .string(ledger.title)),
            (
                "sides",
                .array(
                    ledger.sides.map {
                        .object([(LayerSchema.side, .string($0.key)), (LayerSchema.name, .string($0.name))])
                    })
            ),
            ("unresolved_places", .array(unresolved.map { .string($0) })),
        ])
        return GeoJSON.collection(features, bbox: bbox, foreign: [("frontline", meta)])
    }

    /// File text: one feature per line.
    public static func write(_ ledger: Ledger) -> String { GeoJSON.fileText(collection(ledger)) }
}
