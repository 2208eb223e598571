import CGSentiment
import SQLKit

extension PlantedStream {
    /// Rollup rows of London's `area` for `days`, 100 messages a day against "muslims" (and "all") of which 2–6
    /// hateful, one level per ISO week; and one to four verified reports (muslims) on each day `reportsOn` picks,
    /// also varying by week — two weekly series that are not constant, for the weekly online/offline lags.
    static func weeklyLevels(
        _ sql: any SQLDatabase, area: String, days: ClosedRange<Int>, reportsOn: (Int) -> Bool
    ) async throws {
        var rows = sql.insert(into: "online_rollup_area_day")
            .columns("city", "day", "area", "target_group", "messages", "hateful", "violent")
        for day in days {
            // Day 0 (1970-01-01) was a Thursday: (day + 3) / 7 numbers the weeks from Monday.
            let week = (day + 3) / 7
            let hateful = 2 + (week * 7) % 5
            for group in ["all", "muslims"] {
                rows = rows.values(
                    SQLBind("london"), SQLBind(day), SQLBind(area), SQLBind(group), SQLBind(100), SQLBind(hateful), SQLBind(0))
            }
            if reportsOn(day) {
                for copy in 0..<(1 + (week * 3) % 4) {
                    try await verifiedReport(sql, day: day, area: area, copy: copy)
                }
            }
        }
        try await rows.run()
    }
}
