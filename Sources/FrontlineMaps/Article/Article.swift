/// What an article file says, nothing inferred: front matter, infobox, and the body as sections,
/// paragraphs and sentences, each with its position in the file.
public struct Article: Sendable {
    /// The path the article was read from, as the user gave it (used in every diagnostic).
    public var file: String
    public var title: String
    public var description: String?
    /// Infobox fields in file order (`date`, `place`, `combatant1`, …). Several infoboxes are flattened.
    public var infobox: [InfoboxField]
    public var sections: [Section]

    public init(file: String, title: String, description: String?, infobox: [InfoboxField], sections: [Section]) {
        self.file = file
        self.title = title
        self.description = description
        self.infobox = infobox
        self.sections = sections
    }

    /// The first infobox field with this key.
    public func field(_ key: String) -> InfoboxField? { infobox.first { $0.key == key } }

    /// Every sentence of the body in order.
    public var sentences: [Sentence] { sections.flatMap { $0.paragraphs.flatMap(\.sentences) } }

    /// The sides as the infobox numbers them: `combatant1`, `combatant2`, … in the article's own order.
    public var sides: [Side] {
        infobox.compactMap { f -> Side? in
            guard let n = Side.number(ofKey: f.key) else { return nil }
            return Side(number: n, name: f.headline, members: f.listItems, links: f.links)
        }
        .sorted { $0.number < $1.number }
    }
}

/// One infobox entry: its raw text and the internal links it carries.
public struct InfoboxField: Hashable, Sendable {
    public var key: String
    public var text: String
    public var links: [Link]
    public var location: SourceLocation?

    public init(key: String, text: String, links: [Link], location: SourceLocation? = nil) {
        self.key = key
        self.text = text
        self.links = links
        self.location = location
    }

    /// The first line, without list bullets: "Syrian Government" for a combatant field.
    public var headline: String {
        let first = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        return first.trimmingBullet()
    }

    /// The `* item` lines after the first.
    public var listItems: [String] {
        text.split(separator: "\n").dropFirst().map { String($0).trimmingBullet() }.filter { !$0.isEmpty }
    }
}

/// A side of the war, numbered as the infobox numbers its combatants.
public struct Side: Hashable, Sendable {
    /// 1 for `combatant1`, …
    public var number: Int
    /// The first line of the field, e.g. "Syrian Government".
    public var name: String
    public var members: [String]
    public var links: [Link]

    public init(number: Int, name: String, members: [String] = [], links: [Link] = []) {
        self.number = number
        self.name = name
        self.members = members
        self.links = links
    }

    /// `combatant1`, the stable key every output uses.
    public var key: String { Side.key(number) }

    /// What every side key starts with: `combatant` as in the infobox's fields.
    public static let keyPrefix = "combatant"

    /// The key of side `number`: `combatant1` for 1. The one place a side key is spelled out.
    public static func key(_ number: Int) -> String { keyPrefix + String(number) }

    /// The number of a key written `combatant<n>` (any integer, so callers can refuse 0 or -1 with
    /// a message of their own); `nil` for anything else.
    public static func number(ofKey key: some StringProtocol) -> Int? {
        guard key.hasPrefix(keyPrefix) else { return nil }
        return Int(key.dropFirst(keyPrefix.count))
    }
}

/// An internal link: the text shown and the page it points to (`./Murak,_Hama` → "Murak, Hama").
public struct Link: Hashable, Sendable {
    public var text: String
    public var page: String
    /// UTF-8 offset range of the link text inside its sentence's `text`, when it comes from the body.
    public var range: Range<Int>?

    public init(text: String, page: String, range: Range<Int>? = nil) {
        self.text = text
        self.page = page
        self.range = range
    }
}

public struct Section: Sendable {
    /// "" for the lead before the first heading.
    public var title: String
    public var level: Int
    public var paragraphs: [Paragraph]

    public init(title: String, level: Int, paragraphs: [Paragraph]) {
        self.title = title
        self.level = level
        self.paragraphs = paragraphs
    }
}

public struct Paragraph: Sendable {
    public var sentences: [Sentence]
    public init(sentences: [Sentence]) { self.sentences = sentences }
}

/// One sentence with links reduced to their text; `links` keep their targets and ranges.
public struct Sentence: Sendable {
    /// Plain text: Markdown links replaced by their text, emphasis markers removed.
    public var text: String
    public var links: [Link]
    /// Where the sentence starts in the file (1-based line and column, column in characters).
    public var location: SourceLocation
    /// Index of the section in `Article.sections`, and its title.
    public var sectionIndex: Int
    public var sectionTitle: String
    /// Character offset of the sentence's start in the whole plain-text body (sentences joined by one space).
    public var offset: Int

    public init(
        text: String, links: [Link], location: SourceLocation, sectionIndex: Int, sectionTitle: String, offset: Int
    ) {
        self.text = text
        self.links = links
        self.location = location
        self.sectionIndex = sectionIndex
        self.sectionTitle = sectionTitle
        self.offset = offset
    }
}

extension String {
    func trimmingBullet() -> String {
        var s = Substring(self).drop { $0 == " " || $0 == "*" || $0 == "\t" }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
