import ArgumentParser
import Foundation
import FrontlineGIS
import FrontlineMaps

/// `frontline map ARTICLE --out DIR`: the whole pipeline, written atomically into DIR.
struct Map: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build per-day maps from an article (or from a corrected ledger).",
        discussion:
            "Writes DIR/days/YYYY-MM-DD.geojson for every day from the first to the last dated event, plus timeline layers, and DIR/war.gpkg with the places, territory, fronts and events layers. Nothing in DIR changes unless the whole run succeeds."
    )

    @Argument(help: ArgumentHelp("The article: YAML front matter + Markdown body.", valueName: "article"))
    var article: String

    @Option(name: .long, help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Build from this ledger CSV (as `frontline events` writes it) instead of extracting events.",
            valueName: "file"))
    var ledger: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Metric CRS for geometry, e.g. EPSG:32637 (default: UTM zone of the places).", valueName: "crs"))
    var crs: String?

    @Option(name: .long, help: ArgumentHelp("Radius of a town's influence in metres.", valueName: "m"))
    var radius: Double = 12_000

    @Option(name: .long, help: ArgumentHelp("Simplification tolerance in metres.", valueName: "m"))
    var simplify: Double = 50

    @Option(
        name: .long,
        help: ArgumentHelp("Write only N evenly spaced day snapshots instead of every day.", valueName: "n"))
    var snapshots: Int?

    @Option(
        name: .customLong("max-days"),
        help: ArgumentHelp(
            "Allow maps over more than \(MapPipeline.defaultMaxDays) days (about 20 years); a longer span is refused as a probable wrong date.",
            valueName: "n"))
    var maxDays: Int?

    @Option(
        help: ArgumentHelp(
            "Draw SVG pictures and the HTML player: a picture every written day (daily), every 7 days (weekly), on the first day of each month (monthly), or on days something changed (changes). Default: daily up to 400 days, weekly beyond; none with --snapshots. The QGIS project is always written.",
            valueName: "when"))
    var pictures: PictureCadence?

    @Flag(name: .customLong("no-pictures"), help: "Draw no SVG picture and no HTML player.")
    var noPictures = false

    @OptionGroup var video: VideoOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Output formats, comma-separated: geojson (always written: the day files, the QGIS project and the pictures read it), gpkg (war.gpkg), fgb (fgb/<layer>.fgb).",
            valueName: "list"))
    var formats: String = "geojson,gpkg"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Also write the layers to this PostGIS database (libpq connection string, postgresql://user@host/db), replacing one schema in one transaction.",
            valueName: "url"))
    var postgis: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The PostGIS schema (default: from the article's file name, e.g. _2012_hama_offensive).", valueName: "name")
    )
    var schema: String?

    @OptionGroup var dataOptions: DataOptions

    /// What is written through GDAL; `validate()` has refused unknown formats.
    var gis: GISOutput {
        GISOutput(formats: (try? GISOutput.formats(formats)) ?? [], postGISConnection: postgis, postGISSchema: schema)
    }

    func validate() throws {
        guard !out.isEmpty else { throw ValidationError("--out is empty; give the folder to write the maps into") }
        guard radius > 0, radius.isFinite else { throw ValidationError("--radius must be a positive number of metres") }
        guard simplify >= 0, simplify.isFinite else {
            throw ValidationError("--simplify must be zero or a positive number of metres")
        }
        if let snapshots, snapshots < 1 { throw ValidationError("--snapshots must be at least 1") }
        if let maxDays, maxDays < 1 { throw ValidationError("--max-days must be at least 1") }
        if noPictures, pictures != nil {
            throw ValidationError("--pictures and --no-pictures contradict each other; give one")
        }
        do { _ = try GISOutput.formats(formats) } catch let error as FrontlineError {
            throw ValidationError(error.diagnostic.message)
        }
        if schema != nil, postgis == nil { throw ValidationError("--schema needs --postgis") }
        if let schema, !GISLayers.isValidName(schema) {
            throw ValidationError(
                "--schema '\(schema)': use lower-case letters, digits and underscores, starting with a letter or underscore"
            )
        }
        if let postgis, postgis.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(
                "--postgis is empty; give a connection string such as postgresql://user@localhost/maps")
        }
    }

    func run() throws {
        Interrupts.install()
        try Diagnostics.run {
            let export = try video.export()
            try export?.check()
            let gis = self.gis
            gis.prepare()
            let data = try dataOptions.load()
            let article = try ArticleReader.read(file: self.article)
            var options = MapOptions(
                crs: crs, radiusMetres: radius, simplifyMetres: simplify, snapshots: snapshots,
                pictures: !noPictures && (pictures != nil || snapshots == nil), maxDays: maxDays)
            options.pictureCadence = pictures
            var map: WarMap
            if let ledger {
                map = try Frontline.map(
                    ledger: URL(fileURLWithPath: ledger), article: article, data: data, options: options,
                    report: Diagnostics.print)
            } else {
                map = try Frontline.map(article: article, data: data, options: options, report: Diagnostics.print)
            }
            map = gis.pointingProject(map)
            let writer = try OutputWriter(root: URL(fileURLWithPath: out), folders: Frontline.outputFolders)
            Self.notePictureCount(map, asked: pictures)
            let pending = try gis.start(map, into: writer)
            var files: [String]
            do { files = try map.write(to: writer) } catch { gis.abandon(pending); throw error }
            let written = try gis.finish(pending, map: map, into: writer)
            files += written.files
            if let note = written.note { Diagnostics.printError(note) }
            let movie = try export?.encode(map, attribution: Gazetteer.attribution)
            try writer.commit()
            try movie?.commit()
            Diagnostics.printError(
                "wrote \(files.count) files to \(out)" + (movie.map { " and the video \($0.output.path)" } ?? ""))
        }
    }

    /// A long war is drawn weekly unless asked otherwise: say so, and how many files the other
    /// cadences would write.
    static func notePictureCount(_ map: WarMap, asked: PictureCadence?) {
        guard map.pictures, asked == nil, map.snapshotDays.count > PictureCadence.longWarDays else { return }
        let changes = Set(map.timeline.periodStarts().keys)
        let counts = PictureCadence.allCases.map {
            "\($0.rawValue) \($0.select(map.snapshotDays, changeDays: changes).count)"
        }
        Diagnostics.printError(
            "note: \(map.snapshotDays.count) days: an SVG picture every 7 days (\(map.pictureDays.count) files); --pictures daily|weekly|monthly|changes would write \(counts.joined(separator: ", ")) (the day files, the player and a video cover every day)"
        )
    }
}

extension PictureCadence: ExpressibleByArgument {}
