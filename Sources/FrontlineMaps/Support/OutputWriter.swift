import Foundation

/// Writes a run's files into one output folder so that a run either replaces them all or changes
/// nothing: each file goes to a temporary name beside its final one, and only `commit()` renames
/// them into place. A writer dropped without `commit()` removes its temporary files.
///
/// Paths are relative and checked: no `..`, no absolute path, and no symlink on the way that leads
/// out of the folder the user named.
public final class OutputWriter {
    public let root: URL
    private var staged: [(temporary: URL, final: URL)] = []
    private var committed = false
    private let token: String
    /// `root` with symlinks resolved, and folders already checked (and created) this run.
    private let resolvedRoot: String
    private var checkedFolders: Set<String> = []

    /// - Throws: `FrontlineError` when `root` exists and is not a folder, or is a symlink.
    public init(root: URL) throws {
        self.root = root.standardizedFileURL
        token = ".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        resolvedRoot = self.root.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: self.root.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw FrontlineError("output path \(self.root.path) exists and is not a folder; choose another --out")
        }
    }

    deinit {
        if !committed { abort() }
    }

    /// Checks a relative output path and returns its final URL inside `root`.
    /// - Throws: `FrontlineError` for absolute paths, `..` components, or a symlink leading outside.
    public func destination(_ relative: String) throws -> URL {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.hasPrefix("/"), !parts.isEmpty, !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
            throw FrontlineError("refusing to write '\(relative)': output names must stay inside \(root.path)")
        }
        var url = root
        for part in parts { url.appendPathComponent(String(part)) }
        let folder = url.deletingLastPathComponent()
        // A symlinked folder on the way could point anywhere: resolve it once per folder and compare.
        if !checkedFolders.contains(folder.path) {
            var probe = folder
            while !FileManager.default.fileExists(atPath: probe.path), probe.path.count > root.path.count { probe.deleteLastPathComponent() }
            let resolved = probe.resolvingSymlinksInPath().path
            guard resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot + "/") else {
                throw FrontlineError("refusing to write '\(relative)': \(probe.path) leads outside \(root.path) (symlink?)")
            }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            checkedFolders.insert(folder.path)
        }
        // lstat: a symlink in place of the file itself would be followed by a plain write.
        var info = stat()
        if lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            throw FrontlineError("refusing to write through the symlink \(url.path); remove it or choose another --out")
        }
        return url
    }

    /// Writes `data` under a temporary name; it becomes visible at `relative` on `commit()`.
    public func stage(_ relative: String, _ data: Data) throws {
        let final = try destination(relative)
        let temporary = final.deletingLastPathComponent().appendingPathComponent("." + final.lastPathComponent + token)
        // Plain open/write; commit() flushes every staged file at once before any rename.
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FrontlineError("cannot write \(temporary.path): \(String(cString: strerror(errno)))") }
        staged.append((temporary, final))
        defer { close(fd) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                guard n > 0 else { throw FrontlineError("cannot write \(temporary.path): \(String(cString: strerror(errno)))") }
                offset += n
            }
        }
    }

    public func stage(_ relative: String, text: String) throws {
        try stage(relative, Data(text.utf8))
    }

    /// Renames every staged file into place, then removes files in the folders written to that this
    /// run did not produce and that an earlier run did (`days/*.geojson` of days no longer covered).
    /// - Parameter pruning: folders (relative) whose stale files are removed, with the extension kept.
    public func commit(pruning: [(folder: String, extension: String)] = []) throws {
        // The bytes must be on disk before a rename makes them visible, or a crash could leave a
        // renamed but empty file. One syncfs flushes every staged file; fsync per file cost ~2 ms
        // each (0.2 s for the seed's 118 files).
        if !staged.isEmpty { try flush() }
        for (temporary, final) in staged {
            // rename(2) within one folder is atomic: readers see the old file or the new one.
            guard rename(temporary.path, final.path) == 0 else {
                throw FrontlineError("cannot move \(temporary.path) into place: \(String(cString: strerror(errno)))")
            }
        }
        committed = true
        let written = Set(staged.map(\.final.standardizedFileURL.path))
        for (folder, ext) in pruning {
            let dir = try destination(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for name in names where name.hasSuffix("." + ext) && !name.hasPrefix(".") {
                let path = dir.appendingPathComponent(name).standardizedFileURL.path
                if !written.contains(path) { try? FileManager.default.removeItem(atPath: path) }
            }
        }
        staged.removeAll()
    }

    /// glibc's `syncfs`, looked up at run time: Swift's Glibc module does not export it.
    private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
        // dlopen(NULL): the running program and its libraries (RTLD_DEFAULT's value differs by platform).
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    /// Puts every staged file's bytes on disk: one `syncfs` on the output's file system, else an
    /// `fsync` per file.
    private func flush() throws {
        func failed(_ path: String) -> FrontlineError {
            FrontlineError("cannot flush \(path) to disk: \(String(cString: strerror(errno)))")
        }
        if let syncfs = Self.syncfs {
            let fd = open(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw failed(root.path) }
            defer { close(fd) }
            guard syncfs(fd) == 0 else { throw failed(root.path) }
            return
        }
        for (temporary, _) in staged {
            let fd = open(temporary.path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw failed(temporary.path) }
            defer { close(fd) }
            guard fsync(fd) == 0 else { throw failed(temporary.path) }
        }
    }

    /// Removes every staged temporary file; the folder is left as it was before the run.
    public func abort() {
        for (temporary, _) in staged { try? FileManager.default.removeItem(at: temporary) }
        staged.removeAll()
    }
}
