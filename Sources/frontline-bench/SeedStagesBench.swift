import Foundation
import FrontlineMaps

/// Where the seed's end-to-end time goes, stage by stage, in process (best of 5 each), so a slow
/// whole-process figure can be traced to its stage.
func seedStageBenchmarks(repository: URL) throws -> [BenchFigure] {
    let data = repository.appendingPathComponent("gazetteer")
    let seed = repository.appendingPathComponent("articles/2012_Hama_offensive.md").path
    func best(_ body: () throws -> Void) rethrows -> Double {
        var b = Double.infinity
        for _ in 0..<5 {
            let t0 = DispatchTime.now().uptimeNanoseconds
            try body()
            b = min(b, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        }
        return b
    }
    var gazetteer = try Gazetteer.load(directory: data)
    let load = try best { gazetteer = try Gazetteer.load(directory: data) }
    let boundaries = try best { _ = try Gazetteer.load(directory: data).boundaries.count }
    let article = try ArticleReader.read(file: seed)
    let lexicon = try Lexicon.load(directory: data.appendingPathComponent("lexicons"))
    var ledger = EventExtractor(lexicon: lexicon, resolver: gazetteer).extract(article).ledger
    let extract = best { ledger = EventExtractor(lexicon: lexicon, resolver: gazetteer).extract(article).ledger }
    _ = gazetteer.boundaries.count
    var options = MapOptions(articlePlace: article.field("place")?.text, slug: "seed", pictures: false)
    let map = try best { _ = try MapPipeline.build(ledger: ledger, resolver: gazetteer, options: options) { _, _ in } }
    options.pictures = true
    let withPictures = try best {
        _ = try MapPipeline.build(ledger: ledger, resolver: gazetteer, options: options) { _, _ in }
    }
    return [
        BenchFigure(
            name: "seed stage: gazetteer load (places)", value: load, unit: "s", target: 0.05, higherIsBetter: false),
        BenchFigure(
            name: "seed stage: gazetteer load + boundaries", value: boundaries, unit: "s", target: 0.1,
            higherIsBetter: false),
        BenchFigure(name: "seed stage: extraction", value: extract, unit: "s", target: 0.01, higherIsBetter: false),
        BenchFigure(
            name: "seed stage: timeline + geometry + layers", value: map, unit: "s", target: 0.1, higherIsBetter: false),
        BenchFigure(
            name: "seed stage: … + render (pictures, player)", value: withPictures, unit: "s", target: 0.15,
            higherIsBetter: false),
    ]
}
