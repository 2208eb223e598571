import FluentKit

/// The numbered, append-only list of schema migrations. Never edit or reorder a shipped migration: add a new one.
public enum StorageMigrations {
    /// Every migration in the order it must run.
    public static var all: [any Migration] {
        foundation + sentiment + casePanel + incidents
    }

    /// The foundation and incident reporting (M0001–M0015).
    static var foundation: [any Migration] {
        [
            M0001_CreateAgencies(),
            M0002_CreateUsers(),
            M0003_CreateStaffSessions(),
            M0004_CreateAPITokens(),
            M0005_CreateLoginFailures(),
            M0006_CreateAuditTrail(),
            M0007_CreateAreaBoundaries(),
            M0008_CreateIncidentReports(),
            M0009_CreateIncidentCharacteristics(),
            M0010_CreateIncidentReportEvents(),
            M0011_CreateIncidentReportMessages(),
            M0012_CreateSupportPartners(),
            M0013_CreateIncidentReferrals(),
            M0014_CreateReportIdempotencyKeys(),
            M0015_CreateIncidentStatistics(),
        ]
    }
}
