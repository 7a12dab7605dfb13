import Foundation

/// The last few kilobytes a child process wrote to a stream, kept while another thread drains it.
///
/// Only the tail is kept, so a chatty encoder cannot grow memory; the error text is at the end anyway.
final class StreamTail: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    private let limit: Int

    init(limit: Int = 8192) {
        self.limit = limit
    }

    func append(_ chunk: UnsafeRawBufferPointer) {
        lock.lock()
        defer { lock.unlock() }
        bytes.append(contentsOf: chunk)
        if bytes.count > limit { bytes.removeFirst(bytes.count - limit) }
    }

    /// The last `maximumLines` non-empty lines, trimmed.
    func text(maximumLines: Int = 12) -> String {
        lock.lock()
        let copy = bytes
        lock.unlock()
        let lines = String(decoding: copy, as: UTF8.self)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return lines.suffix(maximumLines).joined(separator: "\n")
    }
}
