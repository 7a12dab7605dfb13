import Foundation

/// The helper's few arguments; it is run by `frontline`, never typed, so no help text.
struct HelperOptions {
    var output: URL?
    var frameRate = 4
    var width = 1280

    init<S: Sequence>(_ arguments: S) throws where S.Element == String {
        var it = arguments.makeIterator()
        while let a = it.next() {
            switch a {
            case "--check": break
            case "--out": output = it.next().map { URL(fileURLWithPath: $0) }
            case "--fps": frameRate = Int(it.next() ?? "") ?? 0
            case "--width": width = Int(it.next() ?? "") ?? 0
            default: throw HelperError("unknown argument \(a)")
            }
        }
        guard frameRate > 0, width >= 16 else { throw HelperError("--fps and --width need positive numbers") }
    }
}

struct HelperError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
