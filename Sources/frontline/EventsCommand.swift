import ArgumentParser
import Foundation
import FrontlineMaps

/// `frontline events ARTICLE --format csv|json|geojson [--out FILE]`: the event ledger, for review.
///
/// The CSV is the file an analyst corrects and feeds back with `frontline map --ledger FILE`.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the event ledger of an article: every dated capture, attack, strike and casualty.",
        discussion:
            "One row per event and place, with date precision, side (combatant1…), certainty and source sentence. Diagnostics (unresolved places, undated events) go to standard error."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, geojson
    }

    @Argument(help: ArgumentHelp("The article: YAML front matter + Markdown body.", valueName: "article"))
    var article: String

    @Option(name: .long, help: ArgumentHelp("Output format: csv, json or geojson.", valueName: "format"))
    var format: Format = .csv

    @Option(
        name: .long,
        help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        if out?.isEmpty == true {
            throw ValidationError("--out is empty; give a file name, or leave --out out to write to standard output")
        }
    }

    func run() throws {
        try Diagnostics.run {
            let data = try dataOptions.load()
            let article = try ArticleReader.read(file: self.article)
            let (ledger, diagnostics) = try Frontline.ledger(article: article, data: data)
            Diagnostics.print(diagnostics)
            let text: String
            switch format {
            case .csv: text = LedgerCSV.write(ledger)
            case .json: text = LedgerJSON.write(ledger)
            case .geojson: text = LedgerGeoJSON.write(ledger)
            }
            if let out {
                try OutputWriter.writeFile(atPath: out, Data(text.utf8))
                Diagnostics.printError("wrote \(ledger.events.count) events to \(out)")
            } else {
                try Console.output(text)
            }
        }
    }
}
