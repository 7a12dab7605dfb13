/// The four layers of the QGIS project: one per timeline file, each with one geometry type (QGIS
/// types a mixed file by its first feature, so the day files with their four kinds would not do).
///
/// The raw value names its `.qml` file; `layerID` is its id in the project.
public enum QgisLayer: String, CaseIterable, Sendable {
    case territory, fronts, places, events

    /// The layer's id in the project, `frontline_places`, …: QGIS 3.22 replaces any id of ten
    /// characters or fewer with a random one, which would make the project differ on every save.
    public var layerID: String { "frontline_" + rawValue }

    /// The file the layer reads, relative to the project.
    public var fileName: String {
        switch self {
        case .territory: return "timeline-territory.geojson"
        case .fronts: return "timeline-fronts.geojson"
        case .places: return "timeline-places.geojson"
        case .events: return "events.geojson"
        }
    }

    /// The name shown in the layers panel.
    public var title: String {
        switch self {
        case .territory: return "Territory"
        case .fronts: return "Front lines"
        case .places: return "Towns"
        case .events: return "Events"
        }
    }

    /// The `.qml` file written beside the project, for people who drag a GeoJSON in by hand.
    public var stylePath: String { "styles/\(rawValue).qml" }

    /// QGIS's geometry class name (`geometry` attribute of `<maplayer>`).
    var geometry: String {
        switch self {
        case .territory: return "Polygon"
        case .fronts: return "Line"
        case .places, .events: return "Point"
        }
    }

    /// QGIS's WKB type name (`wkbType` attribute of `<maplayer>`).
    var wkbType: String {
        switch self {
        case .territory: return "MultiPolygon"
        case .fronts: return "MultiLineString"
        case .places, .events: return "Point"
        }
    }

    /// Drawing order, top first: the layer tree lists layers the way the map stacks them.
    static let drawingOrder: [QgisLayer] = [.events, .places, .fronts, .territory]
}
