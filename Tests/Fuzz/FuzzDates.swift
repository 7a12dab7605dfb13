import Foundation

@testable import FrontlineMaps

/// libFuzzer entry point: the date parser reads any sentence, carrying year and anchor from one
/// sentence to the next as in an article; impossible dates must become diagnostics, never traps
/// (Day arithmetic overflow, out-of-range months, huge numbers).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDates(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var parser = DateParser()
    parser.start(infoboxDate: "16–31 December 2012")
    var diagnostics: [Diagnostic] = []
    // Split on newlines: each line is one sentence, so state carried between sentences is fuzzed too.
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
        let u = Array(line)
        _ = parser.parse(tokens: Tokenizer.tokens(u), bytes: u, location: nil, diagnostics: &diagnostics)
    }
    return 0
}
