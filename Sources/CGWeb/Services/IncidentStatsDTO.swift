import CGAnalytics
import Vapor

/// The public statistics as `GET /api/v1/stats/incidents` returns them. A suppressed count carries a reason
/// and no number.
struct IncidentStatsDTO: Content, Sendable {
    struct Filters: Content, Sendable {
        var city: String
        var from: String
        var to: String
        var characteristic: String?
        var type: String?
    }

    struct Policy: Content, Sendable {
        var threshold: Int
        var roundingBase: Int
    }

    struct Item: Content, Sendable {
        var key: String
        var label: String
        var count: ProtectedCell
    }

    var filters: Filters
    var policy: Policy
    var total: ProtectedCell
    var byArea: [Item]
    var byMonth: [Item]
    var byType: [Item]
    var byCharacteristic: [Item]
    var notes: [String]
}
