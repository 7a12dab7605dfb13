import ArgumentParser
import Foundation
import FrontlineMaps

/// Where the tool's data comes from; shared by every subcommand that resolves places.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("Frontline's data folder (gazetteer, boundaries, lexicons).", valueName: "dir"))
    var data: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "An extra gazetteer: a file in gazetteer/places.tsv format, or a GeoNames country dump (XX.txt). Repeatable.",
            valueName: "file"))
    var gazetteer: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "An extra actor/verb lexicon (YAML, like gazetteer/lexicons/). Repeatable.", valueName: "file"))
    var lexicon: [String] = []

    /// The data folder's gazetteer and lexicons with the extra files given.
    /// - Throws: `FrontlineError` naming the folder or file that cannot be read.
    func load() throws -> FrontlineData {
        try FrontlineData.load(
            directory: DataDirectory.locate(explicit: data), gazetteers: gazetteer.map { URL(fileURLWithPath: $0) },
            lexicons: lexicon.map { URL(fileURLWithPath: $0) })
    }
}
