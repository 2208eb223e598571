import CGSecurity
import Vapor

struct PanelLookupKey: StorageKey {
    typealias Value = LookupHash
}

extension Application {
    /// The keyed hash of normalised name and date of birth behind "already known?". Set by `configure` from
    /// the installation key it loads once.
    var panelLookup: LookupHash {
        get {
            guard let lookup = storage[PanelLookupKey.self] else {
                fatalError("configure(_:settings:) must run before the case panel is used")
            }
            return lookup
        }
        set { storage[PanelLookupKey.self] = newValue }
    }
}
