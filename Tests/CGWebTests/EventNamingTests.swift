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
                // Each area over days of its own within the event (the first area twice, overlapping), so the sums
                // must read each area's own days and count none twice.
                let chosen = pack.areas.dropFirst(index % 2 == 0 ? 0 : index).prefix(index % 2 == 0 ? 100 : 1 + index % 3)
                var areas = chosen.enumerated().map { offset, area in
                    let from = period.from + offset % 3
                    return EventArea(
                        areaCode: area.code, name: area.localName, period: DayRange(from: from, to: min(from + 1, period.to)),
                        peakDay: from, observed: 1, expected: 0, score: 1)
                }
                if var again = areas.first {
                    again.period = DayRange(from: period.from + 1, to: period.to)
                    areas.append(again)
                }
                events.append(
                    TriggerEvent(
                        targetGroup: groups[index % 3], period: period, peakDay: period.from, observed: 1, expected: 0,
                        score: 1, cityWide: false, areas: areas, terms: []))
            }
            let named = try await AnalysisService.named(events, queries, city: "london")
            #expect(named.count == events.count)
            var anyTerms = false
            for (event, result) in zip(events, named) {
                // One sum per area and day, added up here: what the event's own area-days hold.
                var target: [String: Int] = [:]
                for area in Set(event.areas.map(\.areaCode)) {
                    let days = Set(event.areas.filter { $0.areaCode == area }.flatMap { $0.period.from...$0.period.to })
                    for day in days {
                        let sums = try await queries.termTotals(
                            city: "london", period: DayRange(from: day, to: day), group: event.targetGroup, areas: [area])
                        target.merge(sums, uniquingKeysWith: +)
                    }
                }
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
            // Split over many statements (two spans each, a sum with more alone), the sums come back the same.
            let sums = events.map { RollupQueries.TermSum(group: $0.targetGroup, period: $0.period, spans: $0.termSpans) }
            let together = try await queries.termTotals(city: "london", sums)
            #expect(try await queries.termTotals(city: "london", sums, partsPerStatement: 2) == together)
            #expect(together.filter { !$0.isEmpty }.count >= 3)
        }
    }
}
