/// How much of a city's online data is synthetic: none, part (some sources that fed the city are generated,
/// others real) or all. Until 2026-12-01 only "all" was marked, so ingesting one real file into the demo city
/// took the mark off pages whose figures were still almost wholly the demo's generated messages.
enum SyntheticShare: Sendable, Equatable {
    case none
    case part
    case all

    /// The share from the `is_synthetic` flags of the sources that fed the city.
    init(flags: [Bool]) {
        if flags.isEmpty || !flags.contains(true) {
            self = .none
        } else {
            self = flags.allSatisfy { $0 } ? .all : .part
        }
    }
}
