/// Counts kept per aggregate row. A deletion adds the ``negated`` delta.
public struct AggregateDelta: Sendable, Hashable, Codable {
    /// Messages.
    public var messages: Int
    /// Hateful messages.
    public var hateful: Int
    /// Hateful messages that also support violence.
    public var violent: Int

    /// Creates a delta.
    public init(messages: Int = 0, hateful: Int = 0, violent: Int = 0) {
        self.messages = messages
        self.hateful = hateful
        self.violent = violent
    }

    /// Zero.
    public static let zero = AggregateDelta()

    /// The delta of one message.
    public init(hateful: Bool, violent: Bool) {
        self.init(messages: 1, hateful: hateful ? 1 : 0, violent: hateful && violent ? 1 : 0)
    }

    /// The opposite delta (what a deletion subtracts).
    public var negated: AggregateDelta { AggregateDelta(messages: -messages, hateful: -hateful, violent: -violent) }

    /// Whether every count is zero.
    public var isZero: Bool { messages == 0 && hateful == 0 && violent == 0 }

    /// Sum of two deltas.
    public static func + (lhs: AggregateDelta, rhs: AggregateDelta) -> AggregateDelta {
        AggregateDelta(
            messages: lhs.messages + rhs.messages, hateful: lhs.hateful + rhs.hateful, violent: lhs.violent + rhs.violent)
    }

    /// Adds a delta in place.
    public static func += (lhs: inout AggregateDelta, rhs: AggregateDelta) { lhs = lhs + rhs }
}

/// The key of one rollup row: city × area × local day × hour × target group × type × language.
///
/// Target-group rows and totals (how double counting is avoided):
/// - every message is counted exactly once in the row whose `targetGroup` is ``allTargets`` (`"all"`): totals,
///   volumes and rates come from these rows only;
/// - a hateful message is also counted once in the row of each group it targets, so a message against two
///   groups counts in two group rows; group rows are never added up across groups to make a total;
/// - a hateful message with no identifiable target is counted in the ``noTarget`` (`"none"`) row, so that every
///   hateful message appears in at least one group-or-none row;
/// - non-hateful messages appear only in the `"all"` row (type `"none"`).
public struct AggregateKey: Sendable, Hashable, Codable, Comparable {
    /// The area of unplaced messages.
    public static let unplaced = "unplaced"
    /// The target group of the all-messages row.
    public static let allTargets = "all"
    /// The target group of hateful messages without a target, and the type of non-hateful messages.
    public static let noTarget = "none"

    /// The city pack id.
    public var city: String
    /// The area code, or ``unplaced``.
    public var area: String
    /// The local day (days since 1970-01-01 in the city's time zone).
    public var day: Int
    /// The local hour, 0–23.
    public var hour: Int
    /// A `TargetGroup` raw value, ``allTargets`` or ``noTarget``.
    public var targetGroup: String
    /// A `HateType` raw value, or ``noTarget`` (`"none"`) for non-hateful messages.
    public var type: String
    /// The identified language (`Language` raw value).
    public var language: String

    /// Creates a key.
    public init(city: String, area: String, day: Int, hour: Int, targetGroup: String, type: String, language: String) {
        self.city = city
        self.area = area
        self.day = day
        self.hour = hour
        self.targetGroup = targetGroup
        self.type = type
        self.language = language
    }

    /// Orders by city, day, hour, area, group, type, language.
    public static func < (a: AggregateKey, b: AggregateKey) -> Bool {
        if a.city != b.city { return a.city < b.city }
        return (a.day, a.hour, a.area, a.targetGroup, a.type, a.language)
            < (b.day, b.hour, b.area, b.targetGroup, b.type, b.language)
    }
}

/// One rollup row: a key and its counts (message counts, never author counts).
public struct RollupRow<Key: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The key.
    public var key: Key
    /// The counts.
    public var delta: AggregateDelta

    /// Creates a row.
    public init(key: Key, delta: AggregateDelta) {
        self.key = key
        self.delta = delta
    }
}

/// A row of the main rollup (city × area × day × hour × group × type × language).
public typealias AggregateRow = RollupRow<AggregateKey>
/// A row of the author-demographic rollup (city × day × group × age band × gender).
public typealias DemographicRow = RollupRow<DemographicKey>
/// A row of the public-figure mention rollup (city × day × account).
public typealias MentionRow = RollupRow<MentionKey>

/// The key of an author-demographic row: city × local day × target group × age band × gender. It carries no
/// area and no author, and is only ever shown with counts under 10 suppressed.
public struct DemographicKey: Sendable, Hashable, Codable, Comparable {
    /// The value of a missing age band or gender.
    public static let unknown = "unknown"

