import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a run's files into one output folder so that a run either replaces them all or changes
/// nothing, never deletes a file it did not write, and never mixes with another run.
///
/// - Staging: every file goes into one hidden folder inside the output folder,
///   `.frontline-staging-<pid>-<random>/`, mirroring the final tree. Nothing outside it changes
///   before `commit()`; a run that fails, is dropped, or is interrupted (see `interruptAll()`)
///   removes that one folder.
/// - Commit: everything that could refuse a rename is checked first (a folder where a file goes, a
///   symlink, a device); the old files are hard-linked aside; then each file is renamed into place.
///   Should a rename still fail, the renamed ones are put back. A run killed with SIGKILL inside
///   those few milliseconds leaves a `.commit` mark, and the next run finishes that commit before
///   doing anything else — so the folder a reader finds between runs is the old output or the new.
/// - Manifest: `.frontline-manifest` lists the files the run wrote. The next run removes exactly the
///   files listed there that it does not write again (a day no longer covered, `player.html` after
///   `--no-pictures`, the `.qgs` of another article) — never a file a person put in the folder.
/// - Lock: an exclusive `flock` on the output folder for the writer's life; a second run into the
///   same folder fails at once with a message instead of interleaving with the first.
///
/// Paths are relative and checked: no `..`, no absolute path, no symlink on the way.
public final class OutputWriter {
    public let root: URL
    /// `root` with symlinks resolved: the folder actually written, locked and staged in.
    private let rootPath: String
    private let stagingPath: String
    private var staged: [String] = []
    private var stagedSet: Set<String> = []
    /// Paths handed out by `reserve(_:)` and not yet adopted.
    private var reserved: Set<String> = []
    private var checkedFolders: Set<String> = []
    private var lockDescriptor: Int32 = -1
    private var createdRoot = false
    private var finished = false
    /// The folders (relative, with a trailing `/`, "" for the root) where older versions left
    /// temporary files to clear.
    private let folders: [String]

    /// The manifest's name in the output folder.
    public static let manifestName = ".frontline-manifest"
    static let stagingPrefix = ".frontline-staging-"
    /// Marks a staging folder whose renames have begun: the next run completes it.
    static let commitMark = ".commit"
    /// Old files hard-linked aside during a commit, so a failed rename can be undone.
    static let backupFolder = ".old"

    /// Creates the output folder when missing, locks it, and clears what a dead run left behind.
    /// - Parameter folders: the subfolders the run writes into (`Frontline.outputFolders`), where
    ///   temporary files of older versions are cleared too.
    /// - Throws: `FrontlineError` when `root` is empty, exists and is not a folder, cannot be
    ///   created, or another run holds its lock.
    public init(root: URL, folders: [String] = [""]) throws {
        self.folders = folders
        guard !root.path.isEmpty, root.path != "/" else {
            throw FrontlineError.output(
                Diagnostic(.error, "refusing to write the maps into '\(root.path)'"), hint: .ownOutputFolder)
        }
        self.root = root.standardizedFileURL
        let given = self.root.path
        var info = stat()
        if stat(given, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw FrontlineError.output(
                    Diagnostic(.error, "output path \(given) exists and is not a folder"), hint: .anotherOutputFolder)
            }
        } else {
            guard errno == ENOENT else { throw Self.failure("cannot use the output folder", given) }
            do {
                try FileManager.default.createDirectory(atPath: given, withIntermediateDirectories: true)
            } catch {
                throw Self.failure("cannot create the output folder", Self.firstMissingOrBlocking(given), code: EACCES)
            }
            createdRoot = true
        }
        rootPath = self.root.resolvingSymlinksInPath().path
        stagingPath = rootPath + "/" + Self.stagingPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

