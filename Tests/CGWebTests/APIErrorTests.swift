import CGDomain
import CGWeb
import Foundation
import Testing
import VaporTesting

/// Bad input gets a clear 4xx naming the field and the reason — never a 500 — and nothing stored is lost.
@Suite("API errors")
struct APIErrorTests {
    static func adminToken(_ app: TestApp) async throws -> String {
        let admin = try await Fixtures.user(app)
        return try await app.directory.createToken(
            name: "test", city: "london", permissions: "users:manage,audit:read", scope: .city("london"),
            by: .init(id: "user:\(admin.id)", label: "test")
        ).token
    }

    static func bearer(_ token: String) -> HTTPHeaders { ["Authorization": "Bearer \(token)"] }

    @Test("malformed JSON, wrong types, missing fields, wrong content type and oversized bodies", arguments: TestEngine.available)
    func badInput(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let token = try await Self.adminToken(app)
            let auth = Self.bearer(token)

            let malformed = try await app.sendJSON(.POST, "/api/v1/agencies", json: "{\"name\": ", headers: auth)
            #expect(malformed.status == .badRequest)
            #expect((try malformed.json()["error"] as? String)?.isEmpty == false)

            let wrongType = try await app.sendJSON(.POST, "/api/v1/agencies", json: #"{"name": 5, "kind": "police", "city": "london"}"#, headers: auth)
            #expect(wrongType.status == .badRequest)
            #expect((try wrongType.json()["fields"] as? [String: String])?["name"] != nil)

            let missing = try await app.sendJSON(.POST, "/api/v1/agencies", json: #"{"kind": "police", "city": "london"}"#, headers: auth)
            #expect(missing.status == .badRequest)
            #expect((try missing.json()["fields"] as? [String: String])?["name"] == "is required")

            let invalid = try await app.sendJSON(.POST, "/api/v1/agencies", json: #"{"name": "", "kind": "army", "city": "london"}"#, headers: auth)
            #expect(invalid.status == .unprocessableEntity)
            let fields = try invalid.json()["fields"] as? [String: String]
            #expect(fields?["name"] != nil)
            #expect(fields?["kind"] != nil)

            var xml = auth
            xml.replaceOrAdd(name: .contentType, value: "application/xml")
            let wrongContent = try await app.send(.POST, "/api/v1/agencies", headers: xml, body: ByteBuffer(string: "<a/>"))
            #expect(wrongContent.status == .unsupportedMediaType)
            #expect((try wrongContent.json()["error"] as? String) != nil)

            let huge = "{\"name\": \"" + String(repeating: "x", count: 400_000) + "\", \"kind\": \"police\", \"city\": \"london\"}"
            let tooLarge = try await app.sendJSON(.POST, "/api/v1/agencies", json: huge, headers: auth)
            #expect(tooLarge.status == .payloadTooLarge)
            #expect((try tooLarge.json()["error"] as? String) != nil)

            let notFound = try await app.send(.GET, "/api/v1/nothing-here")
            #expect(notFound.status == .notFound)
            #expect((try notFound.json()["error"] as? String) == "not found")

            // What was stored before the bad requests is intact.
            let agencies = try await app.send(.GET, "/api/v1/agencies", headers: auth)
            #expect(agencies.status == .ok)
            #expect(agencies.text.contains("Agency london"))
        }
    }

    @Test("tokens: unknown and revoked get 401, missing permission or other city gets 403")
    func tokenScopes() async throws {
        try await TestApp.with(.sqlite) { app in
            let admin = try await Fixtures.user(app)
            let actor = StaffDirectory.Actor(id: "user:\(admin.id)", label: "test")
            let reader = try await app.directory.createToken(
                name: "reader", city: "london", permissions: "stats:read", scope: .city("london"), by: actor)

            #expect(try await app.send(.GET, "/api/v1/users").status == .unauthorized)
            #expect(try await app.send(.GET, "/api/v1/users", headers: Self.bearer("cgt_nonsense")).status == .unauthorized)
            #expect(try await app.send(.GET, "/api/v1/users", headers: Self.bearer(reader.token)).status == .forbidden)
            let me = try await app.send(.GET, "/api/v1/me", headers: Self.bearer(reader.token))
            #expect(try me.json()["permissions"] as? [String] == ["stats:read"])

            let manager = try await app.directory.createToken(
                name: "manager", city: "london", permissions: "users:manage", scope: .city("london"), by: actor)
            let otherCity = try await app.sendJSON(
                .POST, "/api/v1/agencies", json: #"{"name": "Policía", "kind": "police", "city": "barcelona"}"#,
                headers: Self.bearer(manager.token))
            #expect(otherCity.status == .forbidden)

            try await app.directory.revokeToken(id: manager.dto.id, scope: .city("london"), by: actor)
            #expect(try await app.send(.GET, "/api/v1/users", headers: Self.bearer(manager.token)).status == .unauthorized)
        }
    }

    @Test("creating a user through the API validates every field")
    func createUser() async throws {
        try await TestApp.with(.sqlite) { app in
            let token = try await Self.adminToken(app)
            let agencies = try await app.directory.agencies(in: .city("london"))
            let agencyID = try #require(agencies.first?.id)
            let weak = try await app.sendJSON(
                .POST, "/api/v1/users",
                json: #"{"email": "not-an-address", "name": "X", "password": "short", "role": "wizard", "agencyID": "\#(agencyID)", "city": "london"}"#,
                headers: Self.bearer(token))
            #expect(weak.status == .unprocessableEntity)
            let fields = try #require(try weak.json()["fields"] as? [String: String])
            #expect(fields["email"] != nil)
            #expect(fields["password"] != nil)
            #expect(fields["role"] != nil)

            let created = try await app.sendJSON(
                .POST, "/api/v1/users",
                json: #"{"email": "Case.Worker@Example.org", "name": "Case Worker", "password": "a sufficiently long one", "role": "caseworker", "agencyID": "\#(agencyID)", "city": "london"}"#,
                headers: Self.bearer(token))
            #expect(created.status == .created)
            #expect(try created.json()["email"] as? String == "case.worker@example.org")

            let duplicate = try await app.sendJSON(
                .POST, "/api/v1/users",
                json: #"{"email": "case.worker@example.org", "name": "Again", "password": "a sufficiently long one", "role": "caseworker", "agencyID": "\#(agencyID)", "city": "london"}"#,
                headers: Self.bearer(token))
            #expect(duplicate.status == .unprocessableEntity)
        }
    }
}
