import Foundation
import Testing

/// The trust promises, on the built binary: no crash whatever the output streams, no file lost
/// whatever the folder holds, a run all or nothing even when interrupted or raced.
@Suite("Trust: streams, folders, signals", .serialized)
struct TrustTests {
    /// Runs the binary with its standard output and error going to the given handles.
    static func run(_ arguments: [String], stdout: FileHandle, stderr: FileHandle) throws -> Int32 {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLI.repository
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func shell(_ script: String) throws -> CLI.Output {
        try CLI.run(tool: URL(fileURLWithPath: "/bin/sh"), ["-c", script])
    }

    /// A folder holding the seed's maps, for runs that must leave it alone.
    static func mapped() throws -> URL {
        let out = try CLI.temporaryFolder().appendingPathComponent("out")
        let r = try CLI.run(["map", CLI.seed.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        return out
    }

    static func staging(in out: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).filter {
            $0.hasPrefix(".frontline-staging")
        }
    }

    // MARK: Streams

    @Test("standard output on a full disk or closed: an error and exit 1, never a crash")
    func unwritableStdout() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let err = Pipe()
        let status = try Self.run(["events", CLI.seed.path], stdout: full, stderr: err.fileHandleForWriting)
        try err.fileHandleForWriting.close()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(status == 1)
        #expect(stderr.contains("cannot write to standard output: No space left on device"), "\(stderr)")

        let closed = try Self.shell("exec >&-; '\(CLI.binary.path)' events '\(CLI.seed.path)'")
        #expect(closed.status == 1)
        #expect(closed.stderr.contains("cannot write to standard output"), "\(closed.stderr)")
    }

    @Test("standard error on a full disk: the map run still succeeds")
    func unwritableStderr() throws {
        let out = try CLI.temporaryFolder().appendingPathComponent("out")
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let status = try Self.run(
            ["map", CLI.seed.path, "--out", out.path, "--no-pictures"], stdout: full, stderr: full)
        #expect(status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("timeline-places.geojson").path))
    }

    @Test("usage errors exit 1, as the README says; an empty --out is one")
    func usageErrors() throws {
        let unknown = try CLI.run(["map", CLI.seed.path, "--no-such-flag"])
        #expect(unknown.status == 1, "\(unknown.stderr)")
        let empty = try CLI.run(["map", CLI.seed.path, "--out", ""])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("--out is empty"), "\(empty.stderr)")
        let emptyEvents = try CLI.run(["events", CLI.seed.path, "--out", ""])
        #expect(emptyEvents.status == 1)
        #expect(emptyEvents.stderr.contains("--out is empty"), "\(emptyEvents.stderr)")
    }

    @Test("events --out onto a FIFO (or /dev/null) writes into it and leaves it what it was")
    func devicesStayDevices() throws {
        let dir = try CLI.temporaryFolder()
        let fifo = dir.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let copy = dir.appendingPathComponent("copy.csv")
        let reader = try Self.shell(
            "cat '\(fifo)' > '\(copy.path)' & '\(CLI.binary.path)' events '\(CLI.seed.path)' --out '\(fifo)'; s=$?; wait; exit $s"
        )
        #expect(reader.status == 0, "\(reader.stderr)")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced by a file")
        #expect(try String(contentsOf: copy, encoding: .utf8).hasPrefix("event_id,"))

        let null = try CLI.run(["events", CLI.seed.path, "--out", "/dev/null"])
        #expect(null.status == 0, "\(null.stderr)")
        #expect(stat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/null is no longer a device")
    }

    @Test("text in HTML comments and fenced code gives no event")
    func commentsAndCode() throws {
        let dir = try CLI.temporaryFolder()
        let article = dir.appendingPathComponent("a.md")
        try BadInputTests.article(
            """
            On 2 March 2013, rebels captured [Kafr Zita](./Kafr_Zita).

            <!-- On 5 March 2013, rebels captured [Morek](./Morek). -->

            ```
            On 6 March 2013, rebels captured [Kernaz](./Kernaz).
            ```

            """
        ).write(to: article)
        let r = try CLI.run(["events", article.path, "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Kafr Zita"))
        #expect(!r.stdout.contains("Morek") && !r.stdout.contains("Kernaz"), "\(r.stdout)")
    }

    @Test("a 10,000-character name is resolved (as unresolved) in seconds, not minutes")
    func longName() throws {
        var generator = SystemRandomNumberGenerator()
        let name = String((0..<10_000).map { _ in "abcdefghijklmnop".randomElement(using: &generator)! })
        let start = Date()
        let r = try CLI.run(["resolve", name])
        #expect(r.status == 1)
        #expect(Date().timeIntervalSince(start) < 30)
    }

