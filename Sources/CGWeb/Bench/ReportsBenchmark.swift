import CGDomain
import CGGeo
import CGStorage
import Fluent
import Foundation
import SQLKit
import Synchronization
import Vapor

/// `commonground bench reports`: report submissions per second through the real HTTP stack on SQLite, p99
/// latency at a fixed rate below that, and the observatory query over a million stored reports. Every figure
/// comes with a baseline measured in the same run (the `/healthz` round trip for HTTP, a plain `COUNT(*)` for
/// the query), because bare times on a shared machine mean little.
public enum ReportsBenchmark {
    /// What to measure.
    public struct Options: Sendable {
        public var directory: String
        public var seconds: Double
        public var concurrency: Int
        public var reports: Int
        public var queryRuns: Int

        public init(directory: String, seconds: Double = 5, concurrency: Int = 8, reports: Int = 1_000_000, queryRuns: Int = 21) {
            self.directory = directory
            self.seconds = seconds
            self.concurrency = concurrency
            self.reports = reports
            self.queryRuns = queryRuns
        }
    }

    final class Latencies: Sendable {
        let values = Mutex<[Double]>([])
        let failures = Atomic<Int>(0)
        let successes = Atomic<Int>(0)
    }

    /// Runs every measurement and returns the report, line by line (also passed to `log` as it goes).
    public static func run(_ options: Options, log: @escaping @Sendable (String) -> Void) async throws {
        var settings = AppSettings(
            host: "127.0.0.1", port: 0, dataDirectory: options.directory, environment: ["CG_REPORT_RATE_LIMIT": "0"])
        settings.isDemo = false
        let app = try await Application.makeForBenchmark()
        do {
            try await configure(app, settings: settings)
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            guard let port = app.http.server.shared.localAddress?.port else { throw Abort(.internalServerError) }
            try await measure(app, port: port, options, log: log)
        } catch {
            await app.server.shutdown()
            try? await app.asyncShutdown()
            throw error
        }
        await app.server.shutdown()
        try await app.asyncShutdown()
    }

    static func measure(_ app: Application, port: Int, _ options: Options, log: @escaping @Sendable (String) -> Void)
        async throws
    {
        let client = app.client
        let base = "http://127.0.0.1:\(port)"
        let counter = Atomic<Int>(0)
        let health: @Sendable () async throws -> Bool = {
            try await client.get(URI(string: base + "/healthz")).status == .ok
        }
        let submit: @Sendable () async throws -> Bool = {
            let n = counter.add(1, ordering: .relaxed).newValue
            let body = """
                {"city":"london","area":"E09000030","type":"verbal_abuse","description":"Benchmark report \(n)",
                 "characteristics":["religion"],"religion":"muslim","date":"2026-01-15","reporter":"witness"}
                """
            let response = try await client.post(URI(string: base + "/api/v1/reports")) { request in
                request.headers.contentType = .json
                request.body = ByteBuffer(string: body)
            }
            return response.status == .created
        }
        log("HTTP on SQLite, \(options.concurrency) concurrent clients in this process, \(options.seconds) s each")
        _ = try await closedLoop(options.concurrency, seconds: 1, health)  // warm up
        let healthRate = try await closedLoop(options.concurrency, seconds: options.seconds, health)
        let submitRate = try await closedLoop(options.concurrency, seconds: options.seconds, submit)
        log(String(format: "  GET /healthz (baseline)       %8.0f requests/s", healthRate))
        log(String(format: "  POST /api/v1/reports          %8.0f reports/s   (%.3f × baseline)", submitRate, submitRate / healthRate))
        let rate = max(1, (submitRate * 0.5).rounded())
        let healthLatency = try await openLoop(rate: rate, seconds: options.seconds, health)
        let submitLatency = try await openLoop(rate: rate, seconds: options.seconds, submit)
        log(String(format: "  at a fixed %.0f requests/s (half the measured submission rate):", rate))
        log(String(format: "    GET /healthz (baseline)     p50 %7.2f ms   p99 %7.2f ms", healthLatency.p50, healthLatency.p99))
        log(String(
            format: "    POST /api/v1/reports        p50 %7.2f ms   p99 %7.2f ms   (p99 %.1f × baseline; %d failed)",
            submitLatency.p50, submitLatency.p99, submitLatency.p99 / max(healthLatency.p99, 0.001), submitLatency.failures))

        guard let sql = app.db as? any SQLDatabase else { return }
        log("Observatory query over \(options.reports) generated reports (SQLite)")
        let generated = try await timed { try await generate(options.reports, on: sql) }
        log(String(format: "  generated in %.1f s", generated))
        let rebuild = try await timed { try await IncidentStatisticsStore().rebuild(on: app.db) }
        log(String(format: "  rollup rebuilt from all reports in %.2f s (done once; status changes keep it current)", rebuild))
        struct Count: Decodable { var n: Int }
        var total = 0
        let countTimes = try await repeated(options.queryRuns) {
            total = try await sql.raw("SELECT COUNT(*) AS n FROM incident_reports").first(decoding: Count.self)?.n ?? 0
        }
        let service = ObservatoryService(services: app.cg, database: app.db)
        let query = try service.parse(city: "london", from: nil, to: nil, characteristic: nil, type: nil)
        let filtered = try service.parse(city: "london", from: nil, to: nil, characteristic: "religion", type: "verbal_abuse")
        let observatory = try await repeated(options.queryRuns) { _ = try await service.result(query) }
        let observatoryFiltered = try await repeated(options.queryRuns) { _ = try await service.result(filtered) }
        let raw = try await repeated(3) {
            _ = try await sql.raw(
                """
                SELECT area_code, COUNT(*) AS n FROM incident_reports WHERE city_id = 'london' AND status = 'verified' \
                AND month >= \(bind: query.fromMonth) AND month <= \(bind: query.toMonth) GROUP BY area_code
                """
            ).all()
        }
        log("  \(total) reports stored; medians of \(options.queryRuns) runs:")
        log(String(format: "    SELECT COUNT(*) (baseline)                   %8.2f ms", countTimes.median))
        log(String(
            format: "    observatory, 4 breakdowns + disclosure       %8.2f ms   (%.3f × baseline; slowest %.2f ms)",
            observatory.median, observatory.median / countTimes.median, observatory.max))
        log(String(
            format: "    observatory, characteristic + type filter    %8.2f ms   (%.3f × baseline)",
            observatoryFiltered.median, observatoryFiltered.median / countTimes.median))
        log(String(
            format: "    for comparison: one GROUP BY on raw reports   %8.2f ms   (%.1f × baseline)",
            raw.median, raw.median / countTimes.median))
    }

