import CGAnalytics
import CGClassifier
import CGDomain
import CGSentiment
import CGStorage
import CGWeb
import Foundation
import Testing
import VaporTesting

/// The authors table against differencing (docs/sentiment-analysis.md, "Who drives it: perturbation"): a period and
/// the same period one day longer must not give the day's hateful messages by difference.
@Suite("Who drives it: two overlapping periods do not give the day's difference")
struct AuthorsDifferencingTests {
    static let cases = 40

    /// Case k: a few authors write `background(k)` hateful messages against Muslims over days d and d + 1, then on
    /// day d + 2 `extra(k)` (1 to 10) more, by a new author (even k) or one already there (odd k). All in one cell
    /// (25–34 × female), so the cell, its row and column totals and the grand total are the same count.
    static func background(_ k: Int) -> Int { 12 + (k * 7) % 30 }
    static func extra(_ k: Int) -> Int { 1 + k % 10 }
    static func firstDay(_ k: Int, today: Int) -> Int { today - 3 - 3 * k }

    static func messages(today: Int, now: Date) -> [AnalyzedMessage] {
        var out: [AnalyzedMessage] = []
        for k in 0..<cases {
            let authors = (0..<(3 + k % 4)).map { "case\(k)-author\($0)" }
            let d = firstDay(k, today: today)
            var written: [(day: Int, author: String)] = (0..<background(k)).map { (d + $0 % 2, authors[$0 % authors.count]) }
            written += (0..<extra(k)).map { _ in (d + 2, k % 2 == 0 ? "case\(k)-new" : authors[0]) }
            for (i, message) in written.enumerated() {
                out.append(
                    AnalyzedMessage(
                        id: "diff-\(k)-\(i)", source: MessageSource.demo.name, city: "london", authorPseudonym: message.author,
                        timestamp: Date(timeIntervalSince1970: Double(message.day) * 86_400 + 43_200), day: message.day, hour: 12,
                        placement: .unplaced, hateful: true, score: 0.9, type: nil, targets: [.muslims], language: .en,
                        supportsViolence: false, violenceScore: 0, modelVersion: "test", terms: [], publicMentions: [],
                        replyTo: nil, authorAgeBand: .from25to34, authorGender: .female, reviewText: nil, retainTextUntil: now))
            }
        }
        return out
    }

    /// The published grand total of the authors table for Muslims over `from`…`to`, and the whole result.
    static func total(_ analyst: Browser, _ from: Int, _ to: Int) async throws -> (Int, String) {
        let response = try await analyst.get(
            "/api/v1/analysis/authors?group=muslims&from=\(Timestamp.dayLabel(from))&to=\(Timestamp.dayLabel(to))")
        #expect(response.status == .ok, "\(response.text.prefix(300))")
        let result = try #require(try response.json()["result"] as? [String: Any])
        let table = try #require(result["hateful"] as? [String: Any])
        let grand = try #require(table["grandTotal"] as? [String: Any])
        #expect(grand["perturbed"] as? Bool == true)
        // The result only (the envelope may differ between two requests), with its keys in a fixed order.
        let figures = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
        return (try #require(grand["value"] as? Int), String(decoding: figures, as: UTF8.self))
    }

    /// The smallest m with P(X ≤ m) ≥ level for X ~ Binomial(n, p).
    static func binomialQuantile(n: Int, p: Double, level: Double) -> Int {
        var cumulative = 0.0, term = pow(1 - p, Double(n))
        for m in 0...n {
            cumulative += term
            if cumulative >= level { return m }
            term *= Double(n - m) / Double(m + 1) * p / (1 - p)
        }
        return n
    }

    @Test("over 40 cases the published difference is the true one about 1 in 5 times, never always for a size; the same query gives the same figures",
          arguments: TestEngine.available)
    func differencing(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let today = CityClock(timeZoneIdentifier: "Europe/London").dayAndHour(app.clock.now).day
            _ = try await MessageIngestService(app: app.app).register(MessageSource.demo, actor: .commandLine)
            let store = SentimentStore(cipher: app.app.cg.cipher)
            let batch = try store.seal(Self.messages(today: today, now: app.clock.now))
            let stored = try await app.app.db.transaction { try await store.insert(batch, now: app.clock.now, on: $0) }
            #expect(stored.stored == batch.messages.count)
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")

            var equal = 0
            var equalBySize: [Int: [Bool]] = [:]
            for k in 0..<Self.cases {
                let d = Self.firstDay(k, today: today)
                let (shorter, first) = try await Self.total(analyst, d, d + 1)
                let (longer, _) = try await Self.total(analyst, d, d + 2)
                // Totals stay close: within 2 of the truth.
                #expect(abs(shorter - Self.background(k)) <= 2 && abs(longer - Self.background(k) - Self.extra(k)) <= 2)
                let same = longer - shorter == Self.extra(k)
                if same { equal += 1 }
                equalBySize[Self.extra(k), default: []].append(same)
                // The same query twice: the same figures, byte for byte.
                if k % 10 == 0 { #expect(try await Self.total(analyst, d, d + 1).1 == first) }
            }
            // Unrelated noises agree 1 time in 5: the count of exact differences must stay under the 99th percentile
            // of Binomial(40, 1/5) (14). Rounding to 5 gave every day of 5 or 10 messages exactly (the check below).
            #expect(equal <= Self.binomialQuantile(n: Self.cases, p: 0.2, level: 0.99), "published difference = true difference in \(equal) of \(Self.cases)")
            for (size, outcomes) in equalBySize { #expect(outcomes.contains(false), "a day of \(size) is always given exactly") }

            let page = try await analyst.get("/analysis/authors?group=muslims")
            #expect(page.text.contains("perturbed slightly (by at most 2) to protect individuals"))
        }
    }
}
