import Foundation

@testable import FrontlineMaps

/// libFuzzer entry point: the ledger CSV reader turns any bytes into a ledger or a
/// `FrontlineError` with a location; never a crash. And what it reads, written back, reads again to
/// the same events: what `events` writes, `map --ledger` reads.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLedger(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let sides = [Side(number: 1, name: "A"), Side(number: 2, name: "B")]
    guard
        let ledger = try? LedgerCSV.read(
            data: Data(bytes: data, count: size), file: "fuzz.csv", title: "fuzz", sides: sides)
    else { return 0 }
    let written = LedgerCSV.write(ledger)
    do {
        let back = try LedgerCSV.read(written, file: "written.csv", title: "fuzz", sides: sides)
        precondition(
            back.events.count == ledger.events.count,
            "the written ledger reads back to \(back.events.count) events, not \(ledger.events.count)")
        try back.checkWritable()
    } catch {
        fatalError("a ledger read, written back, no longer reads: \(error)\n\(written)")
    }
    return 0
}
