import CGSentiment
import Foundation
import Testing

/// The analysis pages' sub-navigation, as an analyst moves between the analyses with a filter set.
@Suite("Analysis sub-navigation keeps the filters")
struct SubNavigationTests {
    /// The hrefs of the sub-navigation's links, `&amp;` decoded.
    static func subnavLinks(_ html: String) throws -> [String] {
        let nav = try #require(html.firstMatch(of: try Regex(#"<nav class="subnav">(.*?)</nav>"#)), "no sub-navigation")
        let inside = String(try #require(nav.output[1].substring))
        return inside.matches(of: try Regex(#"<a href="([^"]*)""#)).compactMap {
            $0.output[1].substring.map { String($0).replacingOccurrences(of: "&amp;", with: "&") }
        }
    }

    @Test("on every analysis page and the alerts page, the link to the alerts page keeps city, period, group and area like the other links",
          arguments: TestEngine.available)
    func alertsLinkKeepsFilters(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let setting = try await FilteredAnalysis.make(app)
            let (analyst, period, filters, query) = (setting.analyst, setting.period, setting.filters, setting.query)
            for path in FilteredAnalysis.pages {
                let page = try await analyst.get("\(path)?\(query)")
                #expect(page.status == .ok, "\(path): \(page.status)")
                let links = try Self.subnavLinks(page.text)
                // Every filtered page, and the source registry (which keeps the filters for the way back).
                #expect(links.count == FilteredAnalysis.pages.count + 1, "\(path): \(links)")
                #expect(links.contains { URLComponents(string: $0)?.path == "/analysis/sources" }, "\(path): \(links)")
                for link in links {
                    #expect(LanguageLinkTests.queryItems(link) == filters, "\(path) links to \(link)")
                }
                let alerts = try #require(links.first { URLComponents(string: $0)?.path == "/analysis/alerts" }, "\(path): \(links)")
                // Followed, the alerts page shows the same filters in its form.
                let followed = try await analyst.get(alerts)
                #expect(followed.status == .ok)
                #expect(followed.text.contains(#"value="\#(period.fromDate)""#), "\(alerts): the period was dropped")
                #expect(followed.text.contains(#"<option value="muslims" selected"#), "\(alerts): the group was dropped")
            }
        }
    }

    @Test("every analysis page and the alerts page link to their JSON twin with the same filters, which answers",
          arguments: TestEngine.available)
    func jsonTwinLinked(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let setting = try await FilteredAnalysis.make(app)
            for path in FilteredAnalysis.pages where path != "/analysis" {
                let page = try await setting.analyst.get("\(path)?\(setting.query)")
                let twin = try #require(
                    page.text.firstMatch(of: try Regex(#"<a href="(/api/v1[^"]*)""#))?.output[1].substring,
                    "\(path) has no link to its JSON")
                let link = String(twin).replacingOccurrences(of: "&amp;", with: "&")
                #expect(URLComponents(string: link)?.path == "/api/v1" + path, "\(path) links to \(link)")
                #expect(LanguageLinkTests.queryItems(link) == setting.filters, "\(path) links to \(link)")
                #expect(try await setting.analyst.get(link).status == .ok, "\(link)")
            }
        }
    }
}
