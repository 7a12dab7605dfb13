import Foundation
import FrontlineMaps

/// libFuzzer entry point for the two YAML paths: the bytes as an article's front matter, and as a
/// `--lexicon` file. Either gives a value or a `FrontlineError` — never a crash (deep nesting used
/// to overflow Yams's recursion), a hang, or an out-of-bounds read (ASan watches).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let yaml = Data(bytes: data, count: size)
    let article = Data("---\n".utf8) + yaml + Data("\n---\nOn 2 March 2013, rebels captured [Morek](./Morek).\n".utf8)
    if let parsed = try? ArticleReader.parse(data: article, file: "fuzz.md") {
        _ = parsed.sides.count
        _ = parsed.field("place")?.text
    }
    if let text = String(validating: yaml, as: UTF8.self) {
        _ = try? Lexicon.parse(yaml: text, file: "fuzz.yaml")
    }
    return 0
}