    /// Requests per second with `concurrency` clients each sending the next request when the last is answered.
    static func closedLoop(_ concurrency: Int, seconds: Double, _ request: @escaping @Sendable () async throws -> Bool)
        async throws -> Double
    {
        let tally = Latencies()
        let start = Date()
        let deadline = start.addingTimeInterval(seconds)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    while Date() < deadline {
                        if (try? await request()) == true {
                            tally.successes.add(1, ordering: .relaxed)
                        } else {
                            tally.failures.add(1, ordering: .relaxed)
                        }
                    }
                }
            }
        }
        return Double(tally.successes.load(ordering: .relaxed)) / Date().timeIntervalSince(start)
    }

    /// Latency percentiles at a fixed arrival rate, timed from each request's scheduled start (so a slow
    /// response delays no later measurement).
    static func openLoop(rate: Double, seconds: Double, _ request: @escaping @Sendable () async throws -> Bool)
        async throws -> (p50: Double, p99: Double, failures: Int)
    {
        let tally = Latencies()
        let total = Int(rate * seconds)
        let start = ContinuousClock.now
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<total {
                let scheduled = start + .seconds(Double(index) / rate)
                try? await Task.sleep(until: scheduled, clock: .continuous)
                group.addTask {
                    let ok = (try? await request()) == true
                    let elapsed = ContinuousClock.now - scheduled
                    let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
                    if ok { tally.values.withLock { $0.append(ms) } } else { tally.failures.add(1, ordering: .relaxed) }
                }
            }
        }
        let sorted = tally.values.withLock { $0 }.sorted()
        func percentile(_ p: Double) -> Double {
            sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
        }
        return (percentile(0.5), percentile(0.99), tally.failures.load(ordering: .relaxed))
    }

    static func timed(_ body: () async throws -> Void) async throws -> Double {
        let start = Date()
        try await body()
        return Date().timeIntervalSince(start)
    }

    static func repeated(_ runs: Int, _ body: () async throws -> Void) async throws -> (median: Double, max: Double) {
        var times: [Double] = []
        for _ in 0..<max(1, runs) { times.append(try await timed(body) * 1000) }
        times.sort()
        return (times[times.count / 2], times.last ?? 0)
    }

    /// Inserts `count` synthetic reports (and their characteristics) with SQL that SQLite runs itself,
    /// 100,000 to a statement, spread over the demo city's areas, 18 months, every type and characteristic;
    /// six in ten verified.
    static func generate(_ count: Int, on sql: any SQLDatabase) async throws {
        guard let pack = CityPacks.pack(id: "london") else { return }
        func cases(_ expression: String, _ values: [String]) -> String {
            "CASE " + expression + " "
                + values.enumerated().map { "WHEN \($0.offset) THEN '\($0.element)'" }.joined(separator: " ") + " END"
        }
        let months = ObservatoryService.months(from: "2025-05", to: "2026-10")
        let area = cases("(i * 7919) % \(pack.areas.count)", pack.areas.map(\.code))
        let type = cases("(i * 31) % \(IncidentType.allCases.count)", IncidentType.allCases.map(\.rawValue))
        let month = cases("(i * 13) % \(months.count)", months)
        let characteristic = cases(
            "(i * 17) % \(TargetedCharacteristic.allCases.count)", TargetedCharacteristic.allCases.map(\.rawValue))
        let now = Date()
        var next = 1
        while next <= count {
            let last = min(count, next + 99_999)
            try await sql.raw(
                """
                WITH RECURSIVE seq(i) AS (SELECT \(unsafeRaw: String(next)) UNION ALL SELECT i + 1 FROM seq \
                WHERE i < \(unsafeRaw: String(last))) \
                INSERT INTO incident_reports (id, reference, follow_up_digest, city_id, area_code, incident_type, \
                characteristics, occurred_on, day, month, reporter_role, police_reported, wants_support, \
                consent_contact, consent_referral, description_sealed, status, language, is_synthetic, created_at, \
                updated_at) \
                SELECT randomblob(16), 'BENCH-' || i, 'bench-' || i, 'london', \(unsafeRaw: area), \(unsafeRaw: type), \
                \(unsafeRaw: characteristic), '2026-01-01', 20454, \(unsafeRaw: month), 'victim', 0, 0, 0, 0, 'x', \
                CASE WHEN i % 10 < 6 THEN 'verified' ELSE 'received' END, 'en', 1, \(bind: now), \(bind: now) FROM seq
                """
            ).run()
            next = last + 1
        }
        try await sql.raw(
            """
            INSERT INTO incident_characteristics (id, report_id, characteristic) \
            SELECT randomblob(16), id, characteristics FROM incident_reports WHERE is_synthetic = 1
            """
        ).run()
    }
}
