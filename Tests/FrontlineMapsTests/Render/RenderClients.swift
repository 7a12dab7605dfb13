import Foundation

/// The real programs the render checks run: QGIS's Python under `/usr/bin/python3` and headless
/// Chromium. A check whose program is missing is disabled (and says so); `make check-qgis` installs
/// both and runs the same scripts against the real maps.
enum RenderClients {
    static let python = "/usr/bin/python3"
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("qgis")

    static let hasQgis: Bool = (try? run(python, ["-c", "import qgis.core"]).status) == 0
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `program` with `arguments` and a headless Qt, capturing both streams.
    static func run(_ program: String, _ arguments: [String], environment extra: [String: String] = [:]) throws
        -> Output
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["QT_QPA_PLATFORM"] = "offscreen"
        for (k, v) in extra { environment[k] = v }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read the error stream on another thread so neither pipe can fill and block the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
