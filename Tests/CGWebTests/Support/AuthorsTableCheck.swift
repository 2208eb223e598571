import Foundation
import SQLKit
import Testing

/// The outside trials' check of the authors table (age band × gender of hateful authors) for one group, against
/// the stored rows counted directly: no figure of 1–9 anywhere, a hidden cell where the true count is 1–9, every
/// shown figure within 2 of the truth (`RotterdamTrialTests`, `StockholmTrialTests`).
enum AuthorsTableCheck {
    typealias JSON = [String: Any]

    /// Reads `/api/v1/analysis/authors?group=…&filters` as the analyst and checks it; returns the number of cells
    /// hidden because their true count is 1–9.
    static func check(
        _ reads: inout AnalystReads, app: TestApp, city: String, group: String, filters: String
    ) async throws -> Int {
        let result = try #require(try await reads.result("/api/v1/analysis/authors?group=\(group)&\(filters)") as? JSON)
        let table = try #require(result["hateful"] as? JSON)
        let margins =
            (table["rowTotals"] as? [JSON] ?? []) + (table["columnTotals"] as? [JSON] ?? [])
            + [
                table["grandTotal"], result["hatefulWithDemographics"], result["hatefulInSuppressedCells"],
                result["messagesWithDemographics"],
            ].compactMap { $0 as? JSON }
        let cells = try #require(table["cells"] as? [[JSON]])
        for cell in margins + cells.joined() {
            if let value = cell["value"] as? Int { #expect(value == 0 || value >= 10, "\(group): \(cell)") }
        }
        struct Cell: Decodable { var author_age_band: String?; var author_gender: String?; var n: Int }
        var query: SQLQueryString = """
            SELECT author_age_band, author_gender, COUNT(*) AS n FROM online_messages WHERE city = \(bind: city)
            AND hateful = true AND (author_age_band IS NOT NULL OR author_gender IS NOT NULL)
            """
        if group != "all" { query = query + " AND '|' || targets || '|' LIKE \(bind: "%|\(group)|%")" }
        let truth = try await app.sql.raw(query + " GROUP BY author_age_band, author_gender").all(decoding: Cell.self)
        let rows = try #require(table["rowLabels"] as? [String]),
            columns = try #require(table["columnLabels"] as? [String])
        var hidden = 0
        for (i, band) in rows.enumerated() {
            for (j, gender) in columns.enumerated() {
                let n =
                    truth.first {
                        ($0.author_age_band ?? "unknown") == band && ($0.author_gender ?? "unknown") == gender
                    }?.n ?? 0
                if let value = cells[i][j]["value"] as? Int {
                    #expect(
                        !(1...9).contains(n) && abs(value - n) <= 2 && (value == 0) == (n == 0),
                        "\(group) \(band) \(gender): shown \(value), true \(n)")
                } else if (1...9).contains(n) {
                    hidden += 1
                }
            }
        }
        return hidden
    }
}
