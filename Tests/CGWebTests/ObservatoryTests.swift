import CGAnalytics
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

@Suite("Public observatory")
struct ObservatoryTests {
    /// Puts true counts straight into the rollup the observatory reads.
    static func seed(_ app: TestApp, _ rows: [(area: String, month: String, type: String, characteristic: String, n: Int)]) async throws {
        for row in rows {
            try await app.sql.raw(
                """
                INSERT INTO incident_statistics (city_id, characteristic, month, area_code, incident_type, n) \
                VALUES ('london', \(bind: row.characteristic), \(bind: row.month), \(bind: row.area), \(bind: row.type), \(bind: row.n))
                """
            ).run()
        }
    }

    static func items(_ body: [String: Any], _ key: String) -> [[String: Any]] {
        body[key] as? [[String: Any]] ?? []
    }

    @Test("counts from 1 to 9 are never given as a number; others are rounded to 5", arguments: TestEngine.available)
    func smallCounts(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            try await Self.seed(app, [
                ("E09000030", "2026-05", "verbal_abuse", "", 27),
                ("E09000001", "2026-05", "verbal_abuse", "", 3),
                ("E09000002", "2026-06", "threats", "", 12),
                ("E09000030", "2026-05", "verbal_abuse", "religion", 27),
                ("E09000001", "2026-05", "verbal_abuse", "religion", 3),
            ])
            let response = try await app.send(.GET, "/api/v1/stats/incidents?city=london&from=2026-01&to=2026-09")
            #expect(response.status == .ok)
            let body = try response.json()
            let areas = Dictionary(uniqueKeysWithValues: Self.items(body, "byArea").map { ($0["key"] as? String ?? "", $0["count"] as? [String: Any] ?? [:]) })
            #expect(areas["E09000030"]?["value"] as? Int == 25)
            #expect(areas["E09000030"]?["rounded"] as? Bool == true)
            #expect(areas["E09000001"]?["value"] == nil)
            #expect(areas["E09000001"]?["suppressed"] as? String == "fewer-than-10")
            // One hidden area alone could be worked out from the total: the smallest shown count is hidden too.
            #expect(areas["E09000002"]?["value"] == nil)
            #expect(areas["E09000002"]?["suppressed"] as? String == "secondary")
            #expect(areas["E09000003"]?["value"] as? Int == 0)
            for item in ["byArea", "byMonth", "byType", "byCharacteristic"].flatMap({ Self.items(body, $0) }) {
                let count = item["count"] as? [String: Any] ?? [:]
                if let value = count["value"] as? Int {
                    #expect(value == 0 || (value >= 10 && value % 5 == 0), "\(item)")
                } else {
                    #expect(count["suppressed"] != nil)
                }
            }
            let page = try await app.send(.GET, "/observatory?city=london&from=2026-01&to=2026-09")
            #expect(page.status == .ok)
            #expect(page.text.contains("fewer than 10"))
            #expect(page.text.contains("<svg"))
            let defaults = try await app.send(.GET, "/observatory")
            #expect(defaults.text.contains("<option value=\"2026-09\" selected=\"selected\">"), "the period menus show the view's months")
            #expect(defaults.text.contains("<option value=\"2025-04\" selected=\"selected\">"))
            let csv = try await app.send(.GET, "/observatory.csv?city=london&from=2026-01&to=2026-09")
            #expect(csv.status == .ok)
            #expect(csv.text.contains("area,E09000001,City of London,fewer than 10"))
            #expect(csv.text.contains("area,E09000030,Tower Hamlets,25"))
            #expect(!csv.text.contains(",3\r\n") && !csv.text.contains(",27\r\n") && !csv.text.contains(",12\r\n"))
            let invalid = try await app.send(.GET, "/api/v1/stats/incidents?city=atlantis&from=2026-13&type=x")
            #expect(invalid.status == .unprocessableEntity)
            let fields = try #require(try invalid.json()["fields"] as? [String: String])
            #expect(fields["city"] != nil && fields["from"] != nil && fields["type"] != nil)
        }
    }

    @Test("no hidden count can be recomputed from a shown total and the shown cells")
    func noRecoverableCell() async throws {
        try await TestApp.with(.sqlite) { app in
            var generator = SeededGenerator(seed: 7)
            var rows: [(String, String, String, String, Int)] = []
            let areas = ["E09000001", "E09000002", "E09000003", "E09000030", "E09000007", ""]
            let types = ["verbal_abuse", "threats", "graffiti_literature"]
            for area in areas {
                for month in ["2026-03", "2026-04", "2026-05"] {
                    for type in types where generator.nextInt(below: 3) > 0 {
                        rows.append((area, month, type, "", 1 + generator.nextInt(below: 14)))
                    }
                }
            }
            try await Self.seed(app, rows)
            for query in ["", "&type=threats"] {
                let body = try await app.send(.GET, "/api/v1/stats/incidents?city=london&from=2026-03&to=2026-05\(query)").json()
                let total = body["total"] as? [String: Any] ?? [:]
                for key in ["byArea", "byMonth", "byType"] {
                    let hidden = Self.items(body, key).filter { ($0["count"] as? [String: Any])?["value"] == nil }.count
                    if total["value"] != nil {
                        #expect(hidden != 1, "\(key) hides exactly one count while the total is shown")
                    }
                }
            }
        }
    }

    @Test("exact coordinates never appear in public responses", arguments: TestEngine.available)
    func noExactLocations(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let caseworker = try await Fixtures.signedIn(app, role: .caseworker, email: "cw@london.example")
            var reports: [(reference: String, followUp: String, page: String)] = []
            for _ in 0..<11 { reports.append(try await TriageTests.submit(app, TriageTests.consenting, as: caseworker)) }
            for report in reports {
                let id = String(report.page.split(separator: "/").last ?? "")
                try await caseworker.get(report.page)
                try await caseworker.post("/triage/reports/\(id)/update", ["status": "under_review"])
                try await caseworker.post("/triage/reports/\(id)/update", ["status": "verified"])
            }
            let api = try await app.send(.GET, "/api/v1/stats/incidents?city=london")
            let areas = Self.items(try api.json(), "byArea")
            let tower = areas.first { $0["key"] as? String == "E09000030" }?["count"] as? [String: Any]
            #expect(tower?["value"] as? Int == 10, "11 verified reports show as 10")
            var publicTexts = [api.text]
            publicTexts.append(try await app.send(.GET, "/observatory?city=london").text)
            publicTexts.append(try await app.send(.GET, "/observatory.csv?city=london").text)
            publicTexts.append(try await app.send(.GET, reports[0].followUp).text)
            publicTexts.append(try await app.send(.GET, "/report?city=london").text)
            for text in publicTexts {
                for secret in ["51.5155", "-0.0361", "0.0361", "triage.canary"] {
                    #expect(!text.contains(secret), "\(secret) appears publicly")
                }
            }
        }
    }
}
