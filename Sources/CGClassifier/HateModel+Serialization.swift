import Foundation

/// Errors raised while reading a model file.
public enum ModelError: Error, CustomStringConvertible, Sendable {
    /// The data does not start with the model magic bytes.
    case notAModel
    /// The format version is newer than this reader.
    case unsupportedVersion(Int)
    /// The data ended early or a block is inconsistent.
    case corrupt(String)
    /// No model file is bundled or found for the requested language.
    case missing(String)

    /// A readable description.
    public var description: String {
        switch self {
        case .notAModel: return "not a CommonGround classifier model (bad magic)"
        case .unsupportedVersion(let v): return "model format version \(v) is not supported"
        case .corrupt(let why): return "corrupt model file: \(why)"
        case .missing(let what): return "model not found: \(what)"
        }
    }
}

extension HateModel {
    /// Serialises the model: magic "CGHM", UInt16 format version, UInt32 header length, JSON header,
    /// then the main and auxiliary weight blocks (little-endian; sparse varint-gap encoding when that is smaller).
    public func serialized() throws -> Data {
        var out = Data()
        out.append(contentsOf: Self.magic)
        Self.append(&out, UInt16(Self.formatVersion))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try encoder.encode(header)
        Self.append(&out, UInt32(json.count))
        out.append(json)
        Self.append(&out, UInt32(1))
        Self.append(&out, mainScale.bitPattern)
        Self.append(&out, mainBias.bitPattern)
        Self.appendWeights(&out, mainWeights)
        Self.append(&out, UInt32(Self.auxHeads))
        for s in auxScales { Self.append(&out, s.bitPattern) }
        for b in auxBiases { Self.append(&out, b.bitPattern) }
        Self.appendWeights(&out, auxWeights)
        return out
    }

    /// Writes the model to `url`.
    public func write(to url: URL) throws {
        try serialized().write(to: url, options: .atomic)
    }

    /// Reads a model from serialised bytes.
    public init(data: Data) throws {
        var reader = ByteReader(bytes: [UInt8](data))
        guard try reader.bytes(4) == Self.magic else { throw ModelError.notAModel }
        let version = Int(try reader.u16())
        guard version == Self.formatVersion else { throw ModelError.unsupportedVersion(version) }
        let headerLength = Int(try reader.u32())
        let header = try JSONDecoder().decode(ModelHeader.self, from: Data(try reader.bytes(headerLength)))
        guard (8...26).contains(header.mainBits), (8...24).contains(header.auxBits) else {
            throw ModelError.corrupt("bucket sizes out of range")
        }
        guard try reader.u32() == 1 else { throw ModelError.corrupt("main block") }
        let mainScale = Float(bitPattern: try reader.u32())
        let mainBias = Float(bitPattern: try reader.u32())
        let main = try reader.weights(count: 1 << header.mainBits)
        guard Int(try reader.u32()) == Self.auxHeads else { throw ModelError.corrupt("aux head count") }
        var scales: [Float] = []
        var biases: [Float] = []
        for _ in 0..<Self.auxHeads { scales.append(Float(bitPattern: try reader.u32())) }
        for _ in 0..<Self.auxHeads { biases.append(Float(bitPattern: try reader.u32())) }
        let aux = try reader.weights(count: (1 << header.auxBits) * Self.auxHeads)
        self.init(
            header: header, mainWeights: main, mainScale: mainScale, mainBias: mainBias, auxWeights: aux,
            auxScales: scales, auxBiases: biases)
    }

    /// Reads a model file.
    public init(contentsOf url: URL) throws {
        try self.init(data: try Data(contentsOf: url))
    }

    private static func append<T: FixedWidthInteger>(_ out: inout Data, _ value: T) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    private static func appendWeights(_ out: inout Data, _ w: [Int8]) {
        Self.append(&out, UInt32(w.count))
        let nonZero = w.reduce(0) { $0 + ($1 == 0 ? 0 : 1) }
        if nonZero * 3 < w.count {
            out.append(1)
            Self.append(&out, UInt32(nonZero))
            var last = -1
            for (i, v) in w.enumerated() where v != 0 {
                var gap = UInt32(i - last)
                last = i
                while gap >= 0x80 {
                    out.append(UInt8(gap & 0x7F) | 0x80)
                    gap >>= 7
                }
                out.append(UInt8(gap))
                out.append(UInt8(bitPattern: v))
            }
        } else {
            out.append(0)
            w.withUnsafeBytes { out.append(contentsOf: $0) }
        }
    }
}

/// Bounds-checked little-endian reader: a truncated file is an error, never a crash.
struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    mutating func bytes(_ n: Int) throws -> [UInt8] {
        guard n >= 0, offset + n <= bytes.count else { throw ModelError.corrupt("truncated") }
        defer { offset += n }
        return Array(bytes[offset..<(offset + n)])
    }

    mutating func u8() throws -> UInt8 {
        guard offset < bytes.count else { throw ModelError.corrupt("truncated") }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func u16() throws -> UInt16 {
        let b = try bytes(2)
        return UInt16(b[0]) | UInt16(b[1]) << 8
    }

    mutating func u32() throws -> UInt32 {
        let b = try bytes(4)
        return UInt32(b[0]) | UInt32(b[1]) << 8 | UInt32(b[2]) << 16 | UInt32(b[3]) << 24
    }

    mutating func weights(count: Int) throws -> [Int8] {
        guard Int(try u32()) == count else { throw ModelError.corrupt("weight count") }
        let encoding = try u8()
        if encoding == 0 {
            return try bytes(count).map { Int8(bitPattern: $0) }
        }
        guard encoding == 1 else { throw ModelError.corrupt("weight encoding") }
        var w = [Int8](repeating: 0, count: count)
        let nonZero = Int(try u32())
        var index = -1
        for _ in 0..<nonZero {
            var gap = 0
            var shift = 0
            while true {
                let b = try u8()
                gap |= Int(b & 0x7F) << shift
                if b & 0x80 == 0 { break }
                shift += 7
                guard shift < 35 else { throw ModelError.corrupt("varint") }
            }
            index += gap
            guard index >= 0, index < count else { throw ModelError.corrupt("index out of range") }
            w[index] = Int8(bitPattern: try u8())
        }
        return w
    }
}
