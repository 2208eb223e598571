/// Reads the common JSONL message, one object with a string `text` and a string or integer `id` (other members
/// skipped whatever they hold), straight from the line's bytes. `JSONSerialization` builds a dictionary of
/// bridged objects for every line and was slower than classifying the message; anything this scanner does not
/// take on (another shape, a fractional id, malformed JSON) it leaves to `JSONSerialization`, which then decides
/// and words the error, so the results are those of the slow path.
struct JSONLineScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0

    /// The `id` and `text` of the object in `bytes`, or nil when the line is not one this scanner reads.
    static func message(in bytes: UnsafeBufferPointer<UInt8>) -> (id: MessageInput.MessageID?, text: String)? {
        var scanner = JSONLineScanner(bytes: bytes)
        return scanner.object()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func object() -> (id: MessageInput.MessageID?, text: String)? {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var id: MessageInput.MessageID?
        var text: String?
        skipSpace()
        if !take(UInt8(ascii: "}")) {
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                switch key {
                case "text":
                    guard let s = string() else { return nil }
                    text = s
                case "id":
                    if peek == UInt8(ascii: "\"") {
                        guard let s = string() else { return nil }
                        id = .string(s)
                    } else {
                        guard let n = integer() else { return nil }
                        id = .number(n)
                    }
                default:
                    guard skipValue(depth: 0) else { return nil }
                }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                guard take(UInt8(ascii: "}")) else { return nil }
                break
            }
        }
        skipSpace()
        guard at == bytes.count, let text else { return nil }
        return (id, text)
    }

    private var peek: UInt8? { at < bytes.count ? bytes[at] : nil }

    private mutating func take(_ b: UInt8) -> Bool {
        guard at < bytes.count, bytes[at] == b else { return false }
        at += 1
        return true
    }

    private mutating func skipSpace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x09 || bytes[at] == 0x0A || bytes[at] == 0x0D {
            at += 1
        }
    }

    /// A string at the cursor, its escapes decoded.
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = at
        // The common case has no escape: the bytes are the string.
        while at < bytes.count, bytes[at] != 0x22, bytes[at] != 0x5C, bytes[at] >= 0x20 { at += 1 }
        guard at < bytes.count, bytes[at] >= 0x20 else { return nil }
        if bytes[at] == 0x22 {
            at += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(at - 1)]), as: UTF8.self)
        }
        var out = Array(bytes[start..<at])
        while at < bytes.count {
            let b = bytes[at]
            at += 1
            switch b {
            case 0x22: return String(decoding: out, as: UTF8.self)
            case 0x5C:
                guard let e = peek else { return nil }
                at += 1
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var v = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(v) {
                        // A surrogate pair: the second half must follow at once.
                        guard take(0x5C), take(UInt8(ascii: "u")), let low = hex4(), (0xDC00..<0xE000).contains(low) else {
                            return nil
                        }
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(v) else { return nil }
                    out.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            case 0x00..<0x20: return nil
            default: out.append(b)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard at + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[at]
            let d: UInt8
            switch b {
            case 0x30...0x39: d = b - 0x30
            case 0x41...0x46: d = b - 0x41 + 10
            case 0x61...0x66: d = b - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
            at += 1
        }
        return v
    }

    /// An integer literal that fits an `Int` and is followed by the end of the value (a fraction or exponent
    /// is left to the slow path, which truncates as `NSNumber.intValue` does).
    private mutating func integer() -> Int? {
        let start = at
        _ = take(UInt8(ascii: "-"))
        let digits = at
        while at < bytes.count, (0x30...0x39).contains(bytes[at]) { at += 1 }
        guard at > digits, at - digits <= 18, !(at - digits > 1 && bytes[digits] == 0x30) else { return nil }
        if let next = peek, next == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
            return nil
        }
        return Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self))
    }

    /// Skips one JSON value of any kind (objects and arrays nested at most 64 deep).
    private mutating func skipValue(depth: Int) -> Bool {
        guard depth < 64, let b = peek else { return false }
        switch b {
        case UInt8(ascii: "\""): return string() != nil
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = b == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            at += 1
            skipSpace()
            if take(close) { return true }
            while true {
                skipSpace()
                if close == UInt8(ascii: "}") {
                    guard string() != nil else { return false }
                    skipSpace()
                    guard take(UInt8(ascii: ":")) else { return false }
                    skipSpace()
                }
                guard skipValue(depth: depth + 1) else { return false }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                return take(close)
            }
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard at + n <= bytes.count else { return false }
        for k in 0..<n where bytes[at + k] != word.utf8Start[k] { return false }
        at += n
        return true
    }

    /// Skips a JSON number (strictly: no leading zeros, digits after a point and in an exponent).
    private mutating func number() -> Bool {
        _ = take(UInt8(ascii: "-"))
        func digits(_ s: inout JSONLineScanner) -> Int {
            let from = s.at
            while s.at < s.bytes.count, (0x30...0x39).contains(s.bytes[s.at]) { s.at += 1 }
            return s.at - from
        }
        let first = peek
        let whole = digits(&self)
        guard whole > 0, !(whole > 1 && first == 0x30) else { return false }
        if take(UInt8(ascii: ".")) { guard digits(&self) > 0 else { return false } }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            guard digits(&self) > 0 else { return false }
        }
        return true
    }
}
