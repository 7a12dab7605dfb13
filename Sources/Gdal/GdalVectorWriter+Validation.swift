/// The rules checked before GDAL is called, so a bad layer never leaves a half-made file or schema.
extension GdalVectorWriter {
    /// Names every target keeps verbatim: lower-case ASCII, digits, underscores; not starting with a digit.
    static func isPlainName(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(48...57).contains(first), name.utf8.count <= 40 else { return false }
        return name.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 95 }
    }

    /// Checks names, field values and periods.
    /// - Throws: `GdalError.invalidInput` naming the layer, feature and field at fault.
    static func validate(_ layers: [VectorLayer]) throws {
        guard !layers.isEmpty else { throw GdalError.invalidInput("no layers to write") }
        var names = Set<String>()
        for layer in layers {
            try validateHeader(layer)
            guard names.insert(layer.name).inserted else {
                throw GdalError.invalidInput("two layers are named '\(layer.name)'")
            }
            for (n, feature) in layer.features.enumerated() {
                try validate(feature, number: n, in: layer)
            }
        }
    }

    /// Checks a layer's name, fields and period, not its features: all a streamed layer has before
    /// its first feature is made (its features are checked one by one as they are written).
    /// - Throws: `GdalError.invalidInput` naming the layer and field at fault.
    static func validateHeader(_ layer: VectorLayer) throws {
        guard isPlainName(layer.name) else {
            throw GdalError.invalidInput(
                "layer name '\(layer.name)' must be lower-case letters, digits and underscores (at most 40)")
        }
        guard layer.name != "layer_styles", !layer.name.hasPrefix("gpkg_"), !layer.name.hasPrefix("rtree_") else {
            throw GdalError.invalidInput("layer name '\(layer.name)' is reserved by GeoPackage or QGIS")
        }
        var fieldNames = Set<String>()
        for field in layer.fields {
            guard isPlainName(field.name) else {
                throw GdalError.invalidInput(
                    "layer \(layer.name): field name '\(field.name)' must be lower-case letters, digits and underscores"
                )
            }
            guard field.name != geometryColumn, field.name != fidColumn else {
                throw GdalError.invalidInput(
                    "layer \(layer.name): field name '\(field.name)' is the geometry or id column")
            }
            guard fieldNames.insert(field.name).inserted else {
                throw GdalError.invalidInput("layer \(layer.name): two fields are named '\(field.name)'")
            }
        }
        if let period = layer.period {
            for name in [period.start] + (period.end.map { [$0] } ?? []) {
                guard layer.fields.contains(Field(name, .date)) else {
                    throw GdalError.invalidInput(
                        "layer \(layer.name): period field '\(name)' is not a date field of the layer")
                }
            }
        }
    }

    /// Checks feature number `n` of `layer` against its fields and geometry type.
    /// - Throws: `GdalError.invalidInput` naming the layer, feature and field at fault.
    static func validate(_ feature: VectorFeature, number n: Int, in layer: VectorLayer) throws {
        guard feature.values.count == layer.fields.count else {
            throw GdalError.invalidInput(
                "layer \(layer.name), feature \(n): \(feature.values.count) values for \(layer.fields.count) fields")
        }
        for (value, field) in zip(feature.values, layer.fields) where !value.fits(field.kind) {
            throw GdalError.invalidInput(
                "layer \(layer.name), feature \(n): \(value) does not fit \(field.kind.rawValue) field '\(field.name)'")
        }
        if layer.geometryType == .none, feature.geometry != nil {
            throw GdalError.invalidInput("layer \(layer.name), feature \(n): a geometry in a layer without geometry")
        }
    }
}
