import FluentKit

/// The numbered, append-only list of schema migrations. Never edit or reorder a shipped migration: add a new one.
public enum StorageMigrations {
    /// Every migration in the order it must run.
    public static var all: [any Migration] {
        [
            M0001_CreateAgencies(),
            M0002_CreateUsers(),
            M0003_CreateStaffSessions(),
            M0004_CreateAPITokens(),
            M0005_CreateLoginFailures(),
            M0006_CreateAuditTrail(),
            M0007_CreateAreaBoundaries(),
        ]
    }
}
