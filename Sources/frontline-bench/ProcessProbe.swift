import Foundation

/// Runs a command to completion and measures it as a user would feel it: wall time of the whole
/// process and its peak resident memory (`ru_maxrss` from `wait4`), not an in-process timer.
struct ProcessProbe {
    var seconds: Double
    var peakMegabytes: Double
    var status: Int32
    var stderr: String

    static func run(_ executable: String, _ arguments: [String]) throws -> ProcessProbe {
        let errPath = FileManager.default.temporaryDirectory.appendingPathComponent(
            "frontline-bench-\(UUID().uuidString).err"
        ).path
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        // posix_spawn returns an errno value (not -1) on failure.
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard rc == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        var usage = rusage()
        // wait4 returns -1 on failure; it fills rusage with the child's own peak RSS (kilobytes on Linux).
        guard wait4(pid, &status, 0, &usage) == pid else { throw BenchError("wait4 failed for \(executable)") }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return ProcessProbe(seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: exit, stderr: err)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
