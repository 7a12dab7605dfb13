import Foundation
import Testing

@testable import FrontlineMaps

@Suite("Atomic, contained output")
struct OutputWriterTests {
    @Test("nothing is visible before commit; everything after")
    func commit() throws {
        let root = try TestPaths.temporaryFolder().appendingPathComponent("out")
        let w = try OutputWriter(root: root)
        try w.stage("days/2012-12-16.geojson", text: "{}\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("days/2012-12-16.geojson").path))
        try w.commit()
        #expect(
            try String(contentsOf: root.appendingPathComponent("days/2012-12-16.geojson"), encoding: .utf8) == "{}\n")
        // No temporary file is left beside it.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("days").path) == [
                "2012-12-16.geojson"
            ])
    }

    @Test("a writer dropped without commit leaves the previous files as they were")
    func abort() throws {
        let root = try TestPaths.temporaryFolder()
        let file = root.appendingPathComponent("a.geojson")
        try Data("old".utf8).write(to: file)
        do {
            let w = try OutputWriter(root: root)
            try w.stage("a.geojson", text: "new")
            try w.stage("b.geojson", text: "new")
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "old")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.path) == ["a.geojson"],
            "the staging folder is gone")
    }

    @Test("files the previous run listed in its manifest and this run does not write are removed; others kept")
    func prune() throws {
        let root = try TestPaths.temporaryFolder()
        let first = try OutputWriter(root: root)
        try first.stage("days/1999-01-01.geojson", text: "{}")
        try first.stage("player.html", text: "<html>")
        try first.commit()
        // A person's files, in Frontline's folders and beside them.
        try Data("x".utf8).write(to: root.appendingPathComponent("days/notes.geojson"))
        try Data("x".utf8).write(to: root.appendingPathComponent("days/2000-01-01.geojson"))
        let w = try OutputWriter(root: root)
        try w.stage("days/2012-12-16.geojson", text: "{}")
        try w.commit()
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("days").path).sorted()
                == ["2000-01-01.geojson", "2012-12-16.geojson", "notes.geojson"])
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("player.html").path))
        #expect(OutputWriter.readManifest(root.path) == ["days/2012-12-16.geojson"])
    }

    @Test("a second writer on the same folder is refused while the first holds it")
    func lock() throws {
        let root = try TestPaths.temporaryFolder()
        let first = try OutputWriter(root: root)
        #expect(throws: FrontlineError.self) { _ = try OutputWriter(root: root) }
        first.abort()
        let second = try OutputWriter(root: root)
        second.abort()
    }

    @Test(
        "paths that climb out are refused", arguments: ["../x.geojson", "days/../../x", "/etc/passwd", "a//b", "./a"])
    func climbing(_ path: String) throws {
        let w = try OutputWriter(root: try TestPaths.temporaryFolder())
        #expect(throws: FrontlineError.self) { try w.stage(path, text: "x") }
    }

    @Test("a symlinked subfolder pointing elsewhere is refused")
    func symlink() throws {
        let root = try TestPaths.temporaryFolder()
        let elsewhere = try TestPaths.temporaryFolder()
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("days"), withDestinationURL: elsewhere)
        let w = try OutputWriter(root: root)
        #expect(throws: FrontlineError.self) { try w.stage("days/2012-12-16.geojson", text: "x") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test(
        "titles become safe file names",
        arguments: [
            ("2012 Hama offensive", "2012_Hama_offensive"), ("../../etc", "___etc"), ("", "article"),
            ("a/b\\c", "a_b_c"), ("Ḩalfāyā", "Ḩalfāyā"),
        ])
    func slug(_ title: String, _ expected: String) {
        #expect(Slug.make(title) == expected)
        #expect(!Slug.make(title).contains("/") && !Slug.make(title).hasPrefix("."))
    }
}

