import ArgumentParser
import Foundation

/// The `frontline` command: a thin shell over FrontlineMaps. Subcommands parse options, read and
/// write files, print diagnostics and choose the exit code; every decision is in the library.
@main
struct FrontlineCommand: ParsableCommand {
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

    /// ArgumentParser's own `main`, except that a usage error (unknown flag, bad value) exits with 1
    /// like every other error, as the README promises, instead of sysexits' 64; and a reader of our
    /// standard output that goes away (`| head`) gives a write error we report, not a silent SIGPIPE.
    static func main() {
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(ExitCode.failure.rawValue)
            }
            exit(withError: error)
        }
    }
}
