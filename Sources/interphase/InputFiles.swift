import Foundation

/// The files this run reads (`--data`, `--input`), so that no output is ever written over one:
/// each reader records its path, and ``writeFigure(_:to:)`` refuses a path that names one of them.
enum InputFiles {
    /// The paths recorded so far, as given.
    private static let state = LockedPaths()

    /// Records that this run reads the file at `path`.
    static func record(_ path: String) { state.insert(path) }

    /// The recorded input that `path` names (the same file, through any spelling, link or hard
    /// link), or `nil`.
    static func input(namedBy path: String) -> String? {
        state.paths.first { sameFile($0, path) }
    }

    /// Whether `a` and `b` name one file: equal once symbolic links and `.`/`..` are resolved, or
    /// (both existing) the same device and inode.
    private static func sameFile(_ a: String, _ b: String) -> Bool {
        func resolved(_ path: String) -> String { URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path }
        if resolved(a) == resolved(b) { return true }
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// A set of paths behind a lock (commands are synchronous, but the type stays `Sendable`).
    private final class LockedPaths: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [String] = []
        func insert(_ path: String) { lock.withLock { storage.append(path) } }
        var paths: [String] { lock.withLock { storage } }
    }
}
