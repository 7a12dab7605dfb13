import Foundation

/// Finds the `gazetteer/` folder (places, boundaries, lexicons) the tool reads at run time.
///
/// The data is committed beside the code rather than compiled in, so a user can read and extend it.
/// Looked for, in order: the folder given (`explicit`), `$FRONTLINE_DATA`, `./gazetteer`, then `gazetteer/`
/// in each folder above the executable (a build inside the repository finds the repository's).
public enum DataDirectory {
    public static func locate(explicit: String? = nil, executable: String = CommandLine.arguments.first ?? "") throws
        -> URL
    {
        let fm = FileManager.default
        func valid(_ url: URL) -> Bool {
            var isDirectory: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            guard valid(url) else {
                throw FrontlineError.data(
                    Diagnostic(.error, "\(explicit) is not a folder; point it at Frontline's gazetteer/ folder"),
                    hint: .givenDataFolder)
            }
            return url
        }
        if let env = ProcessInfo.processInfo.environment["FRONTLINE_DATA"], !env.isEmpty {
            let url = URL(fileURLWithPath: env)
            guard valid(url) else {
                throw FrontlineError.data(
                    Diagnostic(
                        .error, "FRONTLINE_DATA=\(env) is not a folder; point it at Frontline's gazetteer/ folder"))
            }
            return url
        }
        var candidates = [URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("gazetteer")]
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            candidates.append(dir.appendingPathComponent("gazetteer"))
            dir.deleteLastPathComponent()
        }
        if let found = candidates.first(where: {
            valid($0) && fm.fileExists(atPath: $0.appendingPathComponent("README.md").path)
        }) {
            return found
        }
        throw FrontlineError.data(
            Diagnostic(.error, "cannot find Frontline's gazetteer/ folder; run from the repository"), hint: .dataFolder)
    }
}
