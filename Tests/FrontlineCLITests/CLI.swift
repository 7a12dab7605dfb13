import Foundation

/// Runs the built `frontline` binary, as a user would, and captures what it says.
enum CLI {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seed = repository.appendingPathComponent("articles/2012_Hama_offensive.md")
    static let committedMaps = repository.appendingPathComponent("maps/2012_Hama_offensive")

    /// The `frontline` binary under test, the one place every CLI test finds it: `FRONTLINE_BINARY`
    /// when set, else the binary SwiftPM built beside this test bundle (same triple and
    /// configuration; `make test` builds it first with `swift build --product frontline`).
    static let binary: URL = {
        if let given = ProcessInfo.processInfo.environment["FRONTLINE_BINARY"], !given.isEmpty {
            return URL(fileURLWithPath: given)
        }
        let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "").standardizedFileURL
        return bundle.deletingLastPathComponent().appendingPathComponent("frontline")
    }()

    struct Output {
        var status: Int32
        /// Standard output as bytes, for tools that write binary (ffmpeg's raw frames).
        var stdoutData: Data
        var stderr: String
        var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    }

    /// Runs the binary; `environment` entries are added to this process's.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws
        -> Output
    {
        try run(tool: binary, arguments, in: directory, environment: environment)
    }

    /// Runs another program (a real client such as `ogrinfo` or `psql`) the same way.
    static func run(tool: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:])
        throws -> Output
    {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        }
        process.currentDirectoryURL = directory ?? repository
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes at once before waiting, so a chatty run cannot fill either pipe and block.
        let errors = ErrorBuffer()
        let reader = Thread {
            errors.data = err.fileHandleForReading.readDataToEndOfFile(); errors.done.signal()
        }
        reader.start()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        errors.done.wait()
        let e = errors.data
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdoutData: o, stderr: String(decoding: e, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every regular file under `root`, relative path → bytes.
    static func tree(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return files
        }
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
        {
            files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try? Data(contentsOf: url)
        }
        return files
    }

    /// What the stderr reader thread read; `done` orders its write before the read.
    private final class ErrorBuffer: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}