    /// The city pack id.
    public var city: String
    /// The local day.
    public var day: Int
    /// A target group, ``AggregateKey/allTargets`` or ``AggregateKey/noTarget`` (same rules as ``AggregateKey``).
    public var targetGroup: String
    /// An ``AgeBand`` raw value or ``unknown``.
    public var ageBand: String
    /// An ``AuthorGender`` raw value or ``unknown``.
    public var gender: String

    /// Creates a key.
    public init(city: String, day: Int, targetGroup: String, ageBand: String, gender: String) {
        self.city = city
        self.day = day
        self.targetGroup = targetGroup
        self.ageBand = ageBand
        self.gender = gender
    }

    /// Orders by city, day, group, age band, gender.
    public static func < (a: DemographicKey, b: DemographicKey) -> Bool {
        (a.city, a.day, a.targetGroup, a.ageBand, a.gender) < (b.city, b.day, b.targetGroup, b.ageBand, b.gender)
    }
}

/// The key of a term row: how many hateful messages of a city × area × day × target group contain a term.
public struct TermKey: Sendable, Hashable, Codable, Comparable {
    /// The city pack id.
    public var city: String
    /// The area code or ``AggregateKey/unplaced``.
    public var area: String
    /// The local day.
    public var day: Int
    /// A target group, ``AggregateKey/allTargets`` or ``AggregateKey/noTarget`` (same rules as ``AggregateKey``).
    public var targetGroup: String
    /// The normalised term (a word or a two-word phrase).
    public var term: String

    /// Creates a key.
    public init(city: String, area: String, day: Int, targetGroup: String, term: String) {
        self.city = city
        self.area = area
        self.day = day
        self.targetGroup = targetGroup
        self.term = term
    }

    /// Orders by city, day, area, group, term.
    public static func < (a: TermKey, b: TermKey) -> Bool {
        (a.city, a.day, a.area, a.targetGroup, a.term) < (b.city, b.day, b.area, b.targetGroup, b.term)
    }
}

/// One term row.
public struct TermRow: Sendable, Hashable, Codable {
    /// The key.
    public var key: TermKey
    /// Hateful messages containing the term.
    public var count: Int

    /// Creates a row.
    public init(key: TermKey, count: Int) {
        self.key = key
        self.count = count
    }
}

/// The key of a mention row: a public figure's account mentioned in a city on a local day.
public struct MentionKey: Sendable, Hashable, Codable, Comparable {
    /// The city pack id.
    public var city: String
    /// The local day.
    public var day: Int
    /// The folded account name (on the public-figure list).
    public var account: String

    /// Creates a key.
    public init(city: String, day: Int, account: String) {
        self.city = city
        self.day = day
        self.account = account
    }

    /// Orders by city, day, account.
    public static func < (a: MentionKey, b: MentionKey) -> Bool {
        (a.city, a.day, a.account) < (b.city, b.day, b.account)
    }
}

/// Everything one message adds to (or, negated, removes from) the rollups.
public struct MessageDeltas: Sendable, Hashable, Codable {
    /// Rollup rows.
    public var rows: [AggregateRow]
    /// Author-demographic rows.
    public var demographics: [DemographicRow]
    /// Term rows (hateful messages only).
    public var terms: [TermRow]
    /// Public-figure mention rows.
    public var mentions: [MentionRow]

    /// Creates deltas.
    public init(rows: [AggregateRow], demographics: [DemographicRow], terms: [TermRow], mentions: [MentionRow]) {
        self.rows = rows
        self.demographics = demographics
        self.terms = terms
        self.mentions = mentions
    }

    /// The same rows with every count negated.
    public var negated: MessageDeltas {
        MessageDeltas(
            rows: rows.map { AggregateRow(key: $0.key, delta: $0.delta.negated) },
            demographics: demographics.map { DemographicRow(key: $0.key, delta: $0.delta.negated) },
            terms: terms.map { TermRow(key: $0.key, count: -$0.count) },
            mentions: mentions.map { MentionRow(key: $0.key, delta: $0.delta.negated) })
    }
}

/// Turns analyzed messages into rollup deltas; pure, so storage can keep rollups current as messages arrive
/// (add ``deltas(for:)``) and are deleted (add ``inverseDeltas(for:)``), e.g. with
/// `INSERT … ON CONFLICT DO UPDATE SET messages = messages + excluded.messages`.
public enum Aggregator {
    /// The target-group values a message contributes to, "all" first (see ``AggregateKey`` for the rules).
    public static func groupKeys(for message: AnalyzedMessage) -> [String] {
        guard message.hateful else { return [AggregateKey.allTargets] }
        if message.targets.isEmpty { return [AggregateKey.allTargets, AggregateKey.noTarget] }
        var keys = [AggregateKey.allTargets]
        for target in message.targets where !keys.contains(target.rawValue) { keys.append(target.rawValue) }
        return keys
    }

