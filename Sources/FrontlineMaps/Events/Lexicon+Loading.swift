import Foundation
import Yams

extension Lexicon {
    /// The YAML shape of one lexicon file; every key is optional so a file may add just actors.
    private struct File: Decodable {
        struct Role: Decodable {
            var keywords: [String]
            var allies: [String]?
        }
        struct Verb: Decodable {
            var phrase: String
            var type: String
            var sub_type: String?
            var agent_loses: Bool?
            var area: Bool?
            var agentless: Bool?
            var assault: Bool?
        }
        var roles: [String: Role]?
        var role_order: [String]?
        var actors: [String: [String]]?
        var verbs: [Verb]?
        var certainty: [String: [String]]?
        var filler: [String]?
        var irrealis: [String]?
        var locators: [String]?
        var anaphora: [String]?
        var baseline: [String]?
        var holds: [String]?
        var repulses: [String]?
        var clause_breaks: [String]?
        var reaches_back: [String]?
        var modifiers: [String]?
        var captives: [String]?
    }

    /// Loads every `*.yaml` file of `directory` (in name order), then each `extra` file.
    /// - Throws: `FrontlineError` naming the file (and line when YAML says) for unreadable files,
    ///   invalid YAML, an unknown event type or certainty.
    public static func load(directory: URL, extra: [URL] = []) throws -> Lexicon {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else {
            throw FrontlineError(
                "cannot read the lexicon folder \(directory.path); it should hold actors.yaml, verbs.yaml, certainty.yaml"
            )
        }
        var files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
            directory.appendingPathComponent($0)
        }
        files += extra
        var lexicon = Lexicon()
        for url in files { lexicon.merge(try load(file: url)) }
        return lexicon
    }

    /// Loads one lexicon file.
    /// - Throws: `FrontlineError` as `load(directory:extra:)`.
    public static func load(file url: URL) throws -> Lexicon {
        let bytes: [UInt8]?
        do {
            // Plain reads: a --lexicon given as /dev/stdin, a FIFO or `<(…)` is read as a stream.
            bytes = try InputFile.readBytes(url.path, limit: 64 * 1024 * 1024)
        } catch let error as FrontlineError {
            throw FrontlineError("cannot read the lexicon \(url.path): \(error.diagnostic.message)")
        }
        guard let bytes else {
            throw FrontlineError("the lexicon \(url.path) is more than 64 MB; a lexicon is a few KB of YAML")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw FrontlineError("cannot read the lexicon \(url.path): it is not UTF-8 text; save it as UTF-8")
        }
        return try parse(yaml: text, file: url.path)
    }

    /// Parses lexicon YAML; `file` is only used in error messages.
    /// - Throws: `FrontlineError` at the file's line and column for invalid YAML or values.
    public static func parse(yaml text: String, file: String) throws -> Lexicon {
        // Before Yams: nesting thousands of levels deep would overflow its recursive decoder.
        try YAMLDepth.check(text, file: file, what: "the lexicon")
        let decoded: File
        do {
            decoded = try YAMLDecoder().decode(File.self, from: text.isEmpty ? "{}" : text)
        } catch let error as YamlError {
            throw FrontlineError("invalid lexicon YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context),
            let DecodingError.keyNotFound(_, context), let DecodingError.dataCorrupted(context)
        {
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            throw FrontlineError(
                "lexicon entry '\(path)': \(context.debugDescription); see gazetteer/lexicons/*.yaml for the format",
                at: SourceLocation(file: file, line: 1, column: 1))
        } catch {
            throw FrontlineError("invalid lexicon: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        var lexicon = Lexicon()
        for (name, role) in decoded.roles ?? [:] {
            lexicon.roles[name] = role.keywords
            if let allies = role.allies { lexicon.allies[name] = allies }
        }
        lexicon.roleOrder = decoded.role_order ?? []
        lexicon.actors = decoded.actors ?? [:]
        for (i, v) in (decoded.verbs ?? []).enumerated() {
            guard let type = EventType(rawValue: v.type) else {
                throw FrontlineError(
                    "verb '\(v.phrase)' (verbs.\(i)) has unknown type '\(v.type)'; use one of \(EventType.allCases.map(\.rawValue).joined(separator: ", "))",
                    at: SourceLocation(file: file, line: line(of: v.phrase, in: text), column: 1))
            }
            var entry = VerbEntry(
                phrase: v.phrase, type: type, subType: v.sub_type ?? "", agentLoses: v.agent_loses ?? false,
                area: v.area ?? false,
                agentless: v.agentless ?? false)
            entry.assault = v.assault ?? false
            lexicon.verbs.append(entry)
        }
        for (name, cues) in decoded.certainty ?? [:] {
            guard let c = Certainty(rawValue: name) else {
                throw FrontlineError(
                    "unknown certainty '\(name)'; use one of \(Certainty.allCases.map(\.rawValue).joined(separator: ", "))",
                    at: SourceLocation(file: file, line: line(of: name + ":", in: text), column: 1))
            }
            lexicon.certainty[c, default: []] += cues
        }
        lexicon.filler = decoded.filler ?? []
        lexicon.irrealis = decoded.irrealis ?? []
        lexicon.locators = decoded.locators ?? []
        lexicon.anaphora = decoded.anaphora ?? []
        lexicon.baseline = decoded.baseline ?? []
        lexicon.holds = decoded.holds ?? []
        lexicon.repulses = decoded.repulses ?? []
        lexicon.clauseBreaks = decoded.clause_breaks ?? []
        lexicon.reachesBack = decoded.reaches_back ?? []
        lexicon.modifiers = decoded.modifiers ?? []
        lexicon.captives = decoded.captives ?? []
        return lexicon
    }

    /// The 1-based line where `needle` first occurs, for pointing at a bad entry; 1 when not found.
    private static func line(of needle: String, in text: String) -> Int {
        guard let r = text.range(of: needle) else { return 1 }
        return text[..<r.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }
}
