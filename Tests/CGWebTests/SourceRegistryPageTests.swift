import CGDomain
import CGGeo
import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

/// The source registry page (`/analysis/sources`): provenance and per-city figures of each source, for readers of
/// messages; its form registers a source for those who may write them.
@Suite("Source registry page")
struct SourceRegistryPageTests {
    static let forum = MessageSource(
        name: "city-forum", platform: "Neighbourhood forum", collectionMethod: "Public RSS feed polled hourly",
        termsOfUse: "Forum licence 2.1, research use")

    /// The page's row of `source` (its cells, tags stripped).
    static func row(_ page: String, _ source: String) -> [String]? {
        page.components(separatedBy: "<tr>").first { $0.hasPrefix("<td>\(source)</td>") }.map { row in
            // A cell may carry attributes (a cell holding one date is `<td class="day">`).
            row.components(separatedBy: "</td>").dropLast().map { cell in
                cell.range(of: "<td[^>]*>", options: .regularExpression).map { String(cell[$0.upperBound...]) } ?? cell
            }
        }
    }

    @Test("a source registered and filled through the ingest service is listed with its provenance, count, days and last ingest; a deleted message lowers the count",
          arguments: TestEngine.available)
    func listing(engine: TestEngine) async throws {
        try await TestApp.with(engine, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            let ingest = MessageIngestService(app: app.app)
            _ = try await ingest.register(Self.forum, actor: .commandLine)
            let pack = try #require(CityPacks.pack(id: "london"))
            let start = app.clock.now.addingTimeInterval(-10 * 86_400)
            let stream = DemoStream.generate(city: pack, days: 3, seed: 11, start: start, messagesPerAreaPerDay: 1)
            // The demo's messages name the demo source; these come from the forum.
            let messages = stream.messages.map { message in
                var fromForum = message
                fromForum.source = Self.forum.name
                return fromForum
            }
            let summary = try await ingest.ingest(
                MessageReadResult(messages: messages), source: Self.forum.name, city: "london", actor: .commandLine)
            #expect(summary.stored > 10)
            let days = try await app.sql.select().from("online_messages").column("day").where("source", .equal, Self.forum.name)
                .all().map { try $0.decode(column: "day", as: Int.self) }
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let page = try await analyst.get("/analysis/sources?lang=en")
            #expect(page.status == .ok)
            let cells = try #require(Self.row(page.text, Self.forum.name), "no row for the source")
            let time = DateFormatter()
            time.dateFormat = "yyyy-MM-dd HH:mm"
            time.timeZone = TimeZone(identifier: "UTC")
            #expect(cells == [
                Self.forum.name, Self.forum.platform, Self.forum.collectionMethod, Self.forum.termsOfUse, "no", "London",
                String(summary.stored), Timestamp.dayLabel(try #require(days.min())), Timestamp.dayLabel(try #require(days.max())),
                time.string(from: app.clock.now),
            ])
            // Reached from the analysis navigation; aggregates only.
            let dashboard = try await analyst.get("/analysis?lang=en")
            #expect(dashboard.text.contains("href=\"/analysis/sources"))
            #expect(!page.text.contains(try #require(stream.messages.first?.text)))

            let id = try #require(
                try await app.sql.select().from("online_messages").column("message_id")
                    .where("source", .equal, Self.forum.name).limit(1).first()?.decode(column: "message_id", as: String.self))
            #expect(try await ingest.delete(source: Self.forum.name, messageID: id, actor: .commandLine))
            let after = try await analyst.get("/analysis/sources?lang=en")
            #expect(Self.row(after.text, Self.forum.name)?[6] == String(summary.stored - 1))
        }
    }

    @Test("without messages:read the page is refused, and without messages:write so is its form",
          arguments: TestEngine.available)
    func accessDenied(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let caseworker = try await Fixtures.signedIn(app, role: .caseworker, email: "caseworker@example.org")
            #expect(try await caseworker.get("/analysis/sources").status == .forbidden)
            let refused = try await caseworker.post(
                "/analysis/sources", ["name": "sneaky", "platform": "x", "collectionMethod": "y", "termsOfUse": "z"])
            #expect(refused.status == .forbidden)
            let visitor = Browser(app)
            #expect(try await visitor.get("/analysis/sources").status != .ok)
            let sources = try await MessageIngestService(app: app.app).sources()
            #expect(!sources.contains { $0.source.name == "sneaky" })
        }
    }

    @Test("the form registers a source; a refused one comes back filled in with each field's reason",
          arguments: TestEngine.available)
    func registerByForm(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let analyst = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            try await analyst.get("/analysis/sources?lang=en")
            let done = try await analyst.submit("/analysis/sources", filling: [
                "name": "tip-line", "platform": "Web form", "collectionMethod": "Partner upload", "termsOfUse": "Consent given",
            ])
            #expect(done.status == .seeOther)
            let page = try await analyst.get("/analysis/sources?lang=en")
            #expect(Self.row(page.text, "tip-line")?[5] == "no messages yet")

            let failed = try await analyst.submit("/analysis/sources", filling: [
                "name": "Bad Name!", "platform": "Web form", "collectionMethod": "", "termsOfUse": "Consent given",
            ])
            #expect(failed.status == .unprocessableEntity)
            #expect(failed.text.contains("value=\"Bad Name!\"") && failed.text.contains("value=\"Web form\""))
            #expect(failed.text.contains("aria-invalid=\"true\""))
            #expect(failed.text.contains("Source name") && failed.text.contains("Collection method"))
            let taken = try await analyst.post(
                "/analysis/sources", ["name": "tip-line", "platform": "a", "collectionMethod": "b", "termsOfUse": "c"])
            #expect(taken.status == .unprocessableEntity)
            #expect(taken.text.contains("already registered"))
            // In another language the reasons are that language's, the field named by its label.
            try await analyst.get("/analysis/sources?lang=fr")
            let french = try await analyst.submit("/analysis/sources", filling: ["name": "Bad Name!", "platform": "Web"])
            #expect(french.status == .unprocessableEntity)
            #expect(french.text.contains("Méthode de collecte: obligatoire"), "\(french.text.prefix(200))")
            #expect(french.text.contains("utilisez 1 à 64 lettres minuscules"))
            let listed = try await MessageIngestService(app: app.app).sources().map(\.source.name)
            #expect(listed == ["tip-line"])
        }
    }
}
