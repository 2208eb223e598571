import CGStorage
import Fluent
import FluentSQLiteDriver
import Foundation
import NIOPosix
import SQLKit
import Testing
import VaporTesting

@Suite("The commonground command line", .enabled(if: CLI.available, "build the commonground binary first (swift build)"))
struct CLITests {
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cg-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs raw SQL against an SQLite file, as someone with access to the disk could.
    static func tamper(_ file: URL, _ statement: String) async throws {
        let app = try await Application.make(.testing)
        do {
            app.databases.use(.sqlite(.file(file.path)), as: .sqlite)
            let sql = try #require(app.db(.sqlite) as? any SQLDatabase)
            try await sql.raw(SQLQueryString(statement)).run()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    @Test("user create, then audit verify: exit 0 when intact, 2 with the broken entry named after tampering")
    func auditVerify() async throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let create = try CLI.run(
            ["user", "create", "--email", "first@city.example", "--name", "First Admin", "--role", "admin",
             "--agency", "Community Safety", "--city", "london", "--data-dir", folder.path],
            environment: ["CG_PASSWORD": "correct horse battery staple"])
        #expect(create.status == 0, "\(create.error)")
        #expect(create.output.contains("Created admin first@city.example"))

        let intact = try CLI.run(["audit", "verify", "--data-dir", folder.path])
        #expect(intact.status == 0, "\(intact.output) \(intact.error)")
        #expect(intact.output.contains("intact"))

        try await Self.tamper(
            folder.appendingPathComponent(DatabaseLocation.sqliteFileName),
            "UPDATE audit_entries SET actor_label = 'someone else' WHERE sequence = 1")
        let broken = try CLI.run(["audit", "verify", "--data-dir", folder.path])
        #expect(broken.status == 2)
        #expect(broken.output.contains("broken at entry 1"))
    }

    @Test("classify: a file gives one JSON line per message; '-' reads standard input; a missing file is one clear line")
    func classifyFiles() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("lines.txt")
        try Data("I hate muslims\nlovely weather today\n".utf8).write(to: file)
        let run = try CLI.run(["classify", file.path, "--no-explain"])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains("\"hateful\":true") == true && lines.first?.contains("\"id\":1") == true)
        let stdin = try CLI.run(["classify", "-"])
        #expect(stdin.status == 0 && stdin.output.isEmpty, "\(stdin.error)")
        let missing = try CLI.run(["classify", folder.appendingPathComponent("nope.txt").path])
        #expect(missing.status != 0)
        #expect(missing.error.contains("no such file") && !missing.error.contains("NSCocoaErrorDomain"), "\(missing.error)")
    }

    @Test("a taken port and a wrong database URL give one clear line, not a trace")
    func startupErrors() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let socket = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0).wait()
        defer { try? socket.close().wait() }
        let port = try #require(socket.localAddress?.port)
        let taken = try CLI.run(["serve", "--port", String(port), "--data-dir", folder.path], timeout: 60)
        #expect(taken.status == 1)
        #expect(taken.error.contains("already in use"), "\(taken.error)")
        #expect(!taken.error.contains("Fatal error"))

        let scheme = try CLI.run(["serve", "--database-url", "mysql://x@y/z"])
        #expect(scheme.status != 0)
        #expect(scheme.error.contains("database-url"))

        let unreachable = try CLI.run(
            ["migrate", "--database-url", "postgres://nobody:secret@127.0.0.1:1/none"], timeout: 60)
        #expect(unreachable.status == 1)
        #expect(unreachable.error.contains("cannot open the database"), "\(unreachable.error)")
        #expect(!unreachable.error.contains("secret"), "the password is never printed")
    }

    @Test("geo import loads real boundaries and geo locate then uses them", .enabled(if: CLITests.londonFile != nil, "../shared/data/geo is absent"))
    func geoImport() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try #require(Self.londonFile)
        let imported = try CLI.run(["geo", "import", "london", file.path, "--data-dir", folder.path])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("Imported boundaries for 33 of 33 areas"))
        let located = try CLI.run(["geo", "locate", "london", "--lat", "51.5155", "--lon", "-0.0600", "--data-dir", folder.path])
        #expect(located.output.contains("E09000030"))
        #expect(located.output.contains("boundary"))
        let bad = try CLI.run(["geo", "import", "london", "/etc/hostname", "--data-dir", folder.path])
        #expect(bad.status != 0)
        #expect(bad.error.contains("GeoJSON") || bad.error.contains("JSON"))
    }

    static var londonFile: URL? {
        let url = CLI.binary.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/data/geo/london_boroughs_gla.geojson")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
