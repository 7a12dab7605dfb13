import Foundation

/// Runs two independent pieces of work at once, one on a new thread and one on the caller's, and
/// returns when both are done: the day files and the pictures of a long war are each a day-by-day
/// walk of the same read-only map, so on two cores they take the time of the longer one.
enum SideBySide {
    /// Runs `first` on a new thread and `second` here; rethrows `second`'s error, else `first`'s.
    /// Both must only read shared values, and serialise what they hand out (see `WarMap.files`).
    static func run(_ first: () throws -> Void, _ second: () throws -> Void) throws {
        try withoutActuallyEscaping(first) { first in
            let box = Box(first)
            let thread = Thread { box.run() }
            // Pictures of thousands of places build long strings: more than the default 512 KB stack is not
            // needed, but a roomy stack costs nothing until touched.
            thread.stackSize = 16 << 20
            thread.start()
            var secondError: Error?
            do { try second() } catch { secondError = error }
            box.done.wait()
            if let secondError { throw secondError }
            if let error = box.error { throw error }
        }
    }

    /// The work and its outcome, handed to the other thread; `done` is signalled when it ends. The
    /// work is dropped as soon as it has run: the thread object outlives `run`, and must not keep the
    /// caller's non-escaping closure alive past `withoutActuallyEscaping`.
    private final class Box: @unchecked Sendable {
        var body: (() throws -> Void)?
        var error: Error?
        let done = DispatchSemaphore(value: 0)
        init(_ body: @escaping () throws -> Void) { self.body = body }
        func run() {
            do { try body?() } catch { self.error = error }
            body = nil
            done.signal()
        }
    }
}
