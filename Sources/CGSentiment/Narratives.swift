import Foundation
import CGAnalytics

/// A salient narrative: distinctive terms that keep appearing together in hateful messages.
public struct Narrative: Sendable, Hashable, Codable {
    /// The terms, most distinctive first (words and two-word phrases).
    public var terms: [String]
    /// Hateful messages holding at least two of the terms.
    public var messages: Int
    /// That count as a share of all hateful messages considered.
    public var share: Double
    /// The mean normalised pointwise mutual information between the terms (0…1; how tightly they co-occur).
    public var cohesion: Double
}

/// Finds salient narratives in the term bags of hateful messages, simply and explainably:
/// 1. the `candidateCount` most distinctive terms: log-odds with an informative prior (``LogOdds``) of
///    their message counts against `background` (e.g. the term rows of the baseline period), or, without a
///    background, the most frequent terms;
/// 2. pairs of candidates that co-occur in at least `minimumSupport` messages with a normalised PMI of at least
///    `minimumAssociation` are linked;
/// 3. greedy clusters: the most distinctive unclustered term seeds a cluster, which takes the linked terms
///    linked to at least half of its members, up to `maximumTerms`; clusters of two or more terms are narratives.
public enum NarrativeFinder {
    /// The narratives in `bags` (one array of terms per hateful message), biggest first. The spellings of a term
    /// ("bögar", "bogar") count as one term (``TermSpellings``), shown in the spelling the bags and the background
    /// hold most often.
    public static func find(
        bags: [[String]], background: [String: Int] = [:], candidateCount: Int = 40, minimumSupport: Int = 5,
        minimumAssociation: Double = 0.2, maximumTerms: Int = 6, top: Int = 10
    ) -> [Narrative] {
        var spellings = TermSpellings()
        let folded = spellings.fold(bags: bags, counts: [background])
        return find(
            keyed: folded.bags, background: folded.counts[0], candidateCount: candidateCount,
            minimumSupport: minimumSupport, minimumAssociation: minimumAssociation, maximumTerms: maximumTerms, top: top
        ).map { narrative in
            var shown = narrative
            shown.terms = narrative.terms.map(spellings.shown)
            return shown
        }
    }

    /// ``find(bags:background:candidateCount:minimumSupport:minimumAssociation:maximumTerms:top:)`` over bags and
    /// a background whose terms are already keys.
    static func find(
        keyed bags: [[String]], background: [String: Int], candidateCount: Int, minimumSupport: Int,
        minimumAssociation: Double, maximumTerms: Int, top: Int
    ) -> [Narrative] {
        let sets = bags.map { Set($0) }
        guard !sets.isEmpty else { return [] }
        var frequency: [String: Int] = [:]
        for set in sets { for term in set { frequency[term, default: 0] += 1 } }
        let candidates: [String]
        if background.isEmpty {
            candidates = frequency.filter { $0.value >= minimumSupport }
                .sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(candidateCount).map(\.key)
        } else {
            candidates = LogOdds.distinctiveTerms(
                target: frequency, background: background, top: candidateCount, minimumCount: minimumSupport
            ).map(\.term)
        }
        guard candidates.count >= 2 else { return [] }
        let index = Dictionary(uniqueKeysWithValues: candidates.enumerated().map { ($1, $0) })
        let m = candidates.count
        var pair = Array(repeating: Array(repeating: 0, count: m), count: m)
        var docs: [[Int]] = []
        for set in sets {
            let present = set.compactMap { index[$0] }.sorted()
            docs.append(present)
            for a in 0..<present.count {
                for b in (a + 1)..<present.count {
                    pair[present[a]][present[b]] += 1
                    pair[present[b]][present[a]] += 1
                }
            }
        }
        let total = Double(sets.count)
        func npmi(_ a: Int, _ b: Int) -> Double {
            let joint = Double(pair[a][b])
            guard joint > 0 else { return -1 }
            let pa = Double(frequency[candidates[a]] ?? 0) / total
            let pb = Double(frequency[candidates[b]] ?? 0) / total
            let pab = joint / total
            guard pab < 1 else { return 1 }
            return log(pab / (pa * pb)) / -log(pab)
        }
        func linked(_ a: Int, _ b: Int) -> Bool { pair[a][b] >= minimumSupport && npmi(a, b) >= minimumAssociation }
        var clustered = Array(repeating: false, count: m)
        var narratives: [Narrative] = []
        for seed in 0..<m where !clustered[seed] {
            var members = [seed]
            for other in 0..<m where other != seed && !clustered[other] && members.count < maximumTerms {
                let links = members.filter { linked($0, other) }.count
                if links > 0 && links * 2 >= members.count { members.append(other) }
            }
            guard members.count >= 2 else { continue }
            for member in members { clustered[member] = true }
            let memberSet = Set(members)
            let covered = docs.filter { doc in doc.filter { memberSet.contains($0) }.count >= 2 }.count
            var association = 0.0
            var pairs = 0
            for a in 0..<members.count {
                for b in (a + 1)..<members.count {
                    association += max(0, npmi(members[a], members[b]))
                    pairs += 1
                }
            }
            narratives.append(
                Narrative(
                    terms: members.map { candidates[$0] }, messages: covered, share: Double(covered) / total,
                    cohesion: pairs > 0 ? association / Double(pairs) : 0))
        }
        return Array(
            narratives.sorted { ($0.messages, $1.terms.first ?? "") > ($1.messages, $0.terms.first ?? "") }.prefix(top))
    }

    /// Background term counts from term rows (e.g. the baseline period's), for ``find(bags:background:candidateCount:minimumSupport:minimumAssociation:maximumTerms:top:)``.
    public static func background(from rows: some Sequence<TermRow>, city: String, days: DayRange) -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in rows where row.key.city == city && row.key.targetGroup == AggregateKey.allTargets
        && days.contains(row.key.day) {
            counts[row.key.term, default: 0] += row.count
        }
        return counts
    }
}
