/// An immutable open-addressing hash table from pre-hashed 64-bit keys to 32-bit values (0 = absent).
final class HashTable: @unchecked Sendable {
    // Written once in init, only read afterwards: safe to share between threads.
    private let keys: UnsafeMutablePointer<UInt64>
    private let values: UnsafeMutablePointer<UInt32>
    private let mask: Int

    init(_ entries: [UInt64: UInt32]) {
        var size = 16
        while size < entries.count * 4 { size <<= 1 }
        mask = size - 1
        keys = .allocate(capacity: size)
        keys.initialize(repeating: 0, count: size)
        values = .allocate(capacity: size)
        values.initialize(repeating: 0, count: size)
        for (k, v) in entries.sorted(by: { $0.key < $1.key }) {
            let key = k == 0 ? 1 : k
            var i = Int(truncatingIfNeeded: FNV.finish(key)) & mask
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
            keys[i] = key
            values[i] = v
        }
    }

    deinit {
        keys.deallocate()
        values.deallocate()
    }

    @inline(__always)
    func lookup(_ k: UInt64) -> UInt32 { view.lookup(k) }

    /// Raw pointers for hot loops (no reference counting per lookup). Valid while the table lives.
    var view: HashTableView { HashTableView(keys: keys, values: values, mask: mask) }
}

/// A borrowed, pointer-only view of a ``HashTable``. Read-only, and kept only next to a reference to its table,
/// so it is safe to share between threads.
struct HashTableView: @unchecked Sendable {
    let keys: UnsafeMutablePointer<UInt64>
    let values: UnsafeMutablePointer<UInt32>
    let mask: Int

    @inline(__always)
    func lookup(_ k: UInt64) -> UInt32 {
        let key = k == 0 ? 1 : k
        var i = Int(truncatingIfNeeded: FNV.finish(key)) & mask
        while true {
            let stored = keys[i]
            if stored == key { return values[i] }
            if stored == 0 { return 0 }
            i = (i + 1) & mask
        }
    }
}
