import CGDomain

/// What an audit entry records: who did what to which record, and why. Never the sensitive content itself.
public struct AuditEvent: Sendable, Hashable {
    public var actorID: String?
    public var actorLabel: String
    public var action: String
    public var recordType: String?
    public var recordID: String?
    public var cityID: String?
    public var reason: String?
    public var detail: String?

    /// Creates an event.
    public init(
        actorID: String?, actorLabel: String, action: AuditAction, recordType: String? = nil,
        recordID: String? = nil, cityID: String? = nil, reason: String? = nil, detail: String? = nil
    ) {
        self.actorID = actorID
        self.actorLabel = actorLabel
        self.action = action.rawValue
        self.recordType = recordType
        self.recordID = recordID
        self.cityID = cityID
        self.reason = reason
        self.detail = detail
    }
}
