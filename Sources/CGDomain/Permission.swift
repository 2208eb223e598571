/// A capability that a role or an API token may hold. Raw values are the scope strings used in API tokens.
public enum Permission: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case statsRead = "stats:read"
    case reportsRead = "reports:read"
    case reportsWrite = "reports:write"
    case contactOpen = "contact:open"
    case messagesRead = "messages:read"
    case messagesWrite = "messages:write"
    case casesRead = "cases:read"
    case casesWrite = "cases:write"
    case usersManage = "users:manage"
    case auditRead = "audit:read"

    public static func < (lhs: Permission, rhs: Permission) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Parses a comma- or space-separated list of scopes, reporting the first unknown one.
    public static func parseList(_ text: String) -> Result<Set<Permission>, FieldErrors> {
        var result: Set<Permission> = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == " " }) where !part.isEmpty {
            guard let permission = Permission(rawValue: String(part)) else {
                return .failure(FieldErrors(["permissions": "unknown permission '\(part)'"]))
            }
            result.insert(permission)
        }
        return .success(result)
    }
}
