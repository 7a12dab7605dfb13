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
            With --context, names are resolved exactly as `map` and `events` resolve them in that article: \
            a name that is a link's text uses the link's page, the infobox place ranks governorates, and each \
            candidate is weighed by its distance to the article's focus (the places that need no context). \
            The focus is printed first, then every candidate with why it won or lost.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("Place names as written, e.g. Morek \"Kafr Naboudeh\" al-Tleisa.", valueName: "name"))
    var names: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Resolve in the context of this article (YAML front matter + Markdown).", valueName: "article"))
    var context: String?

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The link target to use for every name (a Wikipedia page title of the form \"Town, Governorate\").",
            valueName: "page"))
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
            var results: [PlaceResolution] = []
            var articlePlace: String?
            var focus: ArticleFocus?
            if let path = self.context {
                // The article's own resolver, the one `map` and `events` use: same answers, explained.
                let article = try ArticleReader.read(file: path)
                let places = ArticlePlaces(article: article, gazetteer: gazetteer)
                articlePlace = places.articlePlace
                focus = places.focus
                for name in names {
                    let query = link.map { PlaceQuery(name: name, linkPage: $0) } ?? places.query(for: name)
                    results.append(places.resolve(query, preferTown: query.linkPage == nil, explain: true))
                }
            } else {
                var context = ResolutionContext()
                for name in names {
                    let resolution = gazetteer.resolve(PlaceQuery(name: name, linkPage: link), context: context)
                    if let record = resolution.record { context.resolved.append(record) }
                    results.append(resolution)
                }
            }
            unresolved = results.filter { !$0.isResolved }.count
            switch format {
            case .text:
                let header = focus.map { Self.text($0, articlePlace: articlePlace) + "\n" } ?? ""
                try Console.output(header + results.map(Self.text).joined(separator: "\n") + "\n")
            case .json:
                try Console.output(Self.json(results, articlePlace: articlePlace, focus: focus).serialized() + "\n")
            }
        }
        if unresolved > 0 { throw ExitCode.failure }
    }

    static func describe(_ r: GazetteerRecord) -> String {
        let area = [r.district, r.governorate].compactMap { $0 }.joined(separator: ", ")
        return "\(r.name) [\(r.id)] \(String(format: "%.5f, %.5f", r.latitude, r.longitude))"
            + (area.isEmpty ? "" : " (\(area))")
    }

    /// The article's focus: its infobox governorates and the places that needed no context.
    static func text(_ focus: ArticleFocus, articlePlace: String?) -> String {
        var lines = [
            "article place: \(articlePlace ?? "-")"
                + (focus.governorates.isEmpty ? "" : " (governorates: \(focus.governorates.joined(separator: ", ")))")
        ]
        let core = focus.anchors.filter(\.isCore)
        lines.append(
            "focus: \(core.count) places that need no context"
                + (core.count < focus.anchors.count
                    ? " (\(focus.anchors.count - core.count) far from the rest left out)" : ""))
        for a in core.prefix(12) { lines.append("    \(a.name): \(describe(a.record))") }
        if core.count > 12 { lines.append("    … \(core.count - 12) more") }
        return lines.joined(separator: "\n")
    }

    static func text(_ r: PlaceResolution) -> String {
        let link = r.query.linkPage.map { " → link \"\($0)\"" } ?? ""
        var ranking: [String] = []
        for c in r.ranking {
            ranking.append(
                "    candidate: \(describe(c.record))  score \(String(format: "%.3f", c.score)): \(c.verdict)")
            ranking.append("        \(c.why)")
        }
        guard let record = r.record else {
            var lines = ["\(r.query.name)\(link): UNRESOLVED — \(r.reason)"]
            if ranking.isEmpty {
                for s in r.suggestions { lines.append("    suggestion: \(describe(s))") }
            }
            return (lines + ranking).joined(separator: "\n")
        }
        if !ranking.isEmpty {
            return
                ([
                    "\(r.query.name)\(link): \(describe(record))  score \(String(format: "%.3f", r.score))",
                    "    why: \(r.reason)",
                ] + ranking)
                .joined(separator: "\n")
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

    static func json(_ results: [PlaceResolution], articlePlace: String?, focus: ArticleFocus?) -> JSONValue {
        .object([
            ("attribution", .string(Gazetteer.attribution)),
            ("article_place", .string(articlePlace)),
            (
                "focus",
                focus.map { f in
                    .object([
                        ("governorates", .array(f.governorates.map { .string($0) })),
                        (
                            "places",
                            .array(
                                f.anchors.filter(\.isCore).map { a in
                                    .object([("name", .string(a.name)), ("record", json(a.record))])
                                })
                        ),
                    ])
                } ?? .null
            ),
            (
                "results",
                .array(
                    results.map { r in
                        .object([
                            ("query", .string(r.query.name)), ("link", .string(r.query.linkPage)),
                            ("resolved", .bool(r.isResolved)), ("record", r.record.map(json) ?? .null),
                            ("score", .number(r.score, digits: 3)), ("reason", .string(r.reason)),
                            ("runner_up", r.runnerUp.map(json) ?? .null),
                            ("runner_up_score", r.runnerUpScore.map { .number($0, digits: 3) } ?? .null),
                            ("alternatives", .array(r.suggestions.map(json))),
                            (
                                "candidates",
                                .array(
                                    r.ranking.map { c in
                                        .object([
                                            ("record", json(c.record)), ("score", .number(c.score, digits: 3)),
                                            ("why", .string(c.why)),
                                            ("verdict", .string(c.verdict)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }
}
