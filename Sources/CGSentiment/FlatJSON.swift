/// A fast reader for the flat JSON objects of the ingest schema (strings, numbers, booleans, null and arrays
/// of those), several times faster than `JSONSerialization` per line. Anything else (a nested object, invalid
/// JSON) gives nil and the caller falls back to `JSONSerialization`, which also produces the error.
enum FlatJSON {
    static func parse(_ bytes: [UInt8]) -> [String: RawValue]? {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = Parser(bytes: buffer)
            return parser.object()
        }
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D {
                i += 1
            }
        }

        mutating func object() -> [String: RawValue]? {
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x7B else { return nil }
            i += 1
            // Room for every field of the schema, so the dictionary is not regrown while filling it.
            var values: [String: RawValue] = Dictionary(minimumCapacity: 16)
            skipSpace()
            if i < bytes.count, bytes[i] == 0x7D {
                i += 1
                return atEnd() ? values : nil
            }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == 0x3A else { return nil }
                i += 1
                skipSpace()
                guard let value = value() else { return nil }
                values[key.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) ? key.lowercased() : key] = value
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == 0x2C {
                    i += 1
                    continue
                }
                guard bytes[i] == 0x7D else { return nil }
                i += 1
                return atEnd() ? values : nil
            }
        }

        mutating func atEnd() -> Bool {
            skipSpace()
            return i == bytes.count
        }

        mutating func value() -> RawValue? {
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case 0x22: return string().map(RawValue.text)
            case 0x5B: return array()
            case 0x6E: return literal("null") ? .null : nil
            case 0x74: return literal("true") ? .other : nil
            case 0x66: return literal("false") ? .other : nil
            case 0x2D, 0x30...0x39: return number().map(RawValue.number)
            default: return nil
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            let start = word.utf8Start
            for k in 0..<n where bytes[i + k] != start[k] { return false }
            i += n
            return true
        }

        mutating func number() -> Double? {
            let start = i
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) || bytes[i] == 0x2D || bytes[i] == 0x2B
                || bytes[i] == 0x2E || bytes[i] == 0x65 || bytes[i] == 0x45
            {
                i += 1
            }
            return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
        }

        mutating func array() -> RawValue? {
            i += 1
            var strings: [String] = []
            var numbers: [Double] = []
            var allStrings = true
            var allNumbers = true
            skipSpace()
            if i < bytes.count, bytes[i] == 0x5D {
                i += 1
                return .list([])
            }
            while true {
                skipSpace()
                guard let item = value() else { return nil }
                if case .text(let s) = item { strings.append(s) } else { allStrings = false }
                if case .number(let n) = item { numbers.append(n) } else { allNumbers = false }
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == 0x2C {
                    i += 1
                    continue
                }
                guard bytes[i] == 0x5D else { return nil }
                i += 1
                return allStrings ? .list(strings) : allNumbers ? .numbers(numbers) : .other
            }
        }

        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == 0x22 else { return nil }
            i += 1
            let start = i
            // Fast path: no escapes.
            while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C {
                guard bytes[i] >= 0x20 else { return nil }
                i += 1
            }
            guard i < bytes.count else { return nil }
            if bytes[i] == 0x22 {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            var out = Array(bytes[start..<i])
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                guard b >= 0x20 else { return nil }
                if b != 0x5C {
                    out.append(b)
                    i += 1
                    continue
                }
                i += 1
                guard i < bytes.count else { return nil }
                let e = bytes[i]
                i += 1
                switch e {
                case 0x22, 0x5C, 0x2F: out.append(e)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    guard var scalar = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { return nil }
                        i += 2
                        guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { return nil }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default: return nil
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = bytes[i]
                i += 1
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: return nil
                }
                v = v << 4 | d
            }
            return v
        }
    }
}
