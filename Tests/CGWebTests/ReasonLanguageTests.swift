import CGWeb
import Foundation
import Testing
import VaporTesting

/// Field errors and error pages in the reader's language: the services give reasons in English (for the API
/// and the command line), and pages translate them through the `reason.*` catalogue entries.
@Suite("Reasons in the page's language")
struct ReasonLanguageTests {
    /// A form submission that breaks nearly every rule of the report form.
    static let broken = [
        "city": "london", "area": "E09000030", "type": "shouting", "description": String(repeating: "x", count: 5_001),
        "c_religion": "1", "religion": "druid", "date": "1999-12-31", "time": "25:00", "reporter": "",
        "latitude": "91", "longitude": "200", "link": "ftp://example.org", "policeReference": "AB12",
        "email": "not an address", "phone": "call me", "consentToReferral": "1",
    ]

    @Test("a Spanish, French or Swedish reporter reads every reason of the report form in their language; the API stays English")
    func reportForm() async throws {
        try await TestApp.with(.sqlite) { app in
            let english = try Localizer.bundled()
            for language in [UILanguage.es, .fr, .sv] {
                let reporter = Browser(app)
                try await reporter.get("/report?city=london&lang=\(language.rawValue)")
                let page = try await reporter.post("/report", Self.broken)
                #expect(page.status == .unprocessableEntity)
                let summary = Self.summary(page.text)
                let items = summary.components(separatedBy: "<li>").dropFirst()
                #expect(items.count >= 10, "\(summary)")
                for key in ["reason.at_most_characters", "reason.one_of", "reason.on_or_after", "reason.time_format",
                            "reason.between", "reason.https", "reason.police_only",
                            "reason.email", "reason.phone", "reason.consent_contact"] {
                    let englishText = english.text(key, .en).components(separatedBy: "{").first ?? ""
                    #expect(!page.text.contains(englishText), "\(language): '\(englishText)' left in English")
                    let translated = english.text(key, language).components(separatedBy: "{").first ?? ""
                    #expect(page.text.contains(Self.escaped(translated)), "\(language): '\(translated)' missing")
                }
            }
            let api = try await app.send(
                .POST, "/api/v1/reports", headers: ["Content-Type": "application/json", "Accept-Language": "es"],
                body: ByteBuffer(string: #"{"city":"london","type":"threats"}"#))
            #expect(api.status == .unprocessableEntity)
            #expect(api.text.contains("is required"), "the API keeps its reasons in English")
        }
    }

    @Test("an error page and the follow-up form speak the page's language")
    func errorPages() async throws {
        try await TestApp.with(.sqlite) { app in
            let visitor = Browser(app)
            let missing = try await visitor.get("/no-such-page?lang=fr")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("introuvable"), "\(missing.text.suffix(400))")

            let receipt = try await app.sendJSON(.POST, "/api/v1/reports", json: ReportSubmissionTests.validJSON).json()
            let followUp = try #require(receipt["followUpPath"] as? String)
            try await visitor.get(followUp + "?lang=nl")
            let empty = try await visitor.post(followUp, ["message": " "])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("is verplicht"), "\(BrowserFormTests.alert(empty.text))")
        }
    }

    @Test("every language translates every reason, with the same placeholders as English")
    func catalogue() throws {
        let localizer = try Localizer.bundled()
        let keys = localizer.keys(in: .en).filter { $0.hasPrefix("reason.") }
        #expect(keys.count >= 25)
        func placeholders(_ text: String) -> [String] {
            text.components(separatedBy: "{").dropFirst().compactMap { $0.components(separatedBy: "}").first }.sorted()
        }
        for language in UILanguage.allCases where language != .en {
            let present = localizer.keys(in: language)
            for key in keys {
                #expect(present.contains(key), "\(language) lacks \(key)")
                #expect(placeholders(localizer.text(key, language)) == placeholders(localizer.text(key, .en)), "\(language) \(key)")
            }
        }
        // A reason with values keeps them; an unknown reason stays as it is.
        #expect(localizer.reason("must be at most 5000 characters", .fr) == "doit compter au plus 5000 caractères")
        #expect(localizer.reason("must be one of: a, b", .nl) == "moet een van deze zijn: a, b")
        #expect(localizer.reason("is required: say in your own words what happened", .es).hasPrefix("es obligatorio: "))
        #expect(localizer.reason("something new", .sv) == "something new")
    }

    /// The error summary of a form page.
    static func summary(_ html: String) -> String {
        guard let start = html.range(of: "class=\"alert\""), let end = html[start.upperBound...].range(of: "</div>")
        else { return "" }
        return String(html[start.lowerBound..<end.lowerBound])
    }

    /// Text as Plot writes it in HTML.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
