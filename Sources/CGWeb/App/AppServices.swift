import CGDomain
import CGGeo
import CGSecurity
import CGStorage
import Prometheus
import Vapor

/// The application's dependencies, built once in the composition root and reached through `req.cg`.
public struct AppServices: Sendable {
    /// The settings the application was started with.
    public let settings: AppSettings
    /// Seals and opens personal data fields.
    public let cipher: FieldCipher
    /// The tamper-evident audit trail.
    public let audit: AuditLog
    /// Keyed digests for looking up e-mail addresses without storing them in the clear.
    public let pseudonymizer: Pseudonymizer
    /// The clock.
    public let clock: CurrentDate
    /// User-facing strings.
    public let localizer: Localizer
    /// When repeated login failures lock an account.
    public let throttle: LoginThrottlePolicy
    /// Prometheus registry served at `/metrics`.
    public let metrics: PrometheusCollectorRegistry
    /// Places coordinates in city areas.
    public let areas: AreaLookup

    /// The keyed digest under which an e-mail address is found.
    public func emailDigest(_ email: String) -> String {
        pseudonymizer.pseudonym(authorID: Self.normalisedEmail(email), source: "staff-email")
    }

    /// Lower-cased and trimmed, the form e-mail addresses are compared in.
    public static func normalisedEmail(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

struct ServicesKey: StorageKey {
    typealias Value = AppServices
}

extension Application {
    /// The services installed by ``configure(_:settings:)``.
    public var cg: AppServices {
        get {
            guard let services = storage[ServicesKey.self] else {
                fatalError("configure(_:settings:) must run before services are used")
            }
            return services
        }
        set { storage[ServicesKey.self] = newValue }
    }
}

extension Request {
    /// The application's services.
    public var cg: AppServices { application.cg }
}
