import CGDomain
import CGStorage
import Foundation
import NIOCore

/// Everything the composition root needs to build the application. Filled from command-line flags and the
/// environment by the CLI; tests fill it directly.
public struct AppSettings: Sendable {
    /// Address to listen on.
    public var host: String
    /// Port to listen on.
    public var port: Int
    /// Folder for the SQLite file and the key file.
    public var dataDirectory: String
    /// The database to use.
    public var database: DatabaseLocation
    /// The process environment, read for `CG_MASTER_KEY`.
    public var environment: [String: String]
    /// The clock.
    public var clock: CurrentDate
    /// A session ends after this long without a request.
    public var sessionIdleTimeout: TimeInterval
    /// A session ends this long after login whatever its use.
    public var sessionAbsoluteTimeout: TimeInterval
    /// Marks cookies `Secure` even when this process serves plain HTTP (it sits behind a TLS proxy).
    public var secureCookies: Bool
    /// PEM certificate chain and key to serve HTTPS directly.
    public var tlsCertificatePath: String?
    /// PEM private key for `tlsCertificatePath`.
    public var tlsKeyPath: String?
    /// Bcrypt cost for staff passwords; at least 12.
    public var bcryptCost: Int
    /// Largest accepted request body, in bytes.
    public var maxBodyBytes: Int
    /// Whether this installation runs the synthetic demo data set; pages then say so.
    public var isDemo: Bool
    /// How long a query may wait for a database connection before it fails (nil: the engine's default in
    /// ``DatabaseLocation/configurationFactory(poolTimeout:)``). The test harness raises it: hundreds of apps
    /// share two cores and one disk there, and a burst of writes can queue for longer than a server should.
    public var databasePoolTimeout: TimeAmount?

    /// Creates settings with safe defaults.
    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        dataDirectory: String = "./commonground-data",
        database: DatabaseLocation? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        clock: CurrentDate = .live,
        sessionIdleTimeout: TimeInterval = 30 * 60,
        sessionAbsoluteTimeout: TimeInterval = 12 * 60 * 60,
        secureCookies: Bool = false,
        tlsCertificatePath: String? = nil,
        tlsKeyPath: String? = nil,
        bcryptCost: Int = 12,
        maxBodyBytes: Int = 256 * 1024,
        isDemo: Bool = false
    ) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.database =
            database
            ?? .sqlite(path: URL(fileURLWithPath: dataDirectory).appendingPathComponent(DatabaseLocation.sqliteFileName).path)
        self.environment = environment
        self.clock = clock
        self.sessionIdleTimeout = sessionIdleTimeout
        self.sessionAbsoluteTimeout = sessionAbsoluteTimeout
        self.secureCookies = secureCookies
        self.tlsCertificatePath = tlsCertificatePath
        self.tlsKeyPath = tlsKeyPath
        self.bcryptCost = max(12, bcryptCost)
        self.maxBodyBytes = maxBodyBytes
        self.isDemo = isDemo
    }

    /// The key file inside the data folder.
    public var keyFileURL: URL {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent("master.key")
    }
}
