import FluentKit

extension StorageMigrations {
    /// Social sentiment mapping (numbers M0016–M0029).
    static var sentiment: [any Migration] {
        []
    }
}
