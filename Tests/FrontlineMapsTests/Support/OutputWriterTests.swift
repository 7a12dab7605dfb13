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
        #expect(try String(contentsOf: root.appendingPathComponent("days/2012-12-16.geojson"), encoding: .utf8) == "{}\n")
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("days").path) == ["2012-12-16.geojson"])
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
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["a.geojson"], "the staging folder is gone")
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
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("days").path).sorted()
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

    @Test("paths that climb out are refused", arguments: ["../x.geojson", "days/../../x", "/etc/passwd", "a//b", "./a"])
    func climbing(_ path: String) throws {
        let w = try OutputWriter(root: try TestPaths.temporaryFolder())
        #expect(throws: FrontlineError.self) { try w.stage(path, text: "x") }
    }

    @Test("a symlinked subfolder pointing elsewhere is refused")
    func symlink() throws {
        let root = try TestPaths.temporaryFolder()
        let elsewhere = try TestPaths.temporaryFolder()
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("days"), withDestinationURL: elsewhere)
        let w = try OutputWriter(root: root)
        #expect(throws: FrontlineError.self) { try w.stage("days/2012-12-16.geojson", text: "x") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
    }

    @Test("titles become safe file names", arguments: [
        ("2012 Hama offensive", "2012_Hama_offensive"), ("../../etc", "___etc"), ("", "article"), ("a/b\\c", "a_b_c"), ("Ḩalfāyā", "Ḩalfāyā"),
    ])
    func slug(_ title: String, _ expected: String) {
        #expect(Slug.make(title) == expected)
        #expect(!Slug.make(title).contains("/") && !Slug.make(title).hasPrefix("."))
    }
}