    // MARK: Folders

    @Test("a person's files in the output folder survive; stale player.html and another article's .qgs go")
    func userFilesAndStaleOutputs() throws {
        let out = try Self.mapped()
        let fm = FileManager.default
        try Data("mine".utf8).write(to: out.appendingPathComponent("days/my-annotations.geojson"))
        try Data("<svg/>".utf8).write(to: out.appendingPathComponent("svg/logo.svg"))
        try Data("notes".utf8).write(to: out.appendingPathComponent("notes.txt"))

        // Another article (another slug), without pictures, into the same folder.
        let other = out.deletingLastPathComponent().appendingPathComponent("other_war.md")
        try fm.copyItem(at: CLI.seed, to: other)
        let r = try CLI.run(["map", other.path, "--out", out.path, "--no-pictures"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(fm.fileExists(atPath: out.appendingPathComponent("days/my-annotations.geojson").path))
        #expect(fm.fileExists(atPath: out.appendingPathComponent("svg/logo.svg").path))
        #expect(fm.fileExists(atPath: out.appendingPathComponent("notes.txt").path))
        #expect(try fm.contentsOfDirectory(atPath: out.appendingPathComponent("svg").path) == ["logo.svg"])
        #expect(!fm.fileExists(atPath: out.appendingPathComponent("player.html").path))
        #expect(!fm.fileExists(atPath: out.appendingPathComponent("2012_Hama_offensive.qgs").path))
        #expect(fm.fileExists(atPath: out.appendingPathComponent("other_war.qgs").path))
    }

    @Test(
        "something in the way of one file fails the run before any file changes",
        arguments: ["player.html is a folder", "days is a symlink to ."])
    func allOrNothing(_ obstacle: String) throws {
        let out = try Self.mapped()
        let fm = FileManager.default
        if obstacle.hasPrefix("player") {
            try fm.removeItem(at: out.appendingPathComponent("player.html"))
            try fm.createDirectory(at: out.appendingPathComponent("player.html"), withIntermediateDirectories: true)
        } else {
            try fm.removeItem(at: out.appendingPathComponent("days"))
            try fm.createSymbolicLink(atPath: out.appendingPathComponent("days").path, withDestinationPath: ".")
        }
        let before = CLI.tree(out)
        let r = try CLI.run(["map", CLI.seed.path, "--out", out.path, "--radius", "13000"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("nothing was changed"), "\(r.stderr)")
        #expect(CLI.tree(out) == before)
        #expect(Self.staging(in: out).isEmpty)
    }

    @Test("a second run into a folder another run holds fails at once, saying so")
    func lock() throws {
        let out = try Self.mapped()
        let fd = open(out.path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX) == 0)
        let before = CLI.tree(out)
        let r = try CLI.run(["map", CLI.seed.path, "--out", out.path, "--radius", "13000"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("another frontline run is writing to"), "\(r.stderr)")
        #expect(CLI.tree(out) == before)
    }

    @Test("what a killed run left (staging, old .tmp- files) is swept by the next run")
    func staleStagingSwept() throws {
        let out = try Self.mapped()
        let fm = FileManager.default
        let dead = out.appendingPathComponent(".frontline-staging-999999-1/days")
        try fm.createDirectory(at: dead, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: dead.appendingPathComponent("2012-12-16.geojson"))
        try Data("half".utf8).write(to: out.appendingPathComponent("days/.2012-12-16.geojson.tmp-999999-42"))
        let r = try CLI.run(["map", CLI.seed.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.staging(in: out).isEmpty)
        #expect(!fm.fileExists(atPath: out.appendingPathComponent("days/.2012-12-16.geojson.tmp-999999-42").path))
    }

    @Test("SIGINT or SIGTERM mid-run: exit 128+n, the folder as it was, no staging left", arguments: [SIGINT, SIGTERM])
    func interrupted(_ signal: Int32) throws {
        let out = try Self.mapped()
        let before = CLI.tree(out)
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["map", CLI.seed.path, "--out", out.path, "--radius", "13000"]
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        // Wait for the run to start staging, then interrupt it.
        let deadline = Date().addingTimeInterval(60)
        while Self.staging(in: out).isEmpty && process.isRunning && Date() < deadline { usleep(2_000) }
        #expect(process.isRunning, "the run ended before it could be interrupted")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signal)
        #expect(Self.staging(in: out).isEmpty)
        #expect(CLI.tree(out) == before)
    }
}
