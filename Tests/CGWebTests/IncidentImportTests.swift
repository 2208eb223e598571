import CGDomain
import CGSentiment
import CGWeb
import Foundation
import SQLKit
import Testing
import VaporTesting

@Suite("Importing recorded offline incidents")
struct IncidentImportTests {
    /// Anti-Muslim incidents recorded by the police in area B, three days after every fourth day of online hate,
    /// plus two anti-Black incidents; one record stands for two incidents.
    static func records(_ stream: PlantedStream) -> (lines: [String], perDay: [Int: Int]) {
        var lines: [String] = []
        var perDay: [Int: Int] = [:]
        for day in stream.first...stream.today where day % 4 == 0 && day + 3 <= stream.today {
            let count = day % 8 == 0 ? 2 : 1
            perDay[day + 3, default: 0] += count
            lines.append(
                #"{"id": "pr-\#(day)", "date": "\#(Timestamp.dayLabel(day + 3))", "area": "\#(PlantedStream.b)", "target_group": "muslims", "type": "verbal_abuse", "classification": "hate_crime", "count": \#(count)}"#)
        }
        lines.append(#"{"id": "pr-b1", "date": "\#(Timestamp.dayLabel(stream.today - 2))", "area": "Tower Hamlets", "target_group": "black"}"#)
        lines.append(#"{"id": "pr-b2", "date": "\#(Timestamp.dayLabel(stream.today - 1))", "latitude": 51.516, "longitude": -0.035, "target_group": "black"}"#)
        lines.append(#"{"id": "pr-bad", "date": "\#(Timestamp.dayLabel(stream.today + 5))", "area": "Tower Hamlets", "target_group": "black"}"#)
        return (lines, perDay)
    }

    @Test("imported incidents are verified reports: in the series, the lagged correlation and the statistics, for their own group only; a second import stores nothing",
          arguments: TestEngine.available)
    func importsIntoAnalyses(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let stream = PlantedStream(now: app.clock.now)
            try await stream.write(try app.sql)
            let (lines, perDay) = Self.records(stream)
            let file = app.dataDirectory.appendingPathComponent("police.jsonl")
            try Data(lines.joined(separator: "\n").utf8).write(to: file)
            let service = IncidentImportService(app: app.app)
            let first = try await service.importFile(file, format: .jsonl, source: "police-recorded", city: "london", actor: .commandLine)
            let expectedIncidents = perDay.values.reduce(0, +) + 2
            #expect(first.read == lines.count - 1 && first.stored == lines.count - 1)
            #expect(first.incidents == expectedIncidents)
            #expect(first.errors.map(\.line) == [lines.count] && first.errors.first?.field == "date")

            let browser = try await Fixtures.signedIn(app, role: .analyst, email: "analyst@example.org")
            let period = (stream.today - 55)...stream.today
            func offline(_ group: String, area: String? = nil) async throws -> [Int] {
                let path = "/api/v1/analysis/series?group=\(group)" + (area.map { "&area=\($0)" } ?? "")
                let response = try await browser.get(path)
                #expect(response.status == .ok)
                return try #require(try AnalysisTests.result(response)["offlineIncidents"] as? [Int])
            }
            // The series of area B holds exactly the imported anti-Muslim incidents; the city's adds the stream's own.
            #expect(try await offline("muslims", area: PlantedStream.b) == period.map { perDay[$0] ?? 0 })
            #expect(try await offline("muslims") == period.map { (perDay[$0] ?? 0) + stream.offline($0) })
            // An incident imported for Black people counts for them, not for every group of its characteristic.
            let black = try await offline("black")
            #expect(black.reduce(0, +) == 2 && black[black.count - 2] == 1 && black[black.count - 3] == 1)
            #expect(try await offline("asian").reduce(0, +) == 0)

            // The lagged correlation uses the imported incidents: equal to Pearson's r computed by hand.
            let body = try await browser.get("/api/v1/analysis/online-offline?group=muslims")
            let oo = try #require(try AnalysisTests.result(body)["analysis"] as? [String: Any])
            #expect(oo["status"] as? String == "ok")
            let x = period.map { day in Double(PlantedStream.areas.reduce(0) { $0 + stream.hateful($1, day) }) }
            let y = period.map { Double((perDay[$0] ?? 0) + stream.offline($0)) }
            let lags = try #require(oo["daily"] as? [[String: Any]])
            for lag in [-3, 0, 3, 4] {
                let r = try #require(lags.first { $0["lag"] as? Int == lag }?["correlation"] as? Double)
                #expect(abs(r - AnalysisTests.pearson(x, y, lag: lag)) < 1e-9, "lag \(lag)")
            }

            // Verified reports with the source's classification, one audit entry, and the public statistics.
            let sql = try app.sql
            let verified = try await sql.raw(
                "SELECT COUNT(*) AS n FROM incident_reports WHERE status = 'verified' AND reporter_role = 'on_behalf' AND classification = 'hate_crime'"
            ).first()?.decode(column: "n", as: Int.self)
            #expect(verified == perDay.values.reduce(0, +))
            let audits = try await sql.raw("SELECT COUNT(*) AS n FROM audit_entries WHERE action = 'report.imported'").first()?
                .decode(column: "n", as: Int.self)
            #expect(audits == 1)
            let stats = try await sql.raw(
                "SELECT CAST(SUM(n) AS BIGINT) AS n FROM incident_statistics WHERE city_id = 'london' AND characteristic = ''"
            ).first()?.decode(column: "n", as: Int.self)
            #expect((stats ?? 0) >= expectedIncidents)

            // The same file again: every record is a duplicate and nothing is stored.
            let again = try await service.importFile(file, format: .jsonl, source: "police-recorded", city: "london", actor: .commandLine)
            #expect(again.stored == 0 && again.incidents == 0 && again.duplicates == lines.count - 1)
            #expect(try await offline("muslims", area: PlantedStream.b) == period.map { perDay[$0] ?? 0 })
            // The same ids from another source are other records.
            let other = try await service.importFile(file, format: .jsonl, source: "partner-ngo", city: "london", actor: .commandLine)
            #expect(other.stored == lines.count - 1)
        }
    }

    @Test("a bad source name or city is a field error; the description and record id are sealed", arguments: TestEngine.available)
    func refusesAndSeals(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let service = IncidentImportService(app: app.app)
            let file = app.dataDirectory.appendingPathComponent("one.csv")
            try Data("id,date,area,target_group\nSECRET-REF-4471,2026-01-05,E09000030,jews\n".utf8).write(to: file)
            for (source, city, field) in [("Police Recorded", "london", "source"), ("police", "atlantis", "city")] {
                do {
                    _ = try await service.importFile(file, format: .csv, source: source, city: city, actor: .commandLine)
                    Issue.record("\(field) accepted")
                } catch let error as FieldErrors {
                    #expect(error.fields[field] != nil, "\(error)")
                }
            }
            let summary = try await service.importFile(file, format: .csv, source: "police", city: "london", actor: .commandLine)
            #expect(summary.incidents == 1)
            if engine == .sqlite {
                #expect(try await app.canariesReadableInDatabaseFiles(["SECRET-REF-4471", "Imported from police"]) == [])
            }
        }
    }

    @Test("commonground incidents import: lines reported, counts printed, re-import stores nothing, exit codes",
          .enabled(if: CLI.available, "build the commonground binary first (swift build)"))
    func commandLine() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("recorded.csv")
        try Data(
            """
            id,date,area,target_group,count
            r1,2026-01-05,Tower Hamlets,muslims,3
            r2,2026-01-06,E09000012,jews,
            r3,2026-01-07,Gotham,jews,
            """.utf8
        ).write(to: file)
        let data = ["--data-dir", folder.path]
        let first = try CLI.run(["incidents", "import", file.path, "--source", "police-recorded", "--city", "london"] + data)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.error.contains("\(file.path): line 4: area:"), "\(first.error)")
        #expect(first.output.contains("read 2, stored 2 records as 4 verified incidents, duplicates 0, malformed 1"), "\(first.output)")
        let again = try CLI.run(["incidents", "import", file.path, "--source", "police-recorded", "--city", "london"] + data)
        #expect(again.output.contains("read 2, stored 0 records as 0 verified incidents, duplicates 2"), "\(again.output)")
        let bad = folder.appendingPathComponent("bad.jsonl")
        try Data("not json\n".utf8).write(to: bad)
        let none = try CLI.run(["incidents", "import", bad.path, "--source", "police-recorded", "--city", "london"] + data)
        #expect(none.status != 0)
        let city = try CLI.run(["incidents", "import", file.path, "--source", "police-recorded", "--city", "gotham"] + data)
        #expect(city.status != 0 && city.error.contains("city"), "\(city.error)")
    }