@Suite("Output folder: recovery and refusals")
struct OutputWriterRecoveryTests {
    @Test("a dead run's committing staging folder is finished by the next writer; an uncommitted one is removed")
    func recovery() throws {
        let root = try TestPaths.temporaryFolder()
        let fm = FileManager.default
        try Data("old\n".utf8).write(to: root.appendingPathComponent("a.geojson"))
        try Data("gone\n".utf8).write(to: root.appendingPathComponent("b.geojson"))
        try Data("mine\n".utf8).write(to: root.appendingPathComponent("notes.txt"))
        try Data(OutputWriter.manifest(["a.geojson", "b.geojson"]).utf8).write(
            to: root.appendingPathComponent(OutputWriter.manifestName))
        // Killed after moving days/x.geojson, before a.geojson.
        let dead = root.appendingPathComponent(".frontline-staging-1-1")
        try fm.createDirectory(at: dead, withIntermediateDirectories: true)
        try Data("new\n".utf8).write(to: dead.appendingPathComponent("a.geojson"))
        try Data(OutputWriter.manifest(["a.geojson", "days/x.geojson"]).utf8).write(
            to: dead.appendingPathComponent(OutputWriter.manifestName))
        try Data().write(to: dead.appendingPathComponent(".commit"))
        try fm.createDirectory(at: root.appendingPathComponent("days"), withIntermediateDirectories: true)
        try Data("x\n".utf8).write(to: root.appendingPathComponent("days/x.geojson"))
        // Killed while staging.
        let early = root.appendingPathComponent(".frontline-staging-2-2")
        try fm.createDirectory(at: early, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: early.appendingPathComponent("a.geojson"))
        try Data("t".utf8).write(to: root.appendingPathComponent(".a.geojson.tmp-12-34"))

        let w = try OutputWriter(root: root)
        w.abort()
        #expect(try String(contentsOf: root.appendingPathComponent("a.geojson"), encoding: .utf8) == "new\n")
        #expect(!fm.fileExists(atPath: root.appendingPathComponent("b.geojson").path))
        #expect(fm.fileExists(atPath: root.appendingPathComponent("notes.txt").path))
        #expect(OutputWriter.readManifest(root.path) == ["a.geojson", "days/x.geojson"])
        #expect(
            try fm.contentsOfDirectory(atPath: root.path).sorted() == [
                ".frontline-manifest", "a.geojson", "days", "notes.txt",
            ])
    }

    @Test("a folder where a file goes fails the commit before any file changes")
    func folderInTheWay() throws {
        let root = try TestPaths.temporaryFolder()
        let first = try OutputWriter(root: root)
        try first.stage("a.geojson", text: "old")
        try first.stage("z.html", text: "old")
        try first.commit()
        try FileManager.default.removeItem(at: root.appendingPathComponent("z.html"))
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("z.html"), withIntermediateDirectories: true)
        let w = try OutputWriter(root: root)
        try w.stage("a.geojson", text: "new")
        try w.stage("z.html", text: "new")
        #expect(throws: FrontlineError.self) { try w.commit() }
        w.abort()
        #expect(try String(contentsOf: root.appendingPathComponent("a.geojson"), encoding: .utf8) == "old")
        #expect(
            !(try FileManager.default.contentsOfDirectory(atPath: root.path)).contains {
                $0.hasPrefix(".frontline-staging")
            })
    }

    @Test("a path that is a FIFO is written in place, never replaced")
    func fifo() throws {
        let dir = try TestPaths.temporaryFolder()
        let fifo = dir.appendingPathComponent("f").path
        #expect(mkfifo(fifo, 0o644) == 0)
        // O_RDWR: a FIFO open for reading and writing never blocks, and keeps the bytes.
        let reader = open(fifo, O_RDWR | O_NONBLOCK)
        defer { close(reader) }
        try OutputWriter.writeFile(atPath: fifo, Data("abc".utf8))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        var buffer = [UInt8](repeating: 0, count: 8)
        #expect(read(reader, &buffer, 8) == 3)
    }
}
