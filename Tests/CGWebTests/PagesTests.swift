import CGWeb
import Foundation
import Testing
import VaporTesting

@Suite("Pages and languages")
struct PagesTests {
    @Test("pages render as HTML with the language attribute and strict security headers")
    func pages() async throws {
        try await TestApp.with(.sqlite) { app in
            let home = try await app.send(.GET, "/")
            #expect(home.status == .ok)
            #expect(home.headers.first(name: .contentType)?.contains("text/html") == true)
            #expect(home.text.contains("<html lang=\"en\""))
            #expect(home.headers.first(name: "Content-Security-Policy")?.contains("default-src 'none'") == true)
            #expect(home.headers.first(name: "X-Frame-Options") == "DENY")
            let login = try await app.send(.GET, "/login")
            #expect(login.text.contains("name=\"_csrf\""))
            #expect(!login.text.contains("<script"))
            let missing = try await app.send(.GET, "/no-such-page")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("<html"))
        }
    }

    @Test("the language switcher sets the language and remembers it")
    func languageSwitch() async throws {
        try await TestApp.with(.sqlite) { app in
            let browser = Browser(app)
            let spanish = try await browser.get("/login?lang=es")
            #expect(spanish.text.contains("<html lang=\"es\""))
            #expect(browser.cookies["cg_lang"] == "es")
            let next = try await browser.get("/")
            #expect(next.text.contains("<html lang=\"es\""))
            let negotiated = try await app.send(.GET, "/", headers: ["Accept-Language": "sv-SE,sv;q=0.9,en;q=0.5"])
            #expect(negotiated.text.contains("<html lang=\"sv\""))
        }
    }

    @Test("every string key used by the views exists in the English catalogue, and other catalogues add no unknown keys")
    func catalogues() throws {
        let localizer = try Localizer.bundled()
        let english = localizer.keys(in: .en)
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/CGWeb")
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var used: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"\bt\("([a-z_]+\.[a-z_.]+)""#)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { used.insert(String(text[range])) }
            }
        }
        #expect(used.count > 50)
        #expect(used.subtracting(english).isEmpty, "missing from en.json: \(used.subtracting(english).sorted())")
        for language in UILanguage.allCases where language != .en {
            let keys = localizer.keys(in: language)
            #expect(keys.subtracting(english).isEmpty, "\(language) has keys English lacks: \(keys.subtracting(english))")
        }
    }

    @Test("chart month labels and the online/offline note are in the page's language")
    func chartsInLanguage() async throws {
        try await TestApp.with(.sqlite) { app in
            let english = try NSRegularExpression(pattern: #">(\d+ )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?</text>"#)
            func englishMonths(_ text: String) -> Int {
                english.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
            }
            let observatory = try await app.send(.GET, "/observatory?city=london&from=2025-06&to=2026-09&lang=fr")
            #expect(englishMonths(try await app.send(.GET, "/observatory?city=london&from=2025-06&to=2026-09").text) > 0)
            #expect(englishMonths(observatory.text) == 0, "English month names on the French observatory")
            #expect(observatory.text.contains(">juil"), "French month names on the axis")

            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let series = try await analyst.get("/analysis/series?city=london&lang=sv")
            #expect(englishMonths(series.text) == 0, "English month names on the Swedish time series")
            let onlineOffline = try await analyst.get("/analysis/online-offline?city=london&lang=sv")
            #expect(onlineOffline.status == .ok)
            #expect(!onlineOffline.text.contains("Verified incident reports of the city"))
            #expect(onlineOffline.text.contains("Verifierade incidentrapporter"))
        }
    }
}
