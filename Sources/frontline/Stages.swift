import ArgumentParser
import FrontlineMaps

/// Loads the data once and runs the stages that come before the map (gazetteer, extraction).
/// Temporary: until the gazetteer and event branches land, no place resolves and no event is found.
struct Stages {
    struct NoGazetteer: PlaceResolver {
        func resolve(_ query: PlaceQuery, context: ResolutionContext) -> PlaceResolution { PlaceResolution(query: query, record: nil, score: 0, reason: "no gazetteer yet") }
        func spot(in text: String) -> [PlaceSpot] { [] }
        func record(id: String) -> GazetteerRecord? { nil }
        var boundaries: [AdminBoundary] { [] }
    }

    let gazetteer = NoGazetteer()

    init(_ options: DataOptions) throws {}

    func ledger(for article: Article, csv: String?) throws -> (Ledger, [Diagnostic]) {
        try article.requireDatedSentence()
        return (Ledger(title: article.title, sides: article.sides, events: []), [])
    }
}
