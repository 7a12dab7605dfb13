import Foundation
@testable import FrontlineMaps

/// libFuzzer entry point: the ledger CSV reader turns any bytes into a ledger or a
/// `FrontlineError` with a location; never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLedger(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let sides = [Side(number: 1, name: "A"), Side(number: 2, name: "B")]
    _ = try? LedgerCSV.read(data: Data(bytes: data, count: size), file: "fuzz.csv", title: "fuzz", sides: sides)
    return 0
}
