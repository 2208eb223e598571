import CGSentiment
import Foundation
import Testing

@Suite("Language links")
struct LanguageLinkTests {
    /// The href of the language switcher's link to `language` on a page, `&amp;` decoded.
    static func languageLink(_ html: String, _ language: String) throws -> String {
        let pattern = try Regex(#"<a href="([^"]*)" hreflang="\#(language)""#)
        let match = try #require(html.firstMatch(of: pattern), "no link to \(language)")
        return String(try #require(match.output[1].substring)).replacingOccurrences(of: "&amp;", with: "&")
    }

    static func queryItems(_ link: String) -> [String: String] {
        Dictionary(
            (URLComponents(string: link)?.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
    }

    @Test("switching language on a filtered analysis page (and the observatory) keeps city, period, group and area, and shows the page in the new language",
          arguments: TestEngine.available)
    func filtersKept(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let setting = try await FilteredAnalysis.make(app)
            let (analyst, period, filters, query) = (setting.analyst, setting.period, setting.filters, setting.query)
            for path in FilteredAnalysis.pages {
                let english = try await analyst.get("\(path)?\(query)&lang=en")
                #expect(english.status == .ok, "\(path): \(english.status)")
                #expect(english.text.contains(#"<html lang="en""#))
                let link = try Self.languageLink(english.text, "es")
                #expect(URLComponents(string: link)?.path == path)
                var expected = filters
                expected["lang"] = "es"
                #expect(Self.queryItems(link) == expected, "\(path): \(link)")

                let spanish = try await analyst.get(link)
                #expect(spanish.status == .ok, "\(link): \(spanish.status)")
                #expect(spanish.text.contains(#"<html lang="es""#), "\(link) not in Spanish")
                // The page shows the same filters: the period in the form, and its way back to English keeps them.
                #expect(spanish.text.contains(#"value="\#(period.fromDate)""#), "\(link): the period was dropped")
                var back = filters
                back["lang"] = "en"
                #expect(Self.queryItems(try Self.languageLink(spanish.text, "en")) == back, "\(link)")
            }

            // Any page keeps its query the same way: the observatory's period and city, percent-encoded safely.
            let (fromMonth, toMonth) = (String(period.fromDate.prefix(7)), String(period.toDate.prefix(7)))
            let observatory = try await analyst.get("/observatory?city=london&from=\(fromMonth)&to=\(toMonth)&lang=en")
            #expect(observatory.status == .ok, "\(observatory.status) \(observatory.text.prefix(300))")
            let link = try Self.languageLink(observatory.text, "fr")
            #expect(Self.queryItems(link) == ["city": "london", "from": fromMonth, "to": toMonth, "lang": "fr"], "\(link)")
            #expect(try await analyst.get(link).text.contains(#"<html lang="fr""#))
        }
    }

    @Test("a subscription form refused on the alerts page links the other languages to the alerts page, not to the form's action")
    func refusedFormLinksToPage() async throws {
        try await TestApp.with(.sqlite) { app in
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            try await analyst.get("/analysis/alerts?city=london&lang=en")
            let refused = try await analyst.post("/analysis/alerts/subscriptions", ["city": "london", "groups": "goblins"])
            #expect(refused.status == .unprocessableEntity)
            let link = try Self.languageLink(refused.text, "nl")
            #expect(URLComponents(string: link)?.path == "/analysis/alerts", "\(link)")
            let dutch = try await analyst.get(link)
            #expect(dutch.status == .ok, "\(link): \(dutch.status)")
            #expect(dutch.text.contains(#"<html lang="nl""#))
        }
    }
}
