import FluentKit

extension StorageMigrations {
    /// The multi-agency case panel (numbers M0030–M0049).
    static var casePanel: [any Migration] {
        []
    }
}
