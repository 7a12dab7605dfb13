import Foundation
import Yams

/// The YAML front matter: title, description and infobox fields with their links.
struct FrontMatter {
    var title: String
    var description: String?
    var fields: [InfoboxField]

    /// - Parameter firstLine: the file line where the YAML starts, so YAML marks map to file lines.
    /// - Throws: `FrontlineError` for invalid YAML, alias bombs, nesting too deep for the parser, a non-mapping front matter or no title.
    static func parse(yaml: String, file: String, firstLine: Int) throws -> FrontMatter {
        func at(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: (mark?.line ?? 1) + firstLine - 1, column: mark?.column ?? 1)
        }
        let yamlLines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        func lineText(_ mark: Mark?) -> String? {
            guard let mark, mark.line >= 1, mark.line <= yamlLines.count else { return nil }
            return String(yamlLines[mark.line - 1])
        }
        try YAMLDepth.check(yaml, file: file, firstLine: firstLine, what: "the front matter")
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            switch error {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _),
                let .composer(_, problem, mark, _):
                throw FrontlineError(
                    "invalid YAML in the front matter: \(problem); fix the YAML syntax", at: at(mark),
                    sourceLine: lineText(mark))
            default:
                throw FrontlineError("invalid YAML in the front matter: \(error)", at: at(nil))
            }
        }
        guard let root, case .mapping = root else {
            throw FrontlineError("the front matter must be a YAML mapping with at least 'title'", at: at(nil))
        }
        var budget = ArticleReader.nodeBudget
        try checkBudget(root, &budget, at: at)

        guard let title = root["title"]?.string, !title.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw FrontlineError(
                "the front matter has no 'title'; add 'title: <name of the war or battle>'", at: at(root.mark))
        }
        var fields: [InfoboxField] = []
        if let boxes = root["infoboxes"] {
            guard let list = boxes.sequence else {
                throw FrontlineError(
                    "'infoboxes' must be a list of mappings", at: at(boxes.mark), sourceLine: lineText(boxes.mark))
            }
            for box in list {
                guard let mapping = box.mapping else {
                    throw FrontlineError(
                        "each infobox must be a mapping of fields", at: at(box.mark), sourceLine: lineText(box.mark))
                }
                for (keyNode, value) in mapping {
                    guard let key = keyNode.string else { continue }
                    try checkSide(key: key, keyNode: keyNode, at: at, lineText: lineText)
                    fields.append(try field(key: key, value: value, at: at, lineText: lineText))
                }
            }
        }
        return FrontMatter(title: title, description: root["description"]?.string, fields: fields)
    }

    /// Sides are `combatant1`, `combatant2`, …: every ledger names them so, and `map --ledger` reads
    /// only those. A `combatant0` or `combatant-1` would be written by `events`
    /// and refused by `map`, so it is refused here, where the user can fix it.
    private static func checkSide(
        key: String, keyNode: Node, at: (Mark?) -> SourceLocation, lineText: (Mark?) -> String?
    ) throws {
        guard let n = Side.number(ofKey: key) else { return }
        guard n >= 1 else {
            throw FrontlineError(
                "infobox field '\(key)': sides are numbered from 1 (combatant1, combatant2, …); renumber the combatants",
                at: at(keyNode.mark), sourceLine: lineText(keyNode.mark))
        }
    }

    private static func field(key: String, value: Node, at: (Mark?) -> SourceLocation, lineText: (Mark?) -> String?)
        throws -> InfoboxField
    {
        let location = at(value.mark)
        if let scalar = value.string { return InfoboxField(key: key, text: scalar, links: [], location: location) }
        guard let map = value.mapping else {
            throw FrontlineError(
                "infobox field '\(key)' must be text or a mapping with 'text' and 'links'", at: location,
                sourceLine: lineText(value.mark))
        }
        let text = map["text"]?.string ?? ""
        var links: [Link] = []
        for link in map["links"]?.sequence ?? [] {
            guard let page = link["page"]?.string else { continue }
            links.append(Link(text: link["text"]?.string ?? page, page: page))
        }
        return InfoboxField(key: key, text: text, links: links, location: location)
    }

    private static func checkBudget(_ node: Node, _ budget: inout Int, at: (Mark?) -> SourceLocation) throws {
        budget -= 1
        guard budget >= 0 else {
            throw FrontlineError(
                "the front matter expands to more than \(ArticleReader.nodeBudget) YAML values (nested aliases?); remove the aliases",
                at: at(node.mark))
        }
        switch node {
        case .scalar: return
        case let .mapping(m):
            for (k, v) in m {
                try checkBudget(k, &budget, at: at)
                try checkBudget(v, &budget, at: at)
            }
        case let .sequence(s):
            for v in s { try checkBudget(v, &budget, at: at) }
        }
    }
}
