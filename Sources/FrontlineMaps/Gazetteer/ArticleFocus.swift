import Foundation

/// Where an article's places lie, from the places that need no context to be found: linked names whose
/// link confirms a record, and names only one place in the gazetteer bears. The places that have
/// company within `clusterKilometres` form the core (a capital named once in passing, or the far city
/// the fighters were sent to, does not); each candidate of an ambiguous name is measured against it.
public struct ArticleFocus: Sendable {
    /// A place the article names that needed no context.
    public struct Anchor: Sendable, Hashable {
        public var name: String
        public var record: GazetteerRecord
        /// Has at least `minimumCompany` other anchors within `clusterKilometres`.
        public var isCore: Bool
    }

    public var anchors: [Anchor]
    /// Governorates named by the infobox `place` ("X" for "X Governorate, Syria").
    public var governorates: [String]

    static let clusterKilometres = 60.0
    static let minimumCompany = 2

    init(anchors: [(name: String, record: GazetteerRecord)], governorates: [String], forced: Set<String>) {
        var list: [Anchor] = []
        for a in anchors where !list.contains(where: { $0.record.id == a.record.id }) {
            list.append(Anchor(name: a.name, record: a.record, isCore: false))
        }
        for i in list.indices {
            let r = list[i].record
            let company = list.indices.filter { j in
                j != i
                    && Self.kilometres(r.latitude, r.longitude, list[j].record.latitude, list[j].record.longitude)
                        <= Self.clusterKilometres
            }.count
            list[i].isCore = company >= Self.minimumCompany || forced.contains(r.id)
        }
        // Too few places to tell a cluster: every anchor counts.
        if list.filter(\.isCore).count < 3 {
            for i in list.indices { list[i].isCore = true }
        }
        self.anchors = list
        self.governorates = governorates
    }

    /// The anchor nearest to a point among the core (but the records `excluding`), and its distance.
    func nearestCore(lat: Double, lon: Double, excluding ids: Set<String>) -> (anchor: Anchor, km: Double)? {
        var best: (Anchor, Double)?
        for a in anchors where a.isCore && !ids.contains(a.record.id) {
            let km = Self.kilometres(lat, lon, a.record.latitude, a.record.longitude)
            if best == nil || km < best!.1 { best = (a, km) }
        }
        return best
    }

    /// How many core places lie within `radius` km of a point (but the records `excluding`).
    func company(lat: Double, lon: Double, excluding ids: Set<String>, radius: Double) -> Int {
        anchors.filter {
            $0.isCore && !ids.contains($0.record.id)
                && Self.kilometres(lat, lon, $0.record.latitude, $0.record.longitude) <= radius
        }.count
    }

    /// Equirectangular distance in km (fine at the scale of one country).
    static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let k = cos((lat1 + lat2) / 2 * .pi / 180)
        let dx = (lon1 - lon2) * k * 111.32
        let dy = (lat1 - lat2) * 110.57
        return (dx * dx + dy * dy).squareRoot()
    }
}
