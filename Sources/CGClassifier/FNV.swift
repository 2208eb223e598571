/// 64-bit FNV-1a hashing, stable across runs and platforms (Swift's `Hasher` is seeded per process).
enum FNV {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    @inline(__always)
    static func mix(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* prime
    }

    @inline(__always)
    static func mix(_ h: UInt64, bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        var h = h
        var i = start
        while i < end {
            h = (h ^ UInt64(bytes[i])) &* prime
            i += 1
        }
        return h
    }

    static func hash(_ string: String, seed: UInt64 = offset) -> UInt64 {
        var h = seed
        for b in string.utf8 { h = mix(h, b) }
        return h
    }

    /// Final avalanche so that low bits are usable as a bucket index.
    @inline(__always)
    static func finish(_ h: UInt64) -> UInt64 {
        var x = h
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        return x
    }
}

/// A small seeded generator (SplitMix64) so that training is reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
