import ArgumentParser

// Placeholder until the event-ledger branch lands: it replaces this file.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write the event ledger of an article (not yet available).")
}