    @Test("POST /api/v1/incidents/import: 401 without a token, 403 without reports:write or for another city, 422 naming bad records (the good ones stored), resend stores nothing",
          arguments: TestEngine.available)
    func overHTTP(engine: TestEngine) async throws {
        try await TestApp.with(engine) { app in
            let batch = """
                {"source": "police-recorded", "city": "london", "incidents": [
                  {"id": "MPS-1", "date": "2026-03-14", "area": "Tower Hamlets", "target_group": "muslims", "classification": "hate_crime"},
                  {"id": "MPS-2", "date": "2026-03-15", "area": "Gotham", "target_group": "jews"},
                  {"id": "MPS-3", "date": "2026-03-15", "latitude": 51.5155, "longitude": -0.0361, "characteristic": "sexual_orientation", "count": 2}
                ]}
                """
            let path = "/api/v1/incidents/import"
            #expect(try await app.sendJSON(.POST, path, json: batch).status == .unauthorized)
            let reader = try await MessagesAPITests.token(app, permissions: "reports:read")
            #expect(try await app.sendJSON(.POST, path, json: batch, headers: reader).status == .forbidden)
            let paris = try await MessagesAPITests.token(app, permissions: "reports:write", city: "paris")
            #expect(try await app.sendJSON(.POST, path, json: batch, headers: paris).status == .forbidden)
            let writer = try await MessagesAPITests.token(app, permissions: "reports:write")
            let envelope = try await app.sendJSON(.POST, path, json: #"{"city": "london"}"#, headers: writer)
            #expect(envelope.status == .unprocessableEntity)
            #expect(envelope.text.contains("source") && envelope.text.contains("incidents"))

            let first = try await app.sendJSON(.POST, path, json: batch, headers: writer)
            #expect(first.status == .unprocessableEntity)
            let body = try first.json()
            #expect(body["stored"] as? Int == 2 && body["incidents"] as? Int == 3 && body["malformed"] as? Int == 1)
            let errors = try #require(body["errors"] as? [[String: Any]])
            #expect(errors.first?["index"] as? Int == 1 && errors.first?["field"] as? String == "area")
            let again = try await app.sendJSON(.POST, path, json: batch, headers: writer)
            #expect(try again.json()["stored"] as? Int == 0 && (try again.json()["duplicates"] as? Int) == 2)
            let verified = try await app.sql.raw("SELECT COUNT(*) AS n FROM incident_reports WHERE status = 'verified'").first()?
                .decode(column: "n", as: Int.self)
            #expect(verified == 3)
        }
    }
}
