import Foundation
import FrontlineMaps

/// libFuzzer entry point: the article reader must turn any bytes into an article or a
/// `FrontlineError` — never crash, hang or read out of bounds (ASan watches).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticle(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    if let article = try? ArticleReader.parse(data: bytes, file: "fuzz.md") {
        _ = article.sentences.count
        _ = article.hasDatedSentence
    }
    return 0
}
