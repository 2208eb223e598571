import CGAnalytics
import CGGeo
@testable import CGSentiment
@testable import CGWeb
import Foundation
import SQLKit
import Testing

/// Naming trigger events: the term sums of many events are read in one statement, and each event still gets
/// the terms that its own sums give.
@Suite("Naming trigger events")
struct EventNamingTests {
    @Test("nine events named at once get, each, the counts of their own sums", arguments: TestEngine.available)
    func namedLikeOneByOne(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await AnalysisSummaryTests.ingestStream(app)
            let queries = RollupQueries(sql: try app.sql)
            struct Day: Decodable { var day: Int }
            let days = try await app.sql.raw("SELECT DISTINCT day FROM online_terms ORDER BY day")
                .all(decoding: Day.self).map(\.day)
            let first = try #require(days.first)
            let pack = try #require(CityPacks.pack(id: "london"))
            let groups = ["all", "all", "muslims"]
            var events: [TriggerEvent] = []
            for index in 0..<9 {
                // Later days, so the backgrounds hold earlier days; some events city-wide, so they hold terms.
                let period = DayRange(from: first + 4 + index % 4, to: first + 6 + index % 4)
                let areas = pack.areas.dropFirst(index % 2 == 0 ? 0 : index).prefix(index % 2 == 0 ? 100 : 1 + index % 3).map {
                    EventArea(
                        areaCode: $0.code, name: $0.localName, period: period, peakDay: period.from, observed: 1, expected: 0,
                        score: 1)
                }
                events.append(
                    TriggerEvent(
                        targetGroup: groups[index % 3], period: period, peakDay: period.from, observed: 1, expected: 0,
                        score: 1, cityWide: false, areas: Array(areas), terms: []))
            }
            let named = try await AnalysisService.named(events, queries, city: "london")
            #expect(named.count == events.count)
            var anyTerms = false
            for (event, result) in zip(events, named) {
                let target = try await queries.termTotals(
                    city: "london", period: event.period, group: event.targetGroup, areas: event.areas.map(\.areaCode))
                let background = try await queries.termWindows(
                    city: "london", group: "all", starts: [event.period.from], days: AnalysisService.baselineDays)
                let expected = LogOdds.distinctiveTerms(
                    target: target, background: background[event.period.from] ?? [:], top: 12)
                // The log-odds sum dictionaries, so the last bits of a score can differ between two runs: compare
                // what the sums decide — the counts behind every listed term, and how many terms are listed.
                #expect(result.terms.count == expected.count, "event \(event.targetGroup) \(event.period)")
                for term in result.terms {
                    #expect(term.targetCount == target[term.term, default: 0], "\(term.term) in \(event.period)")
                    #expect(term.backgroundCount == background[event.period.from]?[term.term, default: 0])
                }
                anyTerms = anyTerms || !expected.isEmpty
            }
            #expect(anyTerms)
        }
    }
}
