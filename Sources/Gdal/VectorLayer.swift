/// One layer to write: a name, a geometry type, typed fields and the features, in EPSG:4326.
///
/// Neutral on purpose: it knows nothing about places or fronts, so the map model maps onto it in a few
/// lines and the same value goes to a GeoPackage, FlatGeobuf files or a PostGIS schema.
public struct VectorLayer: Sendable {
    /// Lower-case ASCII letters, digits and underscores, starting with a letter or underscore (the
    /// table name in GeoPackage and PostGIS, the file name for FlatGeobuf).
    public var name: String
    public var geometryType: GeometryType
    public var fields: [Field]
    public var features: [VectorFeature]
    /// The fields that bound each feature in time, when there are any: PostGIS gets a
    /// `<name>_on(day date)` function returning the rows valid on that day.
    public var period: Period?
    /// Human-readable text stored with the layer (GeoPackage `gpkg_contents.description`, a PostgreSQL
    /// table comment).
    public var description: String
    /// The QGIS style for the layer, stored in the GeoPackage's `layer_styles` table. Not written to
    /// PostGIS, where QGIS keeps styles in one `public.layer_styles` shared by every schema, outside the
    /// schema this writer replaces.
    public var style: LayerStyle?

    public init(
        name: String, geometryType: GeometryType, fields: [Field], features: [VectorFeature],
        period: Period? = nil, description: String = "", style: LayerStyle? = nil
    ) {
        self.name = name
        self.geometryType = geometryType
        self.fields = fields
        self.features = features
        self.period = period
        self.description = description
        self.style = style
    }
}

/// One feature: an optional geometry and one value per field, in the layer's field order.
public struct VectorFeature: Hashable, Sendable {
    public var geometry: FeatureGeometry?
    public var values: [FieldValue]

    public init(geometry: FeatureGeometry?, values: [FieldValue]) {
        self.geometry = geometry
        self.values = values
    }
}

/// Which Date fields bound a feature in time.
public struct Period: Hashable, Sendable {
    /// The first day the feature holds.
    public var start: String
    /// The field of the day it stops holding; `nil` for one-day features (events), whose day is `start`.
    /// A NULL end means "still holding".
    public var end: String?
    /// Whether the `end` day itself is still inside the period (`false`: the period is half-open,
    /// `[start, end)`, as when `end` is the day the next period starts).
    public var endIsInclusive: Bool

    public init(start: String, end: String?, endIsInclusive: Bool) {
        self.start = start
        self.end = end
        self.endIsInclusive = endIsInclusive
    }
}

/// A QGIS layer style: the QML QGIS itself saves (`.qml`), and optionally SLD for other clients.
public struct LayerStyle: Hashable, Sendable {
    public var name: String
    public var qml: String
    public var sld: String
    public var description: String

    public init(name: String, qml: String, sld: String = "", description: String = "") {
        self.name = name
        self.qml = qml
        self.sld = sld
        self.description = description
    }
}

/// A layer whose features are made while it is written, for layers too large to hold: a ten-year
/// war's layers are hundreds of MB each as `VectorFeature`s, but one feature at a time is a few KB.
public struct StreamedLayer {
    /// The name, geometry type, fields, period, description and style. Its own `features` are written
    /// first, then those `source` makes.
    public var layer: VectorLayer
    /// Hands the layer's further features, in order, to the function it is given, which writes each
    /// before the next is made. Called once, on the writer's thread, while the layer is written.
    public var source: ((VectorFeature) throws -> Void) throws -> Void

    public init(_ layer: VectorLayer, source: @escaping ((VectorFeature) throws -> Void) throws -> Void = { _ in }) {
        self.layer = layer
        self.source = source
    }

    /// Every feature, `layer.features` first, handed to `body` one at a time.
    func forEachFeature(_ body: (VectorFeature) throws -> Void) throws {
        for feature in layer.features { try body(feature) }
        try source(body)
    }
}
