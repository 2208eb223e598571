import ArgumentParser
import CGDomain
import CGStorage
import CGWeb
import Foundation

/// `--data-dir` and `--database-url`, shared by every command that touches the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Folder for the embedded database and the key file.")
    var dataDirectory: String = "./commonground-data"

    @Option(
        name: .customLong("database-url"),
        help: "postgres://user:password@host:5432/database to use PostgreSQL (default: $DATABASE_URL, else SQLite in --data-dir).")
    var databaseURL: String?

    /// The database these options name, with a clear error for a bad URL.
    func location(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> DatabaseLocation {
        do {
            return try DatabaseLocation.resolve(
                databaseURL: databaseURL ?? environment["DATABASE_URL"], dataDirectory: dataDirectory)
        } catch let error as FieldErrors {
            throw ValidationError("--database-url: \(error)")
        }
    }

    /// Settings for these options.
    func settings() throws -> AppSettings {
        AppSettings(dataDirectory: dataDirectory, database: try location())
    }
}

/// `--host` and `--port` for the commands that serve HTTP.
struct ServerOptions: ParsableArguments {
    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "Port to listen on.") var port: Int = 8080
    @Flag(help: "Mark cookies Secure (set this when a TLS proxy is in front).") var secureCookies = false
    @Option(help: "PEM certificate chain to serve HTTPS directly.") var tlsCertificate: String?
    @Option(help: "PEM private key for --tls-certificate.") var tlsKey: String?

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
        if (tlsCertificate == nil) != (tlsKey == nil) {
            throw ValidationError("--tls-certificate and --tls-key go together")
        }
    }

    /// `settings` with these options applied.
    func applied(to settings: AppSettings) -> AppSettings {
        var settings = settings
        apply(to: &settings)
        return settings
    }

    func apply(to settings: inout AppSettings) {
        settings.host = host
        settings.port = port
        settings.secureCookies = secureCookies
        settings.tlsCertificatePath = tlsCertificate
        settings.tlsKeyPath = tlsKey
    }
}
