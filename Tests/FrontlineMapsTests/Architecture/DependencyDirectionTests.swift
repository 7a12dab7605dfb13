import Foundation
import Testing

/// The library's folders are its pipeline stages, and data flows one way: a stage may use the stages
/// before it and `Support/`, never one after it. The stages share one module (so cross-stage types
/// need not be public), so the compiler cannot hold the line; this test does, by reading the sources.
@Suite("Architecture: dependencies run one way")
struct DependencyDirectionTests {
    /// The stages in pipeline order. `Support/` sits under all of them; `Evaluation/` (the scorer)
    /// sits on top, beside `Pipeline/`.
    static let order = [
        "Support", "Article", "Gazetteer", "Events", "Timeline", "Geometry", "GeoJSON", "Render", "Pipeline",
        "Evaluation",
    ]

    static let library = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/FrontlineMaps")

    /// Each folder's Swift files, as code only: comments and string literals removed, so a doc
    /// comment that names a later stage's type is not an edge.
    static func sources(of folder: String) throws -> [(file: String, code: String)] {
        let url = library.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }
            .sorted()
        return try names.map { name in
            let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
            return ("\(folder)/\(name)", code(text))
        }
    }

    /// `text` without `//` comments, `/* */` comments and the text of string literals (single line,
    /// multi-line and raw `#"…"#`; interpolations kept as code), so only identifiers the compiler sees are left.
    static func code(_ text: String) -> String {
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        // Open string literals (multi-line or not), each with the parenthesis depth its current
        // interpolation returns to the string at; `nil` while in the literal's text.
        var strings: [(multiLine: Bool, interpolation: Int?)] = []
        var depth = 0, i = 0
        func at(_ s: String) -> Bool {
            let u = Array(s.unicodeScalars)
            return i + u.count <= chars.count && Array(chars[i..<(i + u.count)]) == u
        }
        while i < chars.count {
            if let top = strings.last, top.interpolation == nil {
                // Inside a literal's text.
                if chars[i] == "\\", i + 1 < chars.count, chars[i + 1] == "(" {
                    strings[strings.count - 1].interpolation = depth
                    depth += 1
                    i += 2
                } else if chars[i] == "\\" {
                    i += 2
                } else if top.multiLine ? at("\"\"\"") : chars[i] == "\"" {
                    strings.removeLast()
                    out.append(contentsOf: "\"\"".unicodeScalars)
                    i += top.multiLine ? 3 : 1
                } else {
                    i += 1
                }
                continue
            }
            if at("#\"") {
                // A raw string: no escapes, ends at `"#`.
                i += 2
                while i < chars.count, !at("\"#") { i += 1 }
                out.append(contentsOf: "\"\"".unicodeScalars)
                i += 2
            } else if at("//") {
                while i < chars.count, chars[i] != "\n" { i += 1 }
            } else if at("/*") {
                i += 2
                while i < chars.count, !at("*/") { i += 1 }
                i += 2
            } else if at("\"\"\"") {
                strings.append((true, nil))
                i += 3
            } else if chars[i] == "\"" {
                strings.append((false, nil))
                i += 1
            } else {
                if chars[i] == "(" { depth += 1 }
                if chars[i] == ")" {
                    depth -= 1
                    if let top = strings.last, top.interpolation == depth {
                        strings[strings.count - 1].interpolation = nil
                        i += 1
                        continue
                    }
                }
                out.append(chars[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The top-level types a folder declares (`struct`, `enum`, `class`, `protocol`, `typealias`,
    /// `actor`, at the start of a line).
    static func declaredTypes(in sources: [(file: String, code: String)]) -> Set<String> {
        let pattern = try! NSRegularExpression(
            pattern:
                #"(?m)^(?:public |internal |fileprivate |private |final )*(?:struct|enum|class|protocol|typealias|actor) +([A-Z][A-Za-z0-9_]*)"#
        )
        var names = Set<String>()
        for (_, code) in sources {
            for m in pattern.matches(in: code, range: NSRange(code.startIndex..., in: code)) {
                if let r = Range(m.range(at: 1), in: code) { names.insert(String(code[r])) }
            }
        }
        return names
    }

    /// Whether `code` uses `name` as a whole identifier.
    static func uses(_ code: String, _ name: String) -> Bool {
        var from = code.startIndex
        while let r = code.range(of: name, range: from..<code.endIndex) {
            let before = r.lowerBound == code.startIndex ? nil : code[code.index(before: r.lowerBound)]
            let after = r.upperBound == code.endIndex ? nil : code[r.upperBound]
            func isIdentifier(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
            if !isIdentifier(before), !isIdentifier(after) { return true }
            from = r.upperBound
        }
        return false
    }

    @Test("every library folder is a stage of the order")
    func everyFolderIsAStage() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.library.path).filter {
            !$0.hasPrefix(".")
        }
        #expect(Set(folders) == Set(Self.order), "a new folder must take its place in `order`")
    }

    @Test("no stage uses a type of a later stage", arguments: order.indices.dropLast())
    func noBackwardEdge(stage: Int) throws {
        let sources = try Self.sources(of: Self.order[stage])
        var later: [String: String] = [:]
        for folder in Self.order[(stage + 1)...] {
            for name in Self.declaredTypes(in: try Self.sources(of: folder)) { later[name] = folder }
        }
        #expect(!later.isEmpty)
        var edges: [String] = []
        for (file, code) in sources {
            for (name, folder) in later.sorted(by: { $0.key < $1.key }) where Self.uses(code, name) {
                edges.append("\(file) uses \(name) of \(folder)/")
            }
        }
        #expect(edges.isEmpty, "backward edges:\n\(edges.joined(separator: "\n"))")
    }

    @Test(
        "the test sees an edge when there is one: a file naming a later type is caught, one naming it in a comment or string is not"
    )
    func detectsEdges() {
        let code = Self.code(
            "let a = 1 // MapPipeline\nlet s = \"War\\(x ? \"WarMap\" : \"\")\" + y(\"\")\n/* Frontline */ let m: MapOptions = #\"{\"WarMap\":1}\"#"
        )
        #expect(Self.uses(code, "MapOptions"))
        #expect(!Self.uses(code, "MapPipeline"))
        #expect(!Self.uses(code, "WarMap"))
        #expect(!Self.uses(code, "Frontline"))
        #expect(Self.uses(code, "x") && Self.uses(code, "y"), "interpolations and calls stay code")
        #expect(!Self.uses("let x = WarMapping()", "WarMap"))
    }
}
