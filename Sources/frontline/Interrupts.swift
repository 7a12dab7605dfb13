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
            // A signal ignored on entry (`nohup`, a shell's background job) stays ignored.
            var previous = sigaction()
            sigaction(number, nil, &previous)
            if unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) == 1 /* SIG_IGN */ { continue }
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                OutputWriter.interruptAll()
                Console.error("interrupted (signal \(number)); no partial output was left in the folder")
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