        lockDescriptor = open(rootPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard lockDescriptor >= 0 else { throw Self.failure("cannot open the output folder", rootPath) }
        guard flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            close(lockDescriptor)
            lockDescriptor = -1
            if busy {
                finished = true
                throw FrontlineError.output(
                    Diagnostic(.error, "another frontline run is writing to \(given); wait for it to finish"),
                    hint: .orAnotherOutputFolder)
            }
            throw Self.failure("cannot lock the output folder", rootPath)
        }
        try recoverAbandonedRuns()
        // (Made and registered in one step under the signals' lock: an interrupt lands before it —
        // nothing made — or after it — the folder is known and removed. Made first and registered
        // after, a signal between the two left the folder behind.)
        let made: Bool
        do {
            made = try Self.active.register(self)
        } catch {
            release()
            throw error
        }
        guard made else {
            let error = Self.failure("cannot write into the output folder", rootPath)
            release()
            throw error
        }
    }

    deinit {
        if !finished { abort() }
    }

    // MARK: Staging

    /// Checks a relative output path (no `..`, no absolute path, no empty component) and returns
    /// its final path inside the output folder.
    /// - Throws: `FrontlineError` for such paths, and for a symlink or non-folder on the way.
    public func destination(_ relative: String) throws -> URL {
        try check(relative)
        return URL(fileURLWithPath: rootPath + "/" + relative)
    }

    private func check(_ relative: String) throws {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard !relative.hasPrefix("/"), !parts.isEmpty,
            !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty || $0.hasPrefix(".frontline") })
        else {
            throw FrontlineError("refusing to write '\(relative)': output names must stay inside \(root.path)")
        }
        // Fail early on a folder in the way; commit() checks again, as the folder may change meanwhile.
        var folder = ""
        for part in parts.dropLast() {
            folder += folder.isEmpty ? String(part) : "/" + part
            guard !checkedFolders.contains(folder) else { continue }
            try Self.checkFolder(rootPath + "/" + folder, shown: folder, root: root.path, create: false)
            checkedFolders.insert(folder)
        }
    }

    /// Writes `data` into the staging folder; it becomes visible at `relative` on `commit()`.
    public func stage(_ relative: String, _ data: Data) throws {
        guard !finished else { throw FrontlineError("internal: staging after the output was committed or abandoned") }
        try check(relative)
        guard !stagedSet.contains(relative) else { throw FrontlineError("internal: '\(relative)' staged twice") }
        try Self.active.whileWriting {
            try Self.writeFile(stagingPath + "/" + relative, data, createFolders: true)
        }
        staged.append(relative)
        stagedSet.insert(relative)
    }

    public func stage(_ relative: String, text: String) throws {
        try stage(relative, Data(text.utf8))
    }

    /// Reserves `relative` for a file another library writes itself (a GeoPackage through GDAL), perhaps
    /// on another thread: returns its path in the staging folder, whose folders exist. The file joins
    /// the run only through `adopt(_:)` once it is complete; until then, and if the run is abandoned,
    /// it is just a file in the staging folder, removed with it.
    /// - Throws: `FrontlineError` for a bad name, a name already used, or a run already finished.
    public func reserve(_ relative: String) throws -> URL {
        guard !finished else { throw FrontlineError("internal: staging after the output was committed or abandoned") }
        try check(relative)
        guard !stagedSet.contains(relative), reserved.insert(relative).inserted else {
            throw FrontlineError("internal: '\(relative)' staged twice")
        }
        let path = stagingPath + "/" + relative
        try Self.active.whileWriting {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        }
        return URL(fileURLWithPath: path)
    }

    /// Makes a file written at a `reserve(_:)`d path part of the run: it becomes visible at `relative`
    /// on `commit()`, like a staged file.
    /// - Throws: `FrontlineError` when `relative` was not reserved or no file was written there.
    public func adopt(_ relative: String) throws {
        guard !finished, reserved.remove(relative) != nil else {
            throw FrontlineError("internal: '\(relative)' was not reserved")
        }
        guard Self.isRegularFile(stagingPath + "/" + relative) else {
            throw FrontlineError("internal: nothing was written at '\(relative)'")
        }
        staged.append(relative)
        stagedSet.insert(relative)
    }

    // MARK: Commit

    /// Renames every staged file into place, removes the files the previous run listed in its
    /// manifest and this run did not write again, and writes the new manifest — or, when any of it
    /// cannot be done, leaves the folder as it was and throws.
    /// - Throws: `FrontlineError` naming the path in the way (a folder where a file goes, a symlink,
    ///   a device) or the failing system call.
    public func commit() throws {
        guard !finished else { throw FrontlineError("internal: commit after the output was committed or abandoned") }
        defer { if finished { release() } }
        try Self.active.whileWriting {
            let manifest = Self.manifest(staged)
            try Self.writeFile(stagingPath + "/" + Self.manifestName, Data(manifest.utf8), createFolders: false)
            // The bytes must be on disk before a rename makes them visible, or a crash could leave a
            // renamed but empty file. One syncfs flushes every staged file (fsync per file cost ~2 ms each).
            try flush()
            let previous = Self.readManifest(rootPath)
            // Everything that could make a rename fail, checked before the first one.
            for relative in staged { try checkTarget(relative) }
            let stale = previous.subtracting(stagedSet).sorted().filter { Self.isRegularFile(rootPath + "/" + $0) }
            try Self.complete(
                staging: stagingPath, root: rootPath, staged: staged + [Self.manifestName], stale: stale,
                shownRoot: root.path)
            finished = true
        }
    }

    /// The final path of `relative` must be missing or a regular file, and every folder on the way
    /// a real folder (created now when missing).
    private func checkTarget(_ relative: String) throws {
        let parts = relative.split(separator: "/").map(String.init)
        var folder = ""
        for part in parts.dropLast() {
            folder += folder.isEmpty ? part : "/" + part
            try Self.checkFolder(rootPath + "/" + folder, shown: folder, root: root.path, create: true)
        }
        var info = stat()
        let path = rootPath + "/" + relative
        guard lstat(path, &info) == 0 else { return }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            throw FrontlineError(
                "\(root.path)/\(relative) is \(Self.describe(kind)), where this run must write a file; move it away (nothing was changed)"
            )
        }
    }

    /// Performs (or, for a dead run's staging, finishes) a commit: renames staged files into place
    /// in order (the manifest last), undoing them when one fails; then removes `stale` files and the
    /// staging folder. Files already moved (by the dead run) are skipped.
    private static func complete(staging: String, root: String, staged: [String], stale: [String], shownRoot: String)
        throws
    {
        let backups = staging + "/" + backupFolder
        var backedUp: Set<String> = []
        for relative in staged where relative != manifestName {
            let target = root + "/" + relative
            guard isRegularFile(target) else { continue }
            let backup = backups + "/" + relative
            try? FileManager.default.createDirectory(
                atPath: (backup as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            // A file system without hard links only loses the undo of a rename that fails after the
            // checks above, which should not happen.
            if link(target, backup) == 0 { backedUp.insert(relative) }
        }
        let mark = staging + "/" + commitMark
        let markFD = open(mark, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        if markFD >= 0 { close(markFD) }
        var moved: [String] = []
        for relative in staged {
            let from = staging + "/" + relative, to = root + "/" + relative
            // rename(2) within one file system is atomic: readers see the old file or the new one.
            if rename(from, to) == 0 { moved.append(relative); continue }
            let error = failure("cannot move \(relative) into \(shownRoot)", from)
            for done in moved.reversed() {
                if backedUp.contains(done) {
                    _ = rename(backups + "/" + done, root + "/" + done)
                } else {
                    unlink(root + "/" + done)
                }
            }
            unlink(mark)
            throw error
        }
        for relative in stale {
            unlink(root + "/" + relative)
            // The folder a stale file leaves empty (svg/ after --no-pictures) goes too; rmdir keeps
            // a folder that holds anything else.
            var folder = (relative as NSString).deletingLastPathComponent
            while !folder.isEmpty {
                guard rmdir(root + "/" + folder) == 0 else { break }
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        try? FileManager.default.removeItem(atPath: staging)
    }

    // MARK: Abandoned runs, abort, interrupt

    /// Under the lock no other run is writing, so any staging folder here belongs to a dead run: one
    /// that reached its commit is finished, any other removed. Hidden `.<name>.tmp-<pid>-<n>` files of
    /// older Frontline versions (in the folder and the run's `folders`) are removed too.
    private func recoverAbandonedRuns() throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: rootPath)) ?? []
        for name in names.sorted() where name.hasPrefix(Self.stagingPrefix) {
            let staging = rootPath + "/" + name
            guard FileManager.default.fileExists(atPath: staging + "/" + Self.commitMark) else {
                try? FileManager.default.removeItem(atPath: staging)
                continue
            }
            let listed = Self.readManifest(staging)
            let remaining = listed.sorted().filter { Self.isRegularFile(staging + "/" + $0) }
            let stale = Self.readManifest(rootPath).subtracting(listed).sorted().filter {
                Self.isRegularFile(rootPath + "/" + $0)
            }
            try Self.complete(
                staging: staging, root: rootPath, staged: remaining + [Self.manifestName], stale: stale,
                shownRoot: root.path)
        }
        for folder in folders {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: rootPath + "/" + folder)) ?? []
            where Self.isOldTemporary(name) {
                unlink(rootPath + "/" + folder + name)
            }
        }
    }

    /// `.<file>.tmp-<pid>-<random>`: the temporary names Frontline used before the staging folder.
    static func isOldTemporary(_ name: String) -> Bool {
        guard name.hasPrefix("."), let r = name.range(of: ".tmp-", options: .backwards) else { return false }
        let tail = name[r.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        return tail.count == 2 && tail.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// Removes the staging folder (and the output folder when this run created it and it is
    /// empty); the folder is left as it was before the run.
    public func abort() {
        guard !finished else { return }
        finished = true
        Self.active.locked { removeStaging() }
        release()
    }

    private func removeStaging() {
        try? FileManager.default.removeItem(atPath: stagingPath)
        if createdRoot { rmdir(rootPath) }
    }

    private func release() {
        Self.active.remove(self)
        if lockDescriptor >= 0 { close(lockDescriptor) }
        lockDescriptor = -1
    }

    /// For a signal handler's thread: waits for the file being written to be complete, removes every
    /// live writer's staging folder, and keeps any further file from being written; the caller then
    /// exits. A commit under way is let finish (it takes milliseconds), so the folder is the old
    /// output or the new one.
    public static func interruptAll() {
        active.interrupt()
    }

    /// The writers with staging folders on disk, and the mutex that keeps a signal's clean-up from
    /// racing a file being written.
    private static let active = ActiveWriters()

    /// The staging folders on disk (and the output folders their runs created), by writer. Paths,
    /// not writers: holding a writer here would keep its `deinit` — the clean-up — from ever running.
    private final class ActiveWriters: @unchecked Sendable {
        private let lock = NSLock()
        private var folders: [ObjectIdentifier: (staging: String, createdRoot: String?)] = [:]
        private var interrupted = false

        /// Makes `w`'s staging folder and registers it, under the lock.
        /// - Returns: false when the folder cannot be made.
        /// - Throws: `FrontlineError` when the run is being interrupted.
        func register(_ w: OutputWriter) throws -> Bool {
            lock.lock()
            defer { lock.unlock() }
            guard !interrupted else { throw FrontlineError("interrupted") }
            guard mkdir(w.stagingPath, 0o755) == 0 else { return false }
            folders[ObjectIdentifier(w)] = (w.stagingPath, w.createdRoot ? w.rootPath : nil)
            return true
        }
        func remove(_ w: OutputWriter) { lock.lock(); folders[ObjectIdentifier(w)] = nil; lock.unlock() }

        func whileWriting<T>(_ body: () throws -> T) throws -> T {
            lock.lock()
            defer { lock.unlock() }
            guard !interrupted else { throw FrontlineError("interrupted") }
            return try body()
        }

        func locked(_ body: () -> Void) {
            lock.lock()
            defer { lock.unlock() }
            body()
        }

        func interrupt() {
            lock.lock()
            interrupted = true
            for (staging, createdRoot) in folders.values {
                Self.removeWhileWritten(staging)
                if let createdRoot { rmdir(createdRoot) }
            }
            // Stays locked: nothing else is written before the caller exits.
        }

        /// Removes a staging folder that a thread outside the lock may still be writing into (GDAL
        /// writing `war.gpkg` and its `-journal` beside it): a file created between the listing and
        /// the final `rmdir` makes one removal fail with ENOTEMPTY, so it is tried again until the
        /// folder is gone. Once it is, nothing can be created in it (GDAL never makes folders).
        private static func removeWhileWritten(_ staging: String) {
            for _ in 0..<200 {
                try? FileManager.default.removeItem(atPath: staging)
                if access(staging, F_OK) != 0 && errno == ENOENT { return }
                usleep(5_000)
            }
        }
    }

    // MARK: Files

    /// Writes a whole file with plain open/write, creating its folders when asked.
    private static func writeFile(_ path: String, _ data: Data, createFolders: Bool) throws {
        var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 && errno == ENOENT && createFolders {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw failure("cannot write", path) }
        defer { close(fd) }
        try write(data, to: fd, path: path)
    }

    private static func write(_ data: Data, to fd: Int32, path: String) throws {
        try data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, base + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw failure("cannot write", path, code: n == 0 ? EIO : errno) }
                offset += n
            }
        }
    }

    /// Writes one file the way `frontline events --out` does: a regular (or missing) file is
    /// replaced atomically through a temporary file beside it; a path that exists and is not a
    /// regular file — `/dev/null`, `/dev/stdout`, a FIFO, process substitution — is written in place
    /// as the stream it is, never replaced by a rename (which, as root, would turn `/dev/null`
    /// into a plain file).
    /// - Throws: `FrontlineError` for an empty path, a folder, or a failing write, with the reason.
    public static func writeFile(atPath given: String, _ data: Data) throws {
        guard !given.isEmpty else {
            throw FrontlineError.output(Diagnostic(.error, "the output file name is empty"), hint: .outputFileName)
        }
        var info = stat()
        if stat(given, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw FrontlineError.output(Diagnostic(.error, "\(given) is a folder"), hint: .outputFileName)
            default:
                let fd = open(given, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { throw failure("cannot write", given) }
                defer { close(fd) }
                try write(data, to: fd, path: given)
                return
            }
        } else if errno != ENOENT {
            throw failure("cannot write", given)
        }
        // A symlink to a regular file: replace its target, keep the link.
        let path = URL(fileURLWithPath: given).resolvingSymlinksInPath().path
        let temporary =
            (path as NSString).deletingLastPathComponent + "/." + (path as NSString).lastPathComponent
            + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("cannot write", given, code: errno == ENOENT ? ENOENT : errno) }
        do {
            defer { close(fd) }
            try write(data, to: fd, path: given)
            guard fsync(fd) == 0 else { throw failure("cannot write", given) }
            if info.st_mode & S_IFMT == S_IFREG { fchmod(fd, info.st_mode & 0o7777) }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure("cannot write", given)
            unlink(temporary)
            throw error
        }
    }

    /// A `FrontlineError` with the system's reason and, for the usual ones, what to do.
    static func failure(_ what: String, _ path: String, code: Int32 = errno) -> FrontlineError {
        let hint: String
        switch code {
        case ENOENT: hint = "; its folder does not exist"
        case EACCES, EPERM: hint = "; check the folder's permissions"
        case ENOSPC, EDQUOT: hint = "; free some space"
        case EROFS: hint = "; the file system is read-only"
        case ENOTDIR: hint = "; a file stands where a folder should be"
        default: hint = ""
        }
        return .output(Diagnostic(.error, "\(what) \(path): \(String(cString: strerror(code)))\(hint)"))
    }

    /// The first component of `path` that is missing or not a folder (the one to fix).
    private static func firstMissingOrBlocking(_ path: String) -> String {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            var info = stat()
            if stat(current, &info) != 0 || info.st_mode & S_IFMT != S_IFDIR { return current }
        }
        return path
    }

    /// A folder inside the output must be a real folder or missing; missing ones are created when
    /// `create` says so.
    private static func checkFolder(_ path: String, shown: String, root: String, create: Bool) throws {
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT else { throw failure("cannot use", path) }
            guard create else { return }
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure("cannot create", path) }
            return
        }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFDIR else {
            throw FrontlineError(
                "\(root)/\(shown) is \(describe(kind)), where this run must write a folder of files; move it away (nothing was changed)"
            )
        }
    }

    static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFDIR: return "a folder"
        case S_IFLNK: return "a symlink"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        default: return "a file"
        }
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    // MARK: Manifest

    /// The manifest's text: a comment, then the files the run wrote, sorted, one per line.
    static func manifest(_ files: [String]) -> String {
        "# Written by frontline map: the files of this folder that the next run replaces or removes.\n"
            + "# Files not listed here are never touched.\n"
            + files.sorted().map { $0 + "\n" }.joined()
    }

    /// The relative paths a manifest in `folder` lists; empty when there is none. Lines that are
    /// not safe relative paths are ignored, so an edited manifest cannot aim outside the folder.
    static func readManifest(_ folder: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: folder + "/" + manifestName) else { return [] }
        var files: Set<String> = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "/", omittingEmptySubsequences: false)
            guard !line.hasPrefix("/"),
                !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty || $0.hasPrefix(".frontline") })
            else { continue }
            files.insert(String(line))
        }
        return files
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
        if let syncfs = Self.syncfs {
            let fd = open(stagingPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { throw Self.failure("cannot flush to disk", stagingPath) }
            defer { close(fd) }
            guard syncfs(fd) == 0 else { throw Self.failure("cannot flush to disk", stagingPath) }
            return
        }
        for relative in staged + [Self.manifestName] {
            let fd = open(stagingPath + "/" + relative, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw Self.failure("cannot flush to disk", relative) }
            defer { close(fd) }
            guard fsync(fd) == 0 else { throw Self.failure("cannot flush to disk", relative) }
        }
    }
}
