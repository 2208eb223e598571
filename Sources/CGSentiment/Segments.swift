import CGAnalytics
import CGGeo

/// The share of hateful messages that support violence, for one area and group.
public struct ViolenceShare: Sendable, Hashable, Codable {
    /// The area code, ``AggregateKey/unplaced``, or nil for the whole city.
    public var area: String?
    /// The target group (`"all"` for every group).
    public var targetGroup: String
    /// Hateful messages.
    public var hateful: Int
    /// Of them, supporting violence.
    public var violent: Int
    /// violent ÷ hateful, nil below the minimum count.
    public var share: Double?
}

private struct ShareKey: Hashable {
    var area: String?
    var group: String
}

/// Segments of hateful messages.
public enum ViolenceShares {
    /// Shares by area × group and for the whole city per group over `period`, largest hateful count first;
    /// `share` is nil when fewer than `minimumHateful` hateful messages back it.
    public static func compute(
        rows: some Sequence<AggregateRow>, city: String, period: DayRange, minimumHateful: Int = 10
    ) -> [ViolenceShare] {
        var sums: [ShareKey: AggregateDelta] = [:]
        for row in rows where row.key.city == city && period.contains(row.key.day) && row.delta.hateful != 0 {
            sums[ShareKey(area: row.key.area, group: row.key.targetGroup), default: .zero] += row.delta
            sums[ShareKey(area: nil, group: row.key.targetGroup), default: .zero] += row.delta
        }
        return sums.filter { $0.value.hateful > 0 }.map { key, d in
            ViolenceShare(
                area: key.area, targetGroup: key.group, hateful: d.hateful, violent: d.violent,
                share: d.hateful >= minimumHateful ? Double(d.violent) / Double(d.hateful) : nil)
        }.sorted {
            ($0.area == nil ? 0 : 1, -$0.hateful, $0.area ?? "", $0.targetGroup)
                < ($1.area == nil ? 0 : 1, -$1.hateful, $1.area ?? "", $1.targetGroup)
        }
    }
}

/// A group or public account and the abuse it receives.
public struct AbuseReceiver: Sendable, Hashable, Codable {
    /// The target group raw value, or a public account name.
    public var name: String
    /// Messages about the group / mentioning the account.
    public var messages: Int
    /// Hateful ones.
    public var hateful: Int
    /// Hateful ones supporting violence.
    public var violent: Int
}

/// "Who receives the most abuse": targeted groups, and mentioned accounts on the public-figure list.
public enum AbuseReceivers {
    /// Targeted groups by hateful messages over `period` (`"none"` last), most first.
    public static func groups(rows: some Sequence<AggregateRow>, city: String, period: DayRange) -> [AbuseReceiver] {
        var sums: [String: AggregateDelta] = [:]
        for row in rows where row.key.city == city && period.contains(row.key.day)
        && row.key.targetGroup != AggregateKey.allTargets {
            sums[row.key.targetGroup, default: .zero] += row.delta
        }
        return sums.map { AbuseReceiver(name: $0.key, messages: $0.value.messages, hateful: $0.value.hateful, violent: $0.value.violent) }
            .sorted {
                ($0.name == AggregateKey.noTarget ? 1 : 0, -$0.hateful, $0.name)
                    < ($1.name == AggregateKey.noTarget ? 1 : 0, -$1.hateful, $1.name)
            }
    }

    /// Public accounts by hateful mentions over `period`, most first.
    public static func accounts(rows: some Sequence<MentionRow>, city: String, period: DayRange) -> [AbuseReceiver] {
        var sums: [String: AggregateDelta] = [:]
        for row in rows where row.key.city == city && period.contains(row.key.day) {
            sums[row.key.account, default: .zero] += row.delta
        }
        return sums.map { AbuseReceiver(name: $0.key, messages: $0.value.messages, hateful: $0.value.hateful, violent: $0.value.violent) }
            .sorted { (-$0.hateful, -$0.messages, $0.name) < (-$1.hateful, -$1.messages, $1.name) }
    }
}

