import FluentKit

extension StorageMigrations {
    /// Incident reporting after the foundation: imports of recorded incidents (numbers M0050–M0059).
    static var incidents: [any Migration] {
        [
            M0050_AddIncidentTargetGroup(),
            M0051_CreateIncidentImports(),
        ]
    }
}
