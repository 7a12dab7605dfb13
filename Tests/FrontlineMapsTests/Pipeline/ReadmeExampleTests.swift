import Foundation
import FrontlineMaps
import Testing

/// The README's library example is code that runs: this file holds it between the markers, the test
/// checks the README's block is the same text, runs it, and compares what it wrote with the committed
/// maps of the seed.
@Suite("README example", .serialized)
struct ReadmeExampleTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The example, verbatim; it reads paths relative to the repository, as a user running it there
    /// would. Returns where it wrote.
    static func example() throws -> URL {
        // README example begins
        let article = try ArticleReader.read(file: "articles/2012_Hama_offensive.md")
        let map = try Frontline.map(article: article)  // extract, resolve, timeline, geometry
        for diagnostic in map.diagnostics { print(diagnostic) }  // unresolved places, contradictions
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("2012_Hama_offensive")
        try map.write(toFolder: out)  // GeoJSON, QGIS project, SVG, player
        let held = map.timeline.places.filter { $0.state(on: map.timeline.last) != .unknown }
        print("\(held.count) of \(map.timeline.places.count) places held on \(map.timeline.last.iso)")
        // README example ends
        return out
    }

    /// The lines between the markers of `text`, without their common indentation.
    static func block(_ text: String, from start: String, to end: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        guard let a = lines.firstIndex(where: { $0.contains(start) }),
            let b = lines[(a + 1)...].firstIndex(where: { $0.contains(end) })
        else { return [] }
        let body = lines[(a + 1)..<b]
        let indent =
            body.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map { $0.prefix { $0 == " " }.count }.min()
            ?? 0
        return body.map { String($0.dropFirst(min(indent, $0.count))) }
    }

    @Test("the README's example is this file's, line for line")
    func readmeMatches() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let readme = try String(contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let ours = Self.block(source, from: "// README example begins", to: "// README example ends")
        let theirs = Self.block(readme, from: "```swift", to: "```").filter { !$0.hasPrefix("import ") && !$0.isEmpty }
        #expect(ours.count >= 5)
        #expect(theirs == ours)
    }

    @Test(
        "the example maps the seed through the library alone, byte for byte the committed maps",
        .enabled(
            if: FileManager.default.currentDirectoryPath == repository.path,
            "needs the repository as the working directory"))
    func runs() throws {
        let out = try Self.example()
        defer { try? FileManager.default.removeItem(at: out) }
        let committed = Self.repository.appendingPathComponent("maps/2012_Hama_offensive")
        // The GIS files come from the `frontline` command through GDAL (FrontlineGIS), which this
        // library-only example does not use; the rest, the manifest included, must be the same.
        let files = try Self.files(under: committed).filter { !Self.isGIS($0) }
        #expect(files.count > 100)
        #expect(try Self.files(under: out) == files)
        for file in files {
            var a = try Data(contentsOf: committed.appendingPathComponent(file))
            let b = try Data(contentsOf: out.appendingPathComponent(file))
            if file.hasSuffix(".qgs") {
                // The command's project reads war.gpkg; the library's, without GDAL, the GeoJSON files.
                var text = String(decoding: a, as: UTF8.self)
                for layer in QgisLayer.allCases {
                    text = text.replacingOccurrences(
                        of: "./war.gpkg|layername=\(layer.rawValue)", with: "./\(layer.fileName)")
                }
                a = Data(text.utf8)
            }
            if file == OutputWriter.manifestName {
                a = Data(
                    String(decoding: a, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                        .filter { !Self.isGIS(String($0)) }.joined(separator: "\n").utf8)
            }
            #expect(a == b, "\(file) differs from the committed maps")
        }
    }

    /// Files only the command writes: `war.gpkg` and FlatGeobuf's `fgb/`.
    static func isGIS(_ path: String) -> Bool { path == "war.gpkg" || path.hasPrefix("fgb/") }

    static func files(under folder: URL) throws -> [String] {
        let base = folder.standardizedFileURL.path
        let all = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
        return all.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }
}
