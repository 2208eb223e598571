import CGGeo
import CGSentiment
import CGWeb
import Foundation
import Testing
import VaporTesting

/// An analyst's pass over every analysis page in every language: what a person would see, checked as they would.
@Suite("Every analysis page in every language: translated, labelled charts, every link answers, nothing per author")
struct AnalysisLanguageQATests {
    /// The text a person reads: between tags, outside scripts and styles, entities of `&` decoded.
    static func visibleText(_ html: String) throws -> [String] {
        let body = html.replacing(try Regex(#"(?s)<(script|style)\b.*?</\1>"#), with: "")
        return body.split(separator: "<").compactMap { part in
            guard let close = part.firstIndex(of: ">") else { return nil }
            let text = part[part.index(after: close)...].trimmingCharacters(in: .whitespacesAndNewlines)
            return text.isEmpty ? nil : text.replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// Catalogue keys shown as they are: a view asked for a key no catalogue of the page's language has.
    static func rawKeys(_ texts: [String]) throws -> [String] {
        let key = try Regex(#"\b(sentiment|reason|error|form|chart|nav|panel|ingest)\.[a-z_]+(\.[a-z0-9_-]+)*"#)
        return texts.filter { $0.contains(key) }
    }

    /// English sentences on another language's page: a text the English page shows too, with English function
    /// words, that is no area name (names of places and the distinguishing words are data, the same in every
    /// language).
    static func untranslated(_ texts: [String], english: Set<String>, places: [String]) -> [String] {
        let words: Set<Substring> = ["the", "of", "is", "are", "per", "to", "with", "no", "for", "from", "this", "each"]
        return texts.filter { text in
            english.contains(text) && !places.contains { text.hasPrefix($0) }
                && text.split(whereSeparator: { !$0.isLetter }).contains { words.contains($0.lowercased()[...]) }
        }
    }

    /// Each `<svg>` without both a `<title>` and a `<desc>` inside it.
    static func unlabelledCharts(_ html: String) throws -> Int {
        html.matches(of: try Regex(#"(?s)<svg\b.*?</svg>"#)).filter { match in
            let svg = String(html[match.range])
            return !(svg.contains("<title") && svg.contains("<desc"))
        }.count
    }

    @Test("the dashboard, each analysis, the event page and the alerts page in en, es, ca, fr, nl and sv", arguments: TestEngine.available)
    func everyPageEveryLanguage(engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            let (stream, analyst) = try await Fixtures.analystWithPlantedAlert(app)
            let key = "muslims-\(Timestamp.dayLabel(stream.eventStart))"
            let pages = ["/analysis", "/analysis/alerts", "/analysis/sources", "/analysis/events/\(key)"]
                + ["map", "series", "events", "online-offline", "receivers", "authors", "segments"].map { "/analysis/\($0)" }
            let places = try #require(CityPacks.pack(id: "london")).areas.flatMap { [$0.localName, $0.englishName] }
            var english: [String: Set<String>] = [:]
            var links: Set<String> = []
            for language in ["en", "es", "ca", "fr", "nl", "sv"] {
                // A missing event's page too: its reasons are shown by the field's label in the language.
                for path in pages + ["/analysis/events/muslims-2020-01-01"] {
                    let response = try await analyst.get("\(path)?lang=\(language)")
                    let html = response.text
                    #expect(response.status == (path.hasSuffix("2020-01-01") ? .notFound : .ok), "\(language) \(path)")
                    let texts = try Self.visibleText(html)
                    let raw = try Self.rawKeys(texts)
                    #expect(raw.isEmpty, "\(language) \(path): \(raw)")
                    if language == "en" {
                        english[path] = Set(texts)
                    } else {
                        let left = Self.untranslated(texts, english: english[path] ?? [], places: places)
                        #expect(left.isEmpty, "\(language) \(path) in English: \(left)")
                        #expect(!texts.contains { $0.hasPrefix("key:") }, "\(language) \(path): a bare field name")
                    }
                    let unlabelled = try Self.unlabelledCharts(html)
                    #expect(unlabelled == 0, "\(language) \(path): a chart without title and description")
                    #expect(!html.contains(PlantedStream.canary) && !html.contains("author_pseudonym"), "\(language) \(path)")
                    for match in html.matches(of: try Regex(#"href="(/[^"]*)""#)) {
                        guard let href = match.output[1].substring else { continue }
                        let link = String(href).replacingOccurrences(of: "&amp;", with: "&")
                        // The language links only repeat the page; following them would switch this browser's language.
                        if !link.contains("lang=") { links.insert(link) }
                    }
                }
            }
            #expect(links.count > 20)
            for link in links.sorted() {
                let status = try await analyst.get(link).status
                #expect(status == .ok, "\(link): \(status)")
            }
        }
    }
}
