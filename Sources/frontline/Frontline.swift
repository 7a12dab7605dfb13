import ArgumentParser

/// The `frontline` command: a thin shell over FrontlineMaps. Subcommands parse options, read and
/// write files, print diagnostics and choose the exit code; every decision is in the library.
@main
struct Frontline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontline",
        abstract: "Turn a written account of a war into per-day maps of who held what.",
        discussion: """
        Reads an article (YAML front matter + Markdown, like a Wikipedia battle article), resolves the \
        towns it names against a real gazetteer, extracts a ledger of dated events and writes per-day \
        GeoJSON snapshots, QGIS timeline layers and a QGIS project.
        """,
        subcommands: [Map.self, Events.self, Resolve.self],
        defaultSubcommand: nil
    )
}
