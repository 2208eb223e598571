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
    static let auxHeads = 1 + HateType.allCases.count + TargetGroup.modelled.count
    static let typeOffset = 1
    static let targetOffset = 1 + HateType.allCases.count

    /// Self-description: language, version, calibration and provenance.
    public var header: ModelHeader
    var mainWeights: [Int8]
    var mainScale: Float
    var mainBias: Float
    /// Interleaved: bucket-major, `auxHeads` weights per bucket (the file layout).
    var auxWeights: [Int8] {
        didSet { (auxCore, auxTargets) = Self.split(auxWeights) }
    }
    /// The violence and type heads of each bucket (heads 0–5), padded to 8 bytes: the part needed for every
    /// message that may be hateful, kept small (512 KB for 2^16 buckets) so that it and the main weights stay in
    /// cache together.
    private(set) var auxCore: [Int8]
    /// The target heads of each bucket (heads 6–20), padded to 16 bytes: needed only to choose targets when a
    /// hateful message does not name exactly one group.
    private(set) var auxTargets: [Int8]
    static let coreStride = 8
    static let targetStride = 16
    static let coreHeads = 1 + HateType.allCases.count
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
        (self.auxCore, self.auxTargets) = Self.split(auxWeights)
        self.auxScales = auxScales
        self.auxBiases = auxBiases
    }

    var mainMask: UInt64 { UInt64(mainWeights.count - 1) }
    var auxMask: UInt64 { UInt64(auxWeights.count / Self.auxHeads - 1) }

    /// The core and target tables (see ``auxCore`` and ``auxTargets``) from the interleaved file layout.
    static func split(_ w: [Int8]) -> (core: [Int8], targets: [Int8]) {
        let buckets = w.count / auxHeads
        var core = [Int8](repeating: 0, count: buckets * coreStride)
        var targets = [Int8](repeating: 0, count: buckets * targetStride)
        for b in 0..<buckets {
            for k in 0..<coreHeads { core[b * coreStride + k] = w[b * auxHeads + k] }
            for k in coreHeads..<auxHeads { targets[b * targetStride + k - coreHeads] = w[b * auxHeads + k] }
        }
        return (core, targets)
    }

    /// Raw (uncalibrated) hatefulness logit.
    @inline(__always)
    func mainLogit(_ features: [UInt64]) -> Float {
        features.withUnsafeBufferPointer { mainLogit($0) }
    }

    /// Raw hatefulness logit of features held in a buffer.
    @inline(__always)
    func mainLogit(_ features: UnsafeBufferPointer<UInt64>) -> Float {
        let mask = mainMask
        var sum: Int32 = 0
        mainWeights.withUnsafeBufferPointer { w in
            for f in features { sum &+= Int32(w[Int(truncatingIfNeeded: f & mask)]) }
        }
        return mainLogit(sum: sum, count: features.count)
    }

    /// Raw hatefulness logit, with each feature's int8 weight written to `weights` in feature order (grown when
    /// short) for an explanation: the same sum, so the same logit.
    func mainLogit(_ features: UnsafeBufferPointer<UInt64>, recordingInto weights: inout [Int8]) -> Float {
        if weights.count < features.count {
            weights = [Int8](repeating: 0, count: max(features.count, 2 * weights.count))
        }
        let mask = mainMask
        var sum: Int32 = 0
        mainWeights.withUnsafeBufferPointer { w in
            weights.withUnsafeMutableBufferPointer { out in
                for i in 0..<features.count {
                    let q = w[Int(truncatingIfNeeded: features[i] & mask)]
                    out[i] = q
                    sum &+= Int32(q)
                }
            }
        }
        return mainLogit(sum: sum, count: features.count)
    }

    /// The hatefulness logit from the sum of the features' int8 weights (integer sums do not depend on the
    /// order, so a sum taken while the features were extracted gives the same logit).
    @inline(__always)
    func mainLogit(sum: Int32, count: Int) -> Float {
        if count == 0 { return mainBias }
        return mainBias + Float(sum) * mainScale / Float(count).squareRoot()
    }

    /// Raw logits of the auxiliary heads into `out` (length `auxHeads`).
    func auxLogits(_ features: [UInt64], into out: inout [Float]) {
        if out.count != Self.auxHeads { out = [Float](repeating: 0, count: Self.auxHeads) }
        features.withUnsafeBufferPointer { f in
            out.withUnsafeMutableBufferPointer { o in auxLogits(f, into: o.baseAddress!) }
        }
    }

    /// Raw logits of the auxiliary heads into `out` (room for `auxHeads` values).
    func auxLogits(_ features: UnsafeBufferPointer<UInt64>, into out: UnsafeMutablePointer<Float>) {
        coreLogits(features, into: out)
        targetLogits(features, into: out)
    }

    // Each bucket's weights are read as 32-bit lanes; shifting a lane left, then arithmetically right, sign-extends
    // one of its four bytes, so four accumulators hold the exact 32-bit sums of every head with plain vector
    // shifts and adds (Swift's generic `SIMD16<Int32>(truncatingIfNeeded:)` widening compiled to a scalar loop).
    // Byte `j` of a bucket is byte `j % 4` of lane `j / 4` (little endian).

    /// Raw logits of the violence and type heads (0–5) into `out[0...5]`.
    func coreLogits(_ features: UnsafeBufferPointer<UInt64>, into out: UnsafeMutablePointer<Float>) {
        let (b0, b1, b2, b3) = accumulate(auxCore, stride: Self.coreStride, features, lanes: SIMD2<Int32>.self)
        store(b0, b1, b2, b3, heads: 0..<Self.coreHeads, count: features.count, into: out)
    }

    /// Raw logits of the target heads into `out[targetOffset..<auxHeads]`.
    func targetLogits(_ features: UnsafeBufferPointer<UInt64>, into out: UnsafeMutablePointer<Float>) {
        let (b0, b1, b2, b3) = accumulate(auxTargets, stride: Self.targetStride, features, lanes: SIMD4<Int32>.self)
        store(b0, b1, b2, b3, heads: Self.coreHeads..<Self.auxHeads, count: features.count, into: out)
    }

    /// The four shift accumulators over `table`'s buckets of `stride` bytes, read as `V`'s 32-bit lanes (two
    /// lanes for the six core heads, four for the fifteen target heads). Inlined, so each width is specialised.
    @inline(__always)
    private func accumulate<V: SIMD>(
        _ table: [Int8], stride: Int, _ features: UnsafeBufferPointer<UInt64>, lanes: V.Type
    ) -> (V, V, V, V) where V.Scalar == Int32 {
        var b0 = V(), b1 = V(), b2 = V(), b3 = V()
        let mask = auxMask
        table.withUnsafeBytes { raw in
            for f in features {
                let base = Int(truncatingIfNeeded: (f >> 32) & mask) &* stride
                let x = raw.loadUnaligned(fromByteOffset: base, as: V.self)
                b0 &+= (x &<< 24) &>> 24
                b1 &+= (x &<< 16) &>> 24
                b2 &+= (x &<< 8) &>> 24
                b3 &+= x &>> 24
            }
        }
        return (b0, b1, b2, b3)
    }

    /// Writes the raw logits of `heads` from the four shift accumulators: byte `k - heads.lowerBound` of a
    /// bucket holds head `k`.
    @inline(__always)
    private func store<V: SIMD>(
        _ b0: V, _ b1: V, _ b2: V, _ b3: V, heads: Range<Int>, count: Int, into out: UnsafeMutablePointer<Float>
    ) where V.Scalar == Int32 {
        let norm = 1 / Float(max(count, 1)).squareRoot()
        for k in heads {
            let j = k - heads.lowerBound
            let acc: Int32
            switch j & 3 {
            case 0: acc = b0[j >> 2]
            case 1: acc = b1[j >> 2]
            case 2: acc = b2[j >> 2]
            default: acc = b3[j >> 2]
            }
            out[k] = auxBiases[k] + Float(acc) * auxScales[k] * norm
        }
    }

    /// Only the violence head's raw logit (head 0): one byte per feature, for messages where the type and
    /// target heads are not reported. The same value as `auxLogits(...)[0]`.
    func violenceLogit(_ features: UnsafeBufferPointer<UInt64>) -> Float {
        var acc: Int32 = 0
        let mask = auxMask
        auxCore.withUnsafeBufferPointer { raw in
            for f in features {
                acc &+= Int32(raw[Int(truncatingIfNeeded: (f >> 32) & mask) &* Self.coreStride])
            }
        }
        let norm = 1 / Float(max(features.count, 1)).squareRoot()
        return auxBiases[0] + Float(acc) * auxScales[0] * norm
    }
}

@inline(__always)
func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
