import CGDomain
import CGSentiment
import CGWeb
import Foundation
import Testing
import VaporTesting

/// `POST /api/v1/messages`, `DELETE /api/v1/messages/{source}/{id}` and the source registry over HTTP.
@Suite("Messages API")
struct MessagesAPITests {
    static func token(_ app: TestApp, permissions: String, city: String = "london") async throws -> HTTPHeaders {
        let admin = try await Fixtures.user(app, email: "admin-\(UUID().uuidString.prefix(8))@example.org")
        let token = try await app.directory.createToken(
            name: "ingest", city: city, permissions: permissions, scope: .city(city),
            by: .init(id: "user:\(admin.id)", label: "test")
        ).token
        return ["Authorization": "Bearer \(token)"]
    }

    static let batch = """
        {"source":"city-forum","city":"london","messages":[
          {"id":"a1","timestamp":"2026-09-01T10:00:00Z","text":"Lovely day in Hackney","author_id":"x1","author_location":"Hackney"},
          {"id":"a2","timestamp":"2026-09-01T10:05:00Z","text":"See you later","author_id":"x2","latitude":95,"longitude":0},
          {"id":"a3","timestamp":"2026-09-01T10:06:00Z","text":"Quiet evening","author_id":"x3"}
        ]}
        """

    @Test("401 without a token, 403 without messages:write or for another city, 422 with per-item errors, duplicates not stored twice, deletion", arguments: TestEngine.available)
    func batches(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            #expect(try await app.sendJSON(.POST, "/api/v1/messages", json: Self.batch).status == .unauthorized)
            let reader = try await Self.token(app, permissions: "messages:read")
            #expect(try await app.sendJSON(.POST, "/api/v1/messages", json: Self.batch, headers: reader).status == .forbidden)
            let paris = try await Self.token(app, permissions: "messages:write", city: "paris")
            #expect(try await app.sendJSON(.POST, "/api/v1/messages", json: Self.batch, headers: paris).status == .forbidden)

            let writer = try await Self.token(app, permissions: "messages:write,messages:read")
            let unknown = try await app.sendJSON(.POST, "/api/v1/messages", json: Self.batch, headers: writer)
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.text.contains("source add"))

            let registered = try await app.sendJSON(
                .POST, "/api/v1/sources",
                json: #"{"name":"city-forum","platform":"forum","collectionMethod":"export","termsOfUse":"agreement"}"#,
                headers: writer)
            #expect(registered.status == .created)
            let taken = try await app.sendJSON(
                .POST, "/api/v1/sources",
                json: #"{"name":"city-forum","platform":"forum","collectionMethod":"export","termsOfUse":"agreement"}"#,
                headers: writer)
            #expect(taken.status == .unprocessableEntity)

            let first = try await app.sendJSON(.POST, "/api/v1/messages", json: Self.batch, headers: writer)
            #expect(first.status == .unprocessableEntity)
            let body = try first.json()
            #expect(body["stored"] as? Int == 2)
            let errors = try #require(body["errors"] as? [[String: Any]])
            #expect(errors.count == 1)
            #expect(errors.first?["index"] as? Int == 1)
            #expect(errors.first?["field"] as? String == "latitude")

            let good = Self.batch.replacingOccurrences(of: #""latitude":95"#, with: #""latitude":51.5155"#)
                .replacingOccurrences(of: #""longitude":0"#, with: #""longitude":-0.0361"#)
            let second = try await app.sendJSON(.POST, "/api/v1/messages", json: good, headers: writer)
            #expect(second.status == .ok)
            #expect(try second.json()["stored"] as? Int == 1)
            #expect(try second.json()["duplicates"] as? Int == 2)

            let sources = try await app.send(.GET, "/api/v1/sources", headers: writer)
            #expect(sources.status == .ok)
            #expect(sources.text.contains("\"london\":3"))

            // A time without an offset is London's local time (BST in August): 00:30 is hour 0 of 1 August.
            let local = try await app.sendJSON(
                .POST, "/api/v1/messages",
                json: #"{"source":"city-forum","city":"london","messages":[{"id":"n1","timestamp":"2026-08-01T00:30:00","text":"Late bus","author_id":"x4"}]}"#,
                headers: writer)
            #expect(local.status == .ok)
            let row = try #require(try await app.sql.raw("SELECT day, hour FROM online_messages WHERE message_id = 'n1'").first())
            #expect(try row.decode(column: "day", as: Int.self) == Timestamp.daysFromCivil(year: 2026, month: 8, day: 1))
            #expect(try row.decode(column: "hour", as: Int.self) == 0)
            #expect(try await app.send(.DELETE, "/api/v1/messages/city-forum/n1", headers: writer).status == .ok)

            #expect(try await app.send(.DELETE, "/api/v1/messages/city-forum/a1", headers: paris).status == .forbidden)
            #expect(try await app.send(.DELETE, "/api/v1/messages/city-forum/a1").status == .unauthorized)
            #expect(try await app.send(.DELETE, "/api/v1/messages/city-forum/a1", headers: writer).status == .ok)
            #expect(try await app.send(.DELETE, "/api/v1/messages/city-forum/a1", headers: writer).status == .notFound)
            #expect(try await app.send(.GET, "/api/v1/sources", headers: writer).text.contains("\"london\":2"))
        }
    }

    @Test("envelope errors name the field: missing city, unknown city, too many messages")
    func envelope() async throws {
        try await TestApp.with(.sqlite) { app in
            let writer = try await Self.token(app, permissions: "messages:write")
            let noCity = try await app.sendJSON(.POST, "/api/v1/messages", json: #"{"source":"x","messages":[]}"#, headers: writer)
            #expect(noCity.status == .unprocessableEntity)
            #expect(noCity.text.contains("city"))
            let notJSON = try await app.sendJSON(.POST, "/api/v1/messages", json: "[1,2", headers: writer)
            #expect(notJSON.status == .unprocessableEntity)
            let item = #"{"id":"1","timestamp":"2026-09-01T10:00:00Z","text":"t","author_id":"a"}"#
            let many = #"{"source":"x","city":"london","messages":["# + Array(repeating: item, count: 5_001).joined(separator: ",") + "]}"
            let tooMany = try await app.sendJSON(.POST, "/api/v1/messages", json: many, headers: writer)
            #expect(tooMany.status == .unprocessableEntity)
            #expect(tooMany.text.contains("5000"))
        }
    }
}
