import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// POSIX file handling for the master key file: permission checks on the open descriptor (no race between
/// checking and reading) and creation that never exposes a partly written or wider-permission file.
enum KeyFile {
    private static let fileTypeMask: UInt32 = 0o170000
    private static let regularFileType: UInt32 = 0o100000
    /// Permission bits that must be clear: everything except owner read and write.
    private static let forbiddenPermissions: UInt32 = 0o177
    private static let maximumSize = 4096

    /// The file's bytes, or `nil` if it does not exist.
    static func read(path: String) throws(MasterKeyError) -> [UInt8]? {
        // O_NONBLOCK: a FIFO planted at the path must not hang start-up (fstat then refuses it).
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            let code = errno
            if code == ENOENT { return nil }
            throw failure(path, "open", code)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, "inspect", errno) }
        let mode = UInt32(info.st_mode)
        guard mode & fileTypeMask == regularFileType else { throw .notARegularFile(path: path) }
        guard mode & forbiddenPermissions == 0 else {
            throw .insecurePermissions(path: path, mode: UInt16(mode & 0o7777))
        }
        var contents: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { posixRead(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "read", errno)
            }
            if count == 0 { break }
            contents.append(contentsOf: buffer.prefix(count))
            if contents.count > maximumSize {
                throw .malformedFile(path: path, problem: "it is far larger than a key.")
            }
        }
        return contents
    }

    /// Writes `contents` to `path` with mode 0600 unless the file already exists.
    ///
    /// The key is written to a temporary file in the same directory (created 0600 from the start), flushed, then
    /// hard-linked into place, which fails rather than overwrites if another process got there first.
    /// - Returns: `nil` when this call created the file; the existing file's bytes when another process won.
    static func createExclusively(path: String, contents: [UInt8]) throws(MasterKeyError) -> [UInt8]? {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .fileSystem(path: path, operation: "create the directory of", message: "\(error)")
        }
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(Hex.encode(SecureRandom.bytes(count: 8))).tmp"
        ).path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path, "create", errno) }
        defer { unlink(temporary) }
        do {
            defer { close(fd) }
            guard fchmod(fd, 0o600) == 0 else { throw failure(path, "set permissions on", errno) }
            var written = 0
            while written < contents.count {
                let count = contents.withUnsafeBytes {
                    posixWrite(fd, $0.baseAddress?.advanced(by: written), $0.count - written)
                }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure(path, "write", errno)
                }
                written += count
            }
            guard fsync(fd) == 0 else { throw failure(path, "flush", errno) }
        }
        if link(temporary, path) != 0 {
            let code = errno
            if code == EEXIST {
                guard let existing = try read(path: path) else { throw failure(path, "read", ENOENT) }
                return existing
            }
            // Some file systems have no hard links; fall back to rename, atomic but last-writer-wins.
            guard rename(temporary, path) == 0 else { throw failure(path, "move into place", errno) }
        }
        syncDirectory(directory.path)
        return nil
    }

    private static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private static func failure(_ path: String, _ operation: String, _ code: Int32) -> MasterKeyError {
        .fileSystem(path: path, operation: operation, message: String(cString: strerror(code)))
    }
}

private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, buffer, count)
}
