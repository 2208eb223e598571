import Foundation

/// Base32 as defined by RFC 4648 §6 (alphabet `A–Z2–7`), the encoding of TOTP secrets.
public enum Base32 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)

    /// The Base32 text of `bytes`, padded with `=` to a multiple of 8 characters unless `padding` is false
    /// (authenticator apps and `otpauth://` URIs use it unpadded).
    public static func encode(_ bytes: some DataProtocol, padding: Bool = true) -> String {
        var out: [UInt8] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[Int((buffer >> UInt32(bits - 5)) & 31)])
                bits -= 5
            }
        }
        if bits > 0 {
            out.append(alphabet[Int((buffer << UInt32(5 - bits)) & 31)])
        }
        if padding {
            while out.count % 8 != 0 { out.append(UInt8(ascii: "=")) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of a Base32 text. Tolerant of what people type or copy: lowercase, spaces, hyphens and missing or
    /// present `=` padding are all accepted.
    /// - Throws: ``Base32Error`` for a character outside the alphabet or a length no encoding can have.
    public static func decode(_ text: String) throws(Base32Error) -> Data {
        var out = Data()
        var buffer: UInt32 = 0
        var bits = 0
        var symbols = 0
        var sawPadding = false
        for character in text.unicodeScalars {
            switch character {
            case " ", "\t", "\n", "\r", "-":
                continue
            case "=":
                sawPadding = true
                continue
            default:
                break
            }
            guard !sawPadding else { throw .invalidCharacter(String(character)) }
            guard let value = value(of: character) else { throw .invalidCharacter(String(character)) }
            buffer = (buffer << 5) | value
            bits += 5
            symbols += 1
            if bits >= 8 {
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits - 8)))
                bits -= 8
                buffer &= (1 << UInt32(bits)) - 1
            }
        }
        // Valid encodings end with 0, 2, 4, 5 or 7 symbols in their last group of 8.
        guard [0, 2, 4, 5, 7].contains(symbols % 8) else { throw .invalidLength(symbols: symbols) }
        return out
    }

    private static func value(of scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 65...90: return scalar.value - 65  // A–Z
        case 97...122: return scalar.value - 97  // a–z
        case 50...55: return scalar.value - 50 + 26  // 2–7
        default: return nil
        }
    }
}

/// Why a Base32 text could not be decoded.
public enum Base32Error: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// A character outside `A–Z`, `a–z`, `2–7` (or a symbol after `=` padding).
    case invalidCharacter(String)
    /// A number of symbols no Base32 encoding produces (1, 3 or 6 in the last group of 8).
    case invalidLength(symbols: Int)

    /// A sentence saying what is wrong.
    public var description: String {
        switch self {
        case .invalidCharacter(let character):
            return "“\(character)” is not a Base32 character (only the letters A–Z and the digits 2–7 are)."
        case .invalidLength(let symbols):
            return "\(symbols) Base32 characters can't be a complete value: a character is missing or extra."
        }
    }

    /// Same as ``description``.
    public var errorDescription: String? { description }
}
