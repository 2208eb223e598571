import CGDomain
import CGWeb
import Foundation
import Testing
import VaporTesting

/// The synthetic mark when real messages join the demo's generated ones (an analyst's walk-through,
/// 2026-12-01): one real file ingested into the demo city took the mark off every analysis page and JSON answer,
/// though nearly every figure still came from generated messages.
@Suite("Synthetic mark on mixed data")
struct SyntheticShareTests {
    @Test("a city fed by synthetic and real sources is marked as partly synthetic on every page and JSON answer",
          arguments: TestEngine.available)
    func mixedSources(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let stream = PlantedStream(now: app.clock.now)
            try await stream.write(try app.sql)
            let browser = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let whole = try await browser.get("/api/v1/analysis/map")
            #expect(try whole.json()["synthetic"] as? Bool == true)
            #expect(try whole.json()["partlySynthetic"] == nil)

            // A real source and one real message, over the API as a collector sends them.
            let writer = try await EventMemoTests.writer(app)
            let day = ISO8601DateFormatter().string(from: app.clock.now.addingTimeInterval(-86_400))
            let batch = """
                {"source":"city-forum","city":"london","messages":[
                  {"id":"r1","timestamp":"\(day)","text":"Lovely day in Hackney","author_id":"x1",
                   "author_location":"Hackney"}]}
                """
            #expect(try await app.sendJSON(.POST, "/api/v1/messages", json: batch, headers: writer).status == .ok)

            for kind in ["map", "series", "events", "online-offline", "receivers", "authors", "segments"] {
                let json = try await browser.get("/api/v1/analysis/\(kind)")
                #expect(json.status == .ok)
                #expect(try json.json()["synthetic"] as? Bool == false, "\(kind)")
                #expect(try json.json()["partlySynthetic"] as? Bool == true, "\(kind) lacks partlySynthetic")
                let page = try await browser.get("/analysis/\(kind)")
                #expect(page.text.contains("Part of this data is synthetic"), "\(kind) page lacks the mark")
            }
            for path in ["/analysis", "/analysis/alerts"] {
                #expect(try await browser.get(path).text.contains("Part of this data is synthetic"), "\(path)")
            }
            #expect(try await browser.get("/api/v1/analysis/alerts").json()["partlySynthetic"] as? Bool == true)
        }
    }
}
