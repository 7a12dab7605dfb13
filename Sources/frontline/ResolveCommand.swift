import ArgumentParser
import Foundation
import FrontlineMaps

/// `frontline resolve NAME… [--context ARTICLE] [--format text|json] [--gazetteer FILE…]`: shows how each
/// name resolves (id, coordinates, governorate, score, why, runner-up and alternatives), so a user can
/// check a spelling or a new gazetteer before mapping an article. Exits 1 when any name is unresolved.
struct Resolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Resolve place names against the gazetteer.",
        discussion: """
        With --context, names are resolved as in that article: its infobox place ranks governorates, a \
        name that is a link's text uses the link's page, and each name is ranked by its distance to the \
        names resolved before it.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Place names as written, e.g. Morek \"Kafr Naboudeh\" al-Tleisa.", valueName: "name"))
    var names: [String]

    @Option(name: .long, help: ArgumentHelp("Resolve in the context of this article (YAML front matter + Markdown).", valueName: "article"))
    var context: String?

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("The link target to use for every name (a Wikipedia page title, e.g. \"Murak, Hama\").", valueName: "page"))
    var link: String?

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        guard !names.isEmpty else { throw ValidationError("give at least one place name") }
    }

    func run() throws {
        var unresolved = 0
        try Diagnostics.run {
            let directory = try DataDirectory.locate(explicit: dataOptions.data)
            let gazetteer = try Gazetteer.load(
                directory: directory, extra: dataOptions.gazetteer.map { URL(fileURLWithPath: $0) })
            var context = ResolutionContext()
            var linkOfText: [String: String] = [:]
            if let path = self.context {
                let article = try ArticleReader.read(file: path)
                context.articlePlace = article.field("place")?.text
                for sentence in article.sentences {
                    for l in sentence.links where linkOfText[l.text.lowercased()] == nil { linkOfText[l.text.lowercased()] = l.page }
                }
            }
            var results: [PlaceResolution] = []
            for name in names {
                let query = PlaceQuery(name: name, linkPage: link ?? linkOfText[name.lowercased()])
                let resolution = gazetteer.resolve(query, context: context)
                if let record = resolution.record { context.resolved.append(record) } else { unresolved += 1 }
                results.append(resolution)
            }
            switch format {
            case .text: try Console.output(results.map(Self.text).joined(separator: "\n") + "\n")
            case .json: try Console.output(Self.json(results, articlePlace: context.articlePlace).serialized() + "\n")
            }
        }
        if unresolved > 0 { throw ExitCode.failure }
    }

    static func describe(_ r: GazetteerRecord) -> String {
        let area = [r.district, r.governorate].compactMap { $0 }.joined(separator: ", ")
        return "\(r.name) [\(r.id)] \(String(format: "%.5f, %.5f", r.latitude, r.longitude))"
            + (area.isEmpty ? "" : " (\(area))")
    }

    static func text(_ r: PlaceResolution) -> String {
        let link = r.query.linkPage.map { " → link \"\($0)\"" } ?? ""
        guard let record = r.record else {
            var lines = ["\(r.query.name)\(link): UNRESOLVED — \(r.reason)"]
            for s in r.suggestions { lines.append("    suggestion: \(describe(s))") }
            return lines.joined(separator: "\n")
        }
        var lines = [
            "\(r.query.name)\(link): \(describe(record))  score \(String(format: "%.3f", r.score))",
            "    why: \(r.reason)",
        ]
        if let runnerUp = r.runnerUp, let score = r.runnerUpScore {
            lines.append("    runner-up: \(describe(runnerUp))  score \(String(format: "%.3f", score))")
        }
        for s in r.suggestions.dropFirst(r.runnerUp == nil ? 0 : 1) { lines.append("    also: \(describe(s))") }
        return lines.joined(separator: "\n")
    }

    static func json(_ record: GazetteerRecord) -> JSONValue {
        .object([
            ("id", .string(record.id)), ("name", .string(record.name)),
            ("latitude", .coordinate(record.latitude)), ("longitude", .coordinate(record.longitude)),
            ("geonames_id", .int(record.geonamesID)), ("wof_id", .int(record.wofID)),
            ("governorate", .string(record.governorate)), ("district", .string(record.district)),
            ("feature_class", .string(record.featureClass)), ("feature_code", .string(record.featureCode)),
            ("population", .int(record.population)),
        ])
    }

    static func json(_ results: [PlaceResolution], articlePlace: String?) -> JSONValue {
        .object([
            ("attribution", .string(Gazetteer.attribution)),
            ("article_place", .string(articlePlace)),
            ("results", .array(results.map { r in
                .object([
                    ("query", .string(r.query.name)), ("link", .string(r.query.linkPage)),
                    ("resolved", .bool(r.isResolved)), ("record", r.record.map(json) ?? .null),
                    ("score", .number(r.score, digits: 3)), ("reason", .string(r.reason)),
                    ("runner_up", r.runnerUp.map(json) ?? .null),
                    ("runner_up_score", r.runnerUpScore.map { .number($0, digits: 3) } ?? .null),
                    ("alternatives", .array(r.suggestions.map(json))),
                ])
            })),
        ])
    }
}
