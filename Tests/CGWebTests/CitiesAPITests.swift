import CGWeb
import Foundation
import Testing
import VaporTesting

@Suite("Cities API and area lookup")
struct CitiesAPITests {
    @Test("lists the six cities with their areas")
    func cities() async throws {
        try await TestApp.with(.sqlite) { app in
            let response = try await app.send(.GET, "/api/v1/cities")
            let data = try #require(response.text.data(using: .utf8))
            let cities = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            let counts = Dictionary(uniqueKeysWithValues: cities.map { ($0["id"] as? String ?? "", $0["areaCount"] as? Int ?? 0) })
            #expect(counts["london"] == 33)
            #expect(counts["greater-manchester"] == 10)
            #expect(counts["barcelona"] == 10)
            #expect(counts["paris"] == 20)
            #expect((counts["rotterdam"] ?? 0) >= 10)
            #expect((counts["stockholm"] ?? 0) >= 13)
            let london = try await app.send(.GET, "/api/v1/cities/london").json()
            #expect((london["areas"] as? [Any])?.count == 33)
            #expect(try await app.send(.GET, "/api/v1/cities/atlantis").status == .notFound)
        }
    }

    @Test("places a coordinate by nearest centroid, refuses points outside the city, and explains bad input")
    func locate() async throws {
        try await TestApp.with(.sqlite) { app in
            // Near the Tower of London / Whitechapel.
            let inside = try await app.send(.GET, "/api/v1/cities/london/locate?lat=51.5155&lon=-0.0600")
            #expect(inside.status == .ok)
            #expect(try inside.json()["areaCode"] as? String == "E09000030")
            #expect(try inside.json()["method"] as? String == "nearest_centroid")
            let outside = try await app.send(.GET, "/api/v1/cities/london/locate?lat=48.8566&lon=2.3522")
            #expect(outside.status == .notFound)
            let bad = try await app.send(.GET, "/api/v1/cities/london/locate?lat=north&lon=500")
            #expect(bad.status == .unprocessableEntity)
            let fields = try bad.json()["fields"] as? [String: String]
            #expect(fields?["lat"] == "must be a number")
            #expect(fields?["lon"] != nil)
        }
    }
}
