import CGSecurity
import Vapor

struct PanelLookupKey: StorageKey {
    typealias Value = LookupHash
}

extension Application {
    /// The keyed hash of normalised name and date of birth behind "already known?". Set by
    /// ``registerCasePanelRoutes(_:)`` from the installation key.
    var panelLookup: LookupHash {
        get {
            guard let lookup = storage[PanelLookupKey.self] else {
                fatalError("registerCasePanelRoutes(_:) must run before the case panel is used")
            }
            return lookup
        }
        set { storage[PanelLookupKey.self] = newValue }
    }
}
