import Foundation
import Testing

@testable import CGSecurity

/// A fixed master key, so tests are deterministic.
func fixedMasterKey(_ byte: UInt8 = 7) throws -> MasterKey {
    try MasterKey(bytes: [UInt8](repeating: byte, count: 32))
}

/// A fresh empty directory under the system temporary directory, removed with everything in it when released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("cgsecurity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// The permission bits of the file at `url`.
func permissions(of url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}
