import CGDomain
import CGSecurity
import CGStorage
import Fluent
import FluentSQLiteDriver
import NIOSSL
import SQLKit
import Vapor

/// The composition root: builds every service, connects and migrates the database, installs middleware and
/// routes. The CLI and the tests both call it, so they run the same application.
public func configure(_ app: Application, settings: AppSettings) async throws {
    let masterKey = try MasterKey.loadOrCreate(at: settings.keyFileURL, environment: settings.environment)
    let services = AppServices(
        settings: settings,
        cipher: FieldCipher(masterKey: masterKey),
        audit: AuditLog(chain: AuditChain(masterKey: masterKey), clock: settings.clock),
        pseudonymizer: Pseudonymizer(masterKey: masterKey),
        clock: settings.clock,
        localizer: try Localizer.bundled(),
        throttle: LoginThrottlePolicy(maxFailures: 10, window: 300),
        metrics: MetricsRegistry.shared,
        areas: AreaLookup())
    app.cg = services
    // Purpose keys of capabilities outside the shared services, from the same installation key.
    app.panelLookup = LookupHash(masterKey: masterKey)

    app.databases.use(
        try settings.database.configurationFactory(poolTimeout: settings.databasePoolTimeout), as: .main, isDefault: true)
    for migration in StorageMigrations.all { app.migrations.add(migration, to: .main) }
    do {
        try await app.autoMigrate()
    } catch {
        throw StartupError.database(settings.database.redacted, String(describing: error))
    }
    if settings.database.isSQLite { try await tuneSQLite(app) }

    app.routes.defaultMaxBodySize = ByteCount(value: settings.maxBodyBytes)
    app.http.server.configuration.hostname = settings.host
    app.http.server.configuration.port = settings.port
    app.http.server.configuration.reportMetrics = true
    if let certificate = settings.tlsCertificatePath, let key = settings.tlsKeyPath {
        let chain = try NIOSSLCertificate.fromPEMFile(certificate).map { NIOSSLCertificateSource.certificate($0) }
        app.http.server.configuration.tlsConfiguration = .makeServerConfiguration(
            certificateChain: chain, privateKey: .privateKey(try NIOSSLPrivateKey(file: key, format: .pem)))
    }

    let renderError: @Sendable (Request, HTTPStatus, String, [String: String]?) -> Response = {
        request, status, message, fields in
        HTMLPage.response(
            ErrorPage.render(request.page, status: Int(status.code), message: message, fields: fields ?? [:]),
            status: status)
    }
    app.middleware = Middlewares()
    // First, so that shutdown waits for every request's whole way through the middleware (see InFlightRequests).
    let inFlight = InFlightRequests()
    app.middleware.use(inFlight)
    app.lifecycle.use(inFlight)
    app.middleware.use(APIErrorMiddleware(renderPage: renderError))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(LanguageMiddleware())
    app.middleware.use(StaffSessionMiddleware())
    app.middleware.use(BearerTokenMiddleware())
    app.middleware.use(CSRFMiddleware())

    try routes(app)
}

func routes(_ app: Application) throws {
    SystemController().register(app)
    CitiesAPIController().register(app)
    AdminAPIController().register(app, app)
    AuthController().register(app)
    AccountController().register(app)
    AdminController().register(app)
    ReportController(settings: app.cg.settings).register(app)
    TriageController().register(app)
    ObservatoryController().register(app)
    IncidentsAPIController().register(app)
    registerSentimentRoutes(app)
    registerCasePanelRoutes(app)
}

/// SQLite keeps an acknowledged write across a crash only with WAL and `synchronous=FULL`, and other
/// processes (the CLI beside a running server) must wait for the lock rather than fail at once.
/// `journal_mode` is stored in the file; the other two belong to the connection, and the application keeps
/// exactly one long-lived SQLite connection (see `DatabaseLocation.configurationFactory()`).
///
/// The page cache is raised from SQLite's default 2 MB to 64 MB and statement journals are kept in memory:
/// an ingest batch dirties more pages than 2 MB hold, and SQLite then spilled pages to the WAL and to a
/// temporary statement journal in the middle of the transaction (`pagerStress`, `subjournalPageIfRequired`:
/// about 5 % of ingest CPU, measured with perf).
func tuneSQLite(_ app: Application) async throws {
    guard let sql = app.db(.main) as? any SQLDatabase else { return }
    try await sql.raw("PRAGMA journal_mode = WAL").run()
    try await sql.raw("PRAGMA synchronous = FULL").run()
    try await sql.raw("PRAGMA busy_timeout = 10000").run()
    try await sql.raw("PRAGMA cache_size = -65536").run()
    try await sql.raw("PRAGMA temp_store = MEMORY").run()
}

extension DatabaseID {
    /// The application's one database.
    public static let main = DatabaseID(string: "main")
}

/// Why the application could not start, in words for the operator.
public enum StartupError: Error, CustomStringConvertible {
    case database(String, String)

    public var description: String {
        switch self {
        case .database(let location, let reason):
            return "cannot open the database (\(location)): \(reason)"
        }
    }
}
