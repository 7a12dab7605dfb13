import Foundation

/// A development article's gold annotations (`<article>.gold.json` of the corpus): what a careful
/// reader takes out of the text, against which `make eval` scores the pipeline.
///
/// Only the fields the scorer needs are decoded; the rest (notes, bases, full reference records) is
/// for the people who read the gold files.
public struct GoldFile: Decodable, Sendable {
    public struct Place: Decodable, Sendable {
        public var canonical: String
        public var spellings: [String]
        public var kind: String?
        public var link: String?
        public var found: Bool
        public var lat: Double?
        public var lon: Double?
    }

    public struct Checkpoint: Decodable, Sendable {
        public var place: String
        public var date: String
        /// "combatant1", "combatant2", "combatant3", "contested".
        public var accept: [String]
        public var basis: String?
    }

    public struct Event: Decodable, Sendable {
        public var place: String
        public var date: String
        public var type: String
        public var basis: String?
        public var dateRange: [String]?
        public var typeAlternatives: [String]?
        public var optional: Bool?

        enum CodingKeys: String, CodingKey {
            case place, date, type, basis, optional
            case dateRange = "date_range"
            case typeAlternatives = "type_alternatives"
        }
    }

    public struct NonPlace: Decodable, Sendable {
        public var text: String
    }

    public var article: String
    public var places: [Place]
    public var control: [Checkpoint]
    public var events: [Event]
    public var nonPlaces: [NonPlace]?

    enum CodingKeys: String, CodingKey {
        case article, places, control, events
        case nonPlaces = "non_places"
    }

    /// Reads a gold file; a malformed one is an error naming it.
    public static func read(_ url: URL) throws -> GoldFile {
        do {
            return try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: url))
        } catch {
            throw FrontlineError("\(url.path): not a gold file the scorer can read (\(error))")
        }
    }

    /// The place with this canonical name.
    public func place(_ canonical: String) -> Place? { places.first { $0.canonical == canonical } }
}