/// "Who drives it": hateful messages by the authors' age band × gender, protected for publication.
public struct AuthorDemographicsResult: Sendable, Hashable, Codable {
    /// The target group (`"all"` for every group).
    public var targetGroup: String
    /// The period.
    public var period: DayRange
    /// Age bands (rows), youngest first, then `"unknown"`.
    public var ageBands: [String]
    /// Genders (columns), then `"unknown"`.
    public var genders: [String]
    /// Hateful messages per age band × gender, with row and column totals: counts 1–9 suppressed, complementary
    /// cells hidden, every other non-zero count perturbed by the cell-key method (``CellKeyPerturbation``, keyed
    /// by the distinct authors of the cell) instead of rounded; nil when every count is zero.
    public var hateful: ProtectedTable?
    /// Hateful messages that carried an age band or gender: the table's grand total (so the two always agree).
    public var hatefulWithDemographics: ProtectedCell
    /// Of them, those in the table's hidden cells (fewer than 10, or hidden as a complement), protected as one
    /// count (perturbed with the key of the hidden cells' authors): shown cells plus this make the total, up to
    /// the perturbation (at most 2 per number).
    public var hatefulInSuppressedCells: ProtectedCell
    /// Every message that carried an age band or gender, hateful or not (the base the hateful ones come from),
    /// whatever the target group: read from the `all` rows, which the caller must pass along with the group's.
    /// Not about hateful authors: suppressed under 10 and rounded to 5 as before.
    public var messagesWithDemographics: ProtectedCell
}

/// Author demographics from the demographic rows (never linked to authors).
public enum AuthorDemographics {
    /// The protected age band × gender table of hateful messages against `targetGroup` over `period`.
    ///
    /// `authors` are the distinct authors of those messages per cell (the same messages as the rows', read from
    /// the stored messages): their pseudonyms key the perturbation, so the same authors and counts always give the
    /// same figures, and two overlapping periods get unrelated noises. Primary suppression (true counts 1 to
    /// `policy.threshold − 1`) and complementary suppression are as before; the rounding to `policy.roundingBase`
    /// is replaced by the perturbation (same size of error, ±2, but not a function of the count alone, which is
    /// what differencing two rounded totals exploits).
    public static func compute(
        rows: some Sequence<DemographicRow>, authors: some Sequence<HatefulAuthor> = [HatefulAuthor](), city: String,
        period: DayRange, targetGroup: String = AggregateKey.allTargets, policy: DisclosurePolicy = .standard
    ) -> AuthorDemographicsResult {
        let bands = AgeBand.allCases.map(\.rawValue) + [DemographicKey.unknown]
        let genders = AuthorGender.allCases.map(\.rawValue) + [DemographicKey.unknown]
        var counts = Array(repeating: Array(repeating: 0, count: genders.count), count: bands.count)
        var messages = 0
        for row in rows where row.key.city == city && period.contains(row.key.day) {
            // Every message is counted once in the `all` rows; a group's rows hold only its hateful messages, so
            // the base "hateful or not" comes from `all` whatever the group (until 2026-11-30 it summed the
            // group's rows: under a group it repeated the hateful count as "all messages").
            if row.key.targetGroup == AggregateKey.allTargets { messages += row.delta.messages }
            guard row.key.targetGroup == targetGroup, let r = bands.firstIndex(of: row.key.ageBand),
                let c = genders.firstIndex(of: row.key.gender)
            else { continue }
            counts[r][c] += row.delta.hateful
        }
        var records = Array(repeating: Array(repeating: Set<String>(), count: genders.count), count: bands.count)
        for author in authors {
            guard let r = bands.firstIndex(of: author.ageBand), let c = genders.firstIndex(of: author.gender) else { continue }
            records[r][c].insert(author.pseudonym)
        }
        var table: ProtectedTable?
        if counts.joined().contains(where: { $0 != 0 }),
            let countTable = try? CountTable(
                rowDimension: "ageBand", columnDimension: "gender", rowLabels: bands, columnLabels: genders,
                counts: counts)
        {
            let unrounded = DisclosurePolicy(threshold: policy.threshold, roundingBase: 1)
            table = DisclosureControl.protect(table: countTable, policy: unrounded)
                .perturbed(counts: counts, records: records)
        }
        var hidden = 0
        var hiddenAuthors = Set<String>()
        for (r, row) in (table?.cells ?? []).enumerated() {
            for (c, cell) in row.enumerated() where cell.isSuppressed {
                hidden += counts[r][c]
                hiddenAuthors.formUnion(records[r][c])
            }
        }
        return AuthorDemographicsResult(
            targetGroup: targetGroup, period: period, ageBands: bands, genders: genders, hateful: table,
            hatefulWithDemographics: table?.grandTotal ?? .exact(0),
            hatefulInSuppressedCells: CellKeyPerturbation.publish(
                count: hidden, cellKey: CellKeyPerturbation.cellKey(records: hiddenAuthors), threshold: policy.threshold),
            messagesWithDemographics: policy.protect(messages))
    }
}
