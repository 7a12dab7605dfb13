extension MapPipeline {
    /// The context of `map` (`MapContext`): the gazetteer's borders and towns around the area its
    /// pictures show. That area is the run's extent (every place, territory and event) laid out as
    /// `SVGMap` lays it out, so a town inside a picture is a town of the context.
    /// `nil` when the gazetteer has neither outlines nor towns there (a test table, a user gazetteer),
    /// or when PROJ or GEOS cannot handle the outlines around the map: the context only frames the
    /// war, so its failure is a warning in `diagnostics` and the map is drawn without it.
    static func context(of map: WarMap, resolver: any PlaceResolver, diagnostics: inout [Diagnostic]) -> MapContext? {
        guard let extent = extent(of: map) else { return nil }
        let canvas = MapCanvas(bbox: extent)
        let view = canvas.bounds, reach = canvas.bounds.padded(by: 0.1, minimumDegrees: 0)
        let towns = resolver.populatedPlaces(in: reach, minimumPopulation: MapContext.minimumPopulation)
        do {
            let context = try MapContext.build(
                view: view, reach: reach, boundaries: resolver.boundaries, towns: towns,
                warPlaceIDs: Set(map.timeline.places.map(\.place.id)), crs: map.crs,
                tolerance: canvas.metresPerPixel, countryName: countryName(resolver),
                attribution: Gazetteer.boundaryAttribution)
            return context.isEmpty ? nil : context
        } catch {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "the map is drawn without its context (borders, towns around it): \(error), while cutting the gazetteer's outlines to the map's area in \(map.crs)"
                ))
            return nil
        }
    }

    /// The name of the gazetteer's country record (GeoNames `PCLI`), "country" when it has none.
    static func countryName(_ resolver: any PlaceResolver) -> String {
        (resolver as? Gazetteer)?.records.first { $0.featureCode == "PCLI" }?.name ?? "country"
    }

    /// The box around everything the map draws on any day: places, territories and events.
    static func extent(of map: WarMap) -> MapBounds? {
        var points = map.timeline.places.map(\.place.position.onOutputGrid) + map.events.map(\.position)
        for piece in map.territoryPeriods { for polygon in piece.territory.polygons { points += polygon.first ?? [] } }
        return MapBounds(covering: points)
    }
}