    /// What `message` adds to the rollups.
    public static func deltas(for message: AnalyzedMessage) -> MessageDeltas {
        let delta = AggregateDelta(hateful: message.hateful, violent: message.supportsViolence)
        let groups = groupKeys(for: message)
        let type = message.hateful ? (message.type?.rawValue ?? AggregateKey.noTarget) : AggregateKey.noTarget
        let area = message.areaKey
        let rows = groups.map { group in
            AggregateRow(
                key: AggregateKey(
                    city: message.city, area: area, day: message.day, hour: message.hour, targetGroup: group,
                    type: type, language: message.language.rawValue),
                delta: delta)
        }
        let age = message.authorAgeBand?.rawValue ?? DemographicKey.unknown
        let gender = message.authorGender?.rawValue ?? DemographicKey.unknown
        let demographics: [DemographicRow] =
            message.authorAgeBand == nil && message.authorGender == nil
            ? []
            : groups.map { group in
                DemographicRow(
                    key: DemographicKey(
                        city: message.city, day: message.day, targetGroup: group, ageBand: age, gender: gender),
                    delta: delta)
            }
        var terms: [TermRow] = []
        if message.hateful {
            var seen: Set<String> = []
            for term in message.terms where seen.insert(term).inserted {
                for group in groups {
                    terms.append(
                        TermRow(
                            key: TermKey(city: message.city, area: area, day: message.day, targetGroup: group, term: term),
                            count: 1))
                }
            }
        }
        let mentions = message.publicMentions.map {
            MentionRow(key: MentionKey(city: message.city, day: message.day, account: $0), delta: delta)
        }
        return MessageDeltas(rows: rows, demographics: demographics, terms: terms, mentions: mentions)
    }

    /// What deleting `message` removes: ``deltas(for:)`` negated (storage keeps the labels after the text is
    /// purged, so this stays exact).
    public static func inverseDeltas(for message: AnalyzedMessage) -> MessageDeltas { deltas(for: message).negated }
}

/// Rollups held in memory: the same sums storage keeps in its tables, for tests, the demo and benchmarks.
/// Rows whose counts return to zero are dropped.
public struct AggregateTable: Sendable, Hashable {
    /// Rollup counts by key.
    public private(set) var counts: [AggregateKey: AggregateDelta] = [:]
    /// Author-demographic counts by key.
    public private(set) var demographicCounts: [DemographicKey: AggregateDelta] = [:]
    /// Term counts by key.
    public private(set) var termCounts: [TermKey: Int] = [:]
    /// Mention counts by key.
    public private(set) var mentionCounts: [MentionKey: AggregateDelta] = [:]

    /// An empty table.
    public init() {}

    /// Adds `message`.
    public mutating func add(_ message: AnalyzedMessage) { apply(Aggregator.deltas(for: message)) }

    /// Adds every message.
    public mutating func add(_ messages: some Sequence<AnalyzedMessage>) { for m in messages { add(m) } }

    /// Removes `message` (a deletion).
    public mutating func remove(_ message: AnalyzedMessage) { apply(Aggregator.inverseDeltas(for: message)) }

    /// Applies deltas.
    public mutating func apply(_ deltas: MessageDeltas) {
        for row in deltas.rows { Self.bump(&counts, row.key, row.delta) }
        for row in deltas.demographics { Self.bump(&demographicCounts, row.key, row.delta) }
        for row in deltas.terms {
            let value = termCounts[row.key, default: 0] + row.count
            termCounts[row.key] = value == 0 ? nil : value
        }
        for row in deltas.mentions { Self.bump(&mentionCounts, row.key, row.delta) }
    }

    private static func bump<K: Hashable>(_ table: inout [K: AggregateDelta], _ key: K, _ delta: AggregateDelta) {
        let value = table[key, default: .zero] + delta
        table[key] = value.isZero ? nil : value
    }

    /// The rollup rows, sorted by key.
    public var rows: [AggregateRow] { counts.map { AggregateRow(key: $0.key, delta: $0.value) }.sorted { $0.key < $1.key } }
    /// The author-demographic rows, sorted by key.
    public var demographicRows: [DemographicRow] {
        demographicCounts.map { DemographicRow(key: $0.key, delta: $0.value) }.sorted { $0.key < $1.key }
    }
    /// The term rows, sorted by key.
    public var termRows: [TermRow] { termCounts.map { TermRow(key: $0.key, count: $0.value) }.sorted { $0.key < $1.key } }
    /// The mention rows, sorted by key.
    public var mentionRows: [MentionRow] {
        mentionCounts.map { MentionRow(key: $0.key, delta: $0.value) }.sorted { $0.key < $1.key }
    }
}
