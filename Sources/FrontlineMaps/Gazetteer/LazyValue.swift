import Foundation

/// A value computed on first use, once, by whichever thread asks first. The gazetteer uses it for what
/// most runs never need (the fuzzy index, the boundary outlines) so that loading stays fast.
final class LazyValue<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `stored` is only read or written while `lock` is held.
    private let lock = NSLock()
    private var stored: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let made = make()
        stored = made
        return made
    }
}
