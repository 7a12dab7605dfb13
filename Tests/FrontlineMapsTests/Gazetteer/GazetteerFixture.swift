import Foundation
import FrontlineMaps

/// The committed gazetteer, loaded once for all gazetteer tests.
enum GazetteerFixture {
    /// The repository's `gazetteer/` folder, found from this file's path.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("gazetteer")

    static let shared: Gazetteer = {
        do { return try Gazetteer.load(directory: directory) } catch {
            fatalError("cannot load the gazetteer: \(error)")
        }
    }()

    /// The seed article's infobox place.
    static let hama = ResolutionContext(articlePlace: "Hama Governorate, Syria")
}
