import Foundation
import Testing

/// Golden files: expected outputs committed under `Tests/FrontlineMapsTests/Golden/<name>/`, compared
/// byte for byte. `FRONTLINE_RECORD=1` re-records them — files that differ are rewritten, stale ones
/// removed — and the test still fails, naming them, so a re-record is never silent and is reviewed in
/// the diff. In CI (`CI` set) recording is refused whenever it would change a file.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static var recording: Bool { ProcessInfo.processInfo.environment["FRONTLINE_RECORD"] == "1" }
    static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    /// What a comparison came to.
    enum Outcome: Equatable {
        case same
        /// The files differ; nothing was written.
        case differs([String])
        /// The files differed and were re-recorded.
        case recorded([String])
        /// The files differ and recording was asked in CI: refused, nothing written.
        case refusedInCI([String])
    }

    /// Compares `files` (relative path → bytes) with the golden folder `root`, recording when asked.
    static func compare(_ files: [String: Data], root: URL, recording: Bool, inCI: Bool) throws -> Outcome {
        let committed = tree(root)
        let differing = Set(files.keys).union(committed.keys).filter { files[$0] != committed[$0] }.sorted()
        guard !differing.isEmpty else { return .same }
        guard recording else { return .differs(differing) }
        guard !inCI else { return .refusedInCI(differing) }
        for path in differing {
            let url = root.appendingPathComponent(path)
            if let data = files[path] {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            } else {
                try FileManager.default.removeItem(at: url)
            }
        }
        return .recorded(differing)
    }

    /// Checks `files` against the golden folder `name`; any difference is a test failure that says
    /// what to do.
    static func check(_ files: [String: Data], name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let outcome = try compare(files, root: folder.appendingPathComponent(name), recording: recording, inCI: inCI)
        switch outcome {
        case .same:
            return
        case let .differs(paths):
            Issue.record(
                "\(paths.count) files differ from the golden \(name) (\(paths.prefix(5).joined(separator: ", "))); if the change is meant, re-record with FRONTLINE_RECORD=1 and commit the files",
                sourceLocation: sourceLocation)
        case let .recorded(paths):
            Issue.record(
                "re-recorded \(paths.count) golden files of \(name) (\(paths.prefix(5).joined(separator: ", "))); review the diff, commit, and run again without FRONTLINE_RECORD",
                sourceLocation: sourceLocation)
        case let .refusedInCI(paths):
            Issue.record(
                "FRONTLINE_RECORD=1 in CI would change \(paths.count) golden files of \(name) (\(paths.prefix(5).joined(separator: ", "))); record on a development machine and commit them",
                sourceLocation: sourceLocation)
        }
    }

    /// Every regular file under `root`, relative path → bytes.
    static func tree(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = root.standardizedFileURL.path
        for case let path as String in FileManager.default.enumerator(atPath: base) ?? FileManager.DirectoryEnumerator()
        {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            files[path] = FileManager.default.contents(atPath: base + "/" + path)
        }
        return files
    }
}

@Suite("Golden files: re-recorded only on request, never in CI")
struct GoldenTests {
    @Test("a difference fails; recording writes it; recording in CI is refused and writes nothing")
    func recordMode() throws {
        let root = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = ["a.txt": Data("new".utf8), "b/c.txt": Data("c".utf8)]
        try Data("old".utf8).write(to: root.appendingPathComponent("a.txt"))
        try Data("stale".utf8).write(to: root.appendingPathComponent("gone.txt"))

        #expect(
            try Golden.compare(files, root: root, recording: false, inCI: false)
                == .differs(["a.txt", "b/c.txt", "gone.txt"]))
        #expect(
            try Golden.compare(files, root: root, recording: true, inCI: true)
                == .refusedInCI(["a.txt", "b/c.txt", "gone.txt"]))
        #expect(Golden.tree(root)["a.txt"] == Data("old".utf8), "nothing written in CI")
        #expect(
            try Golden.compare(files, root: root, recording: true, inCI: false)
                == .recorded(["a.txt", "b/c.txt", "gone.txt"]))
        #expect(Golden.tree(root) == files, "recorded: changed files written, stale ones removed")
        #expect(
            try Golden.compare(files, root: root, recording: true, inCI: true) == .same, "nothing to change: CI passes")
    }
}
