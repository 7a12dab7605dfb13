extension MapFrame {
    /// The frame of a written day of `map`: its territories and fronts, every place in its state that
    /// day, the day's events, and the area the day's GeoJSON file spans (its `bbox`).
    ///
    /// Drawn from the same values the GeoJSON writer writes (positions already on the output grid),
    /// so a picture can never show a different war from the file beside it.
    public init(map: WarMap, snapshot: DaySnapshot, events: [MappedEvent]) {
        var points: [LonLat] = []
        let places = map.timeline.places.map { t -> MapPlace in
            let at = t.place.position.onOutputGrid
            points.append(at)
            let period = t.period(on: snapshot.day)
            let flags = period?.flags ?? []
            return MapPlace(
                id: t.place.id, name: t.place.name, at: at, side: (period?.state ?? .unknown).sideKey,
                attacked: flags.contains(.attacked), besieged: flags.contains(.besieged),
                struck: flags.contains(.struck))
        }
        let territories = snapshot.territories.map { t -> MapTerritory in
            for polygon in t.polygons { for ring in polygon { points += ring } }
            return MapTerritory(side: t.state.sideKey, polygons: t.polygons)
        }
        let fronts = snapshot.fronts.map { f -> MapFront in
            for line in f.lines { points += line }
            return MapFront(sides: f.sides.map(\.sideKey), lines: f.lines)
        }
        let mapEvents = events.map { e -> MapEvent in
            points.append(e.position)
            return MapEvent(
                type: e.event.type.rawValue, at: e.position, fatalities: e.event.fatalities.best,
                certainty: e.event.certainty.rawValue, place: e.event.placeName, sentence: e.event.sourceSentence)
        }
        self.init(
            day: snapshot.day, bbox: MapBounds(covering: points) ?? MapBounds(west: 0, south: 0, east: 0, north: 0),
            places: places, territories: territories, fronts: fronts, events: mapEvents)
    }
}
