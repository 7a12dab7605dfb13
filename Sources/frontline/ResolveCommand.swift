import ArgumentParser

// Placeholder until the gazetteer branch lands: it replaces this file.
struct Resolve: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Resolve place names against the gazetteer (not yet available).")
}
