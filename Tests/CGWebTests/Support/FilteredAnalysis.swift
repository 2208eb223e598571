import CGSentiment
import Foundation

/// A planted stream, an analyst signed in, and one set of filters every analysis page is asked with: for the
/// tests that check a page's links keep the filters.
struct FilteredAnalysis {
    let analyst: Browser
    let period: DayRange
    /// The filters by name.
    let filters: [String: String]
    /// The filters as a query string, names sorted.
    let query: String
    /// The dashboard, the alerts page and every analysis page.
    static let pages = ["/analysis", "/analysis/alerts"]
        + ["map", "series", "events", "online-offline", "receivers", "authors", "segments"].map { "/analysis/\($0)" }

    /// Writes the planted stream and signs an analyst in.
    static func make(_ app: TestApp) async throws -> FilteredAnalysis {
        let stream = PlantedStream(now: app.clock.now)
        try await stream.write(try app.sql)
        let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
        let period = DayRange(from: stream.today - 20, to: stream.today - 3)
        let filters = [
            "city": "london", "from": period.fromDate, "to": period.toDate, "group": "muslims", "area": PlantedStream.a,
        ]
        let query = filters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        return FilteredAnalysis(analyst: analyst, period: period, filters: filters, query: query)
    }
}
