/// An immutable open-addressing hash table from pre-hashed 64-bit keys to 32-bit values (0 = absent).
///
/// Built for the tokeniser's hot loop, where most lookups are of words the table does not hold (every unknown
/// word is looked up in the spelling-variant table, tens of thousands of entries): a small filter answers most
/// of those from cache, and a key and its value share one 16-byte slot, so a hit touches one cache line.
final class HashTable: @unchecked Sendable {
    // Written once in init, only read afterwards: safe to share between threads.
    private let slots: UnsafeMutablePointer<HashTableSlot>
    private let mask: Int
    private let filter: UnsafeMutablePointer<UInt64>
    private let filterMask: Int

    init(_ entries: [UInt64: UInt32]) {
        // At most half full: linear probing stays short, and the filter keeps most absent keys away anyway.
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: HashTableSlot(key: 0, value: 0), count: size)
        // About 16 filter bits per entry, two of them set per key: roughly 1.4% of absent keys get through.
        var words = 1
        while words * 64 < entries.count * 16 { words <<= 1 }
        filterMask = words - 1
        filter = .allocate(capacity: words)
        filter.initialize(repeating: 0, count: words)
        for (k, v) in entries.sorted(by: { $0.key < $1.key }) {
            let key = k == 0 ? 1 : k
            let mixed = FNV.finish(key)
            var i = Int(truncatingIfNeeded: mixed) & mask
            while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
            slots[i] = HashTableSlot(key: key, value: v)
            filter[HashTableView.filterWord(mixed, filterMask)] |= HashTableView.filterBits(mixed)
        }
    }

    /// A set of words: each word's hash maps to 1.
    convenience init(words: some Sequence<String>) {
        self.init(Dictionary(words.map { (FNV.hash($0), UInt32(1)) }, uniquingKeysWith: { a, _ in a }))
    }

    deinit {
        slots.deallocate()
        filter.deallocate()
    }

    @inline(__always)
    func lookup(_ k: UInt64) -> UInt32 { view.lookup(k) }

    /// The keys held, as ``lookup(_:)`` finds them (a key 0 is held as 1), with their values, in slot order: for
    /// building another table over the same words (``RuleTriggerIndex``).
    var entries: [(key: UInt64, value: UInt32)] {
        (0...mask).compactMap { slots[$0].key == 0 ? nil : (slots[$0].key, slots[$0].value) }
    }

    /// Raw pointers for hot loops (no reference counting per lookup). Valid while the table lives.
    var view: HashTableView { HashTableView(slots: slots, mask: mask, filter: filter, filterMask: filterMask) }
}

/// One key and its value, side by side.
struct HashTableSlot {
    var key: UInt64
    var value: UInt32
}

/// A borrowed, pointer-only view of a ``HashTable``. Read-only, and kept only next to a reference to its table,
/// so it is safe to share between threads.
struct HashTableView: @unchecked Sendable {
    let slots: UnsafeMutablePointer<HashTableSlot>
    let mask: Int
    let filter: UnsafeMutablePointer<UInt64>
    let filterMask: Int

    /// The filter word of a mixed key: high bits, independent of the slot index (low bits).
    @inline(__always)
    static func filterWord(_ mixed: UInt64, _ filterMask: Int) -> Int { Int(truncatingIfNeeded: mixed >> 40) & filterMask }

    /// The two filter bits of a mixed key within its word.
    @inline(__always)
    static func filterBits(_ mixed: UInt64) -> UInt64 { (1 << ((mixed >> 28) & 63)) | (1 << ((mixed >> 34) & 63)) }

    @inline(__always)
    func lookup(_ k: UInt64) -> UInt32 {
        let key = k == 0 ? 1 : k
        let mixed = FNV.finish(key)
        let bits = Self.filterBits(mixed)
        if filter[Self.filterWord(mixed, filterMask)] & bits != bits { return 0 }
        var i = Int(truncatingIfNeeded: mixed) & mask
        while true {
            let slot = slots[i]
            if slot.key == key { return slot.value }
            if slot.key == 0 { return 0 }
            i = (i + 1) & mask
        }
    }
}
