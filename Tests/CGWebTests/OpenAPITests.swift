import CGWeb
import Foundation
import Testing
import VaporTesting

@Suite("OpenAPI document")
struct OpenAPITests {
    static func isAPIRoute(_ path: String) -> Bool {
        path.hasPrefix("/api/") || ["/healthz", "/metrics", "/openapi.json"].contains(path)
    }

    @Test("every API route is documented and every documented operation is a route")
    func routesAndDocumentAgree() async throws {
        try await TestApp.with(.sqlite) { app in
            let document = try await app.send(.GET, "/openapi.json").json()
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            var documented: Set<String> = []
            for (path, item) in paths {
                for method in item.keys { documented.insert("\(method.uppercased()) \(path)") }
            }
            var routed: Set<String> = []
            for route in app.app.routes.all {
                let path = "/" + route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
                if Self.isAPIRoute(path) { routed.insert("\(route.method.rawValue) \(path)") }
            }
            #expect(routed.subtracting(documented).isEmpty, "routes missing from the document: \(routed.subtracting(documented))")
            #expect(documented.subtracting(routed).isEmpty, "documented but not routed: \(documented.subtracting(routed))")
        }
    }

    @Test("every operation has typed responses with examples, and request bodies have schema and example")
    func operationsAreComplete() async throws {
        try await TestApp.with(.sqlite) { app in
            let document = try await app.send(.GET, "/openapi.json").json()
            let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
            for (path, item) in paths {
                for (method, operation) in item {
                    let name = "\(method) \(path)"
                    #expect(operation["summary"] as? String != nil, "\(name) has no summary")
                    let responses = try #require(operation["responses"] as? [String: [String: Any]], "\(name)")
                    let success = responses.filter { $0.key.hasPrefix("2") }
                    #expect(!success.isEmpty, "\(name) has no success response")
                    for (status, response) in success {
                        let content = try #require(response["content"] as? [String: [String: Any]], "\(name) \(status)")
                        for (_, media) in content {
                            #expect(media["schema"] != nil, "\(name) \(status) has no schema")
                            #expect(media["example"] != nil, "\(name) \(status) has no example")
                        }
                    }
                    if let body = operation["requestBody"] as? [String: Any] {
                        let media = try #require((body["content"] as? [String: [String: Any]])?["application/json"])
                        let schema = try #require(media["schema"] as? [String: Any])
                        let example = try #require(media["example"] as? [String: Any], "\(name) request has no example")
                        for field in schema["required"] as? [String] ?? [] {
                            #expect(example[field] != nil, "\(name) example lacks required \(field)")
                        }
                        #expect(responses["422"] != nil && responses["400"] != nil, "\(name) documents no 4xx")
                    }
                }
            }
        }
    }
}
