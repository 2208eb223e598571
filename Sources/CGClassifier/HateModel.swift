import Foundation

/// A trained model for one language: a hatefulness head over 2^mainBits hashed features and 21 auxiliary
/// heads (violence, five hate types, fifteen target groups) over 2^auxBits buckets, all with int8 weights.
///
/// Weights stay quantised in memory (one byte each): the English model takes a few megabytes, and
/// summing bytes is as fast as summing floats.
public struct HateModel: Sendable {
    /// Current version of the binary format.
    public static let formatVersion = 1
    static let magic: [UInt8] = Array("CGHM".utf8)
    static let auxHeads = 1 + HateType.allCases.count + TargetGroup.allCases.count
    static let typeOffset = 1
    static let targetOffset = 1 + HateType.allCases.count

    /// Self-description: language, version, calibration and provenance.
    public var header: ModelHeader
    var mainWeights: [Int8]
    var mainScale: Float
    var mainBias: Float
    /// Interleaved: bucket-major, `auxHeads` weights per bucket (the file layout).
    var auxWeights: [Int8] {
        didSet { auxPadded = Self.pad(auxWeights) }
    }
    /// The same weights with each bucket padded to 32 bytes, so that one feature is one aligned vector load.
    private(set) var auxPadded: [Int8]
    static let auxStride = 32
    var auxScales: [Float]
    var auxBiases: [Float]

    init(
        header: ModelHeader, mainWeights: [Int8], mainScale: Float, mainBias: Float, auxWeights: [Int8],
        auxScales: [Float], auxBiases: [Float]
    ) {
        self.header = header
        self.mainWeights = mainWeights
        self.mainScale = mainScale
        self.mainBias = mainBias
        self.auxWeights = auxWeights
        self.auxPadded = Self.pad(auxWeights)
        self.auxScales = auxScales
        self.auxBiases = auxBiases
    }

    var mainMask: UInt64 { UInt64(mainWeights.count - 1) }
    var auxMask: UInt64 { UInt64(auxWeights.count / Self.auxHeads - 1) }

    static func pad(_ w: [Int8]) -> [Int8] {
        let buckets = w.count / auxHeads
        var out = [Int8](repeating: 0, count: buckets * auxStride)
        for b in 0..<buckets {
            for k in 0..<auxHeads { out[b * auxStride + k] = w[b * auxHeads + k] }
        }
        return out
    }

    /// Raw (uncalibrated) hatefulness logit.
    @inline(__always)
    func mainLogit(_ features: [UInt64]) -> Float {
        if features.isEmpty { return mainBias }
        let mask = mainMask
        var sum: Int32 = 0
        mainWeights.withUnsafeBufferPointer { w in
            for f in features { sum &+= Int32(w[Int(truncatingIfNeeded: f & mask)]) }
        }
        return mainBias + Float(sum) * mainScale / Float(features.count).squareRoot()
    }

    /// Raw logits of the auxiliary heads into `out` (length `auxHeads`).
    func auxLogits(_ features: [UInt64], into out: inout [Float]) {
        var lo = SIMD16<Int32>()
        var hi = SIMD16<Int32>()
        let mask = auxMask
        auxPadded.withUnsafeBytes { raw in
            for f in features {
                let base = Int(truncatingIfNeeded: (f >> 32) & mask) &* Self.auxStride
                let a = raw.loadUnaligned(fromByteOffset: base, as: SIMD16<Int8>.self)
                let b = raw.loadUnaligned(fromByteOffset: base + 16, as: SIMD16<Int8>.self)
                lo &+= SIMD16<Int32>(truncatingIfNeeded: a)
                hi &+= SIMD16<Int32>(truncatingIfNeeded: b)
            }
        }
        let norm = 1 / Float(max(features.count, 1)).squareRoot()
        if out.count != Self.auxHeads { out = [Float](repeating: 0, count: Self.auxHeads) }
        for k in 0..<Self.auxHeads {
            let acc = k < 16 ? lo[k] : hi[k - 16]
            out[k] = auxBiases[k] + Float(acc) * auxScales[k] * norm
        }
    }

    /// The contribution of one feature to the hatefulness logit for a message with `count` features.
    func mainContribution(_ feature: UInt64, count: Int) -> Float {
        Float(mainWeights[Int(truncatingIfNeeded: feature & mainMask)]) * mainScale / Float(max(count, 1)).squareRoot()
    }
}

@inline(__always)
func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
