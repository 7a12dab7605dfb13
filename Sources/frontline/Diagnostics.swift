import ArgumentParser
import Foundation
import FrontlineMaps

/// Prints diagnostics to standard error in `file:line:col: severity: message` form.
enum Diagnostics {
    static func print(_ diagnostics: [Diagnostic]) {
        for d in diagnostics { print(d) }
    }

    static func print(_ diagnostic: Diagnostic) {
        printError(diagnostic.description)
    }

    /// The error's diagnostic with its hint worded for this tool's flags and `make` targets.
    static func commandLine(_ error: FrontlineError) -> Diagnostic {
        var (diagnostic, hint) = error.parts
        if let hint { diagnostic.message = hint.wrap(diagnostic.message, forCommandLine: true) }
        return diagnostic
    }

    /// Never fails: see `Console.error`.
    static func printError(_ text: String) {
        Console.error(text)
    }

    /// Runs `body`; a `FrontlineError` or any other error is printed and becomes exit code 1.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as FrontlineError {
            printError(commandLine(error).description)
            throw ExitCode.failure
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
