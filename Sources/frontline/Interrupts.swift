import Dispatch
import Foundation
import FrontlineMaps

/// Ctrl-C (SIGINT), `kill` (SIGTERM) and a closed terminal (SIGHUP) during `map`: the staging folder
/// is removed and the run exits with 128 + the signal's number, leaving the output folder as it was.
///
/// The signals are taken off their default action and delivered to a dispatch queue, so the clean-up
/// runs as ordinary code on another thread — never inside an async signal handler — while the main
/// thread keeps computing; `OutputWriter.interruptAll()` waits for the file being written to be
/// whole (or a commit under way to end) before removing anything.
enum Interrupts {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        guard sources.isEmpty else { return }
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                OutputWriter.interruptAll()
                Console.error("interrupted (signal \(number)); the output folder was left as it was before this run")
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
