import Foundation

/// An unambiguous byte encoding for values that are hashed, MACed or used as AEAD associated data.
///
/// Every value is written with a one-byte type tag and, for strings, a four-byte big-endian length, so no two
/// different sequences of values can produce the same bytes (`"ab" + "c"` never collides with `"a" + "bc"`,
/// and `nil` never collides with `""`).
struct CanonicalEncoder {
    private(set) var bytes: [UInt8] = []

    private enum Tag: UInt8 {
        case absent = 0
        case string = 1
        case integer = 2
    }

    /// Starts an encoding with a domain-separation label, so encodings made for one purpose are never valid for another.
    init(domain: String) {
        append(domain)
    }

    mutating func append(_ value: String) {
        bytes.append(Tag.string.rawValue)
        let utf8 = Array(value.utf8)
        appendBigEndian(UInt32(truncatingIfNeeded: utf8.count))
        bytes.append(contentsOf: utf8)
    }

    mutating func append(_ value: String?) {
        if let value {
            append(value)
        } else {
            bytes.append(Tag.absent.rawValue)
        }
    }

    mutating func append(_ value: Int64) {
        bytes.append(Tag.integer.rawValue)
        appendBigEndian(UInt64(bitPattern: value))
    }

    private mutating func appendBigEndian<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
    }
}

enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// Lowercase hexadecimal of `bytes`.
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

enum SecureRandom {
    /// `count` bytes from the system CSPRNG (`getrandom` on Linux, `arc4random` on Apple platforms), which is what
    /// Swift's `SystemRandomNumberGenerator` documents as cryptographically secure.
    static func bytes(count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        var out: [UInt8] = []
        out.reserveCapacity(count + 8)
        while out.count < count {
            let word = generator.next()
            withUnsafeBytes(of: word) { out.append(contentsOf: $0) }
        }
        return Array(out.prefix(count))
    }
}

/// Compares two byte sequences in time that depends only on their lengths, not on where they first differ.
func constantTimeBytesEqual(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
    guard lhs.count == rhs.count else { return false }
    var difference: UInt8 = 0
    for (a, b) in zip(lhs, rhs) {
        difference |= a ^ b
    }
    return difference == 0
}
