import Foundation

/// The analyses of online hate, each a page for analysts and a JSON twin.
enum AnalysisKind: String, Sendable, Hashable, CaseIterable {
    case map
    case series
    case events
    case onlineOffline = "online-offline"
    case receivers
    case authors
    case segments
}

/// The analyst pages and JSON endpoints of social sentiment mapping, by name.
enum AnalysisRoute: Sendable, Hashable {
    case dashboard
    case page(AnalysisKind)
    case alerts
    case subscribe
    case unsubscribe(id: String)
    /// The source registry page; its form posts to the same path.
    case sources
    case api(AnalysisKind)
    case apiAlerts
    case apiSubscriptions
    case apiSubscription(id: String)

    /// The URL path (`{id}` placeholders for registration come from `path(id:)` with "{id}").
    var path: String {
        switch self {
        case .dashboard: return "/analysis"
        case .page(let kind): return "/analysis/\(kind.rawValue)"
        case .alerts: return "/analysis/alerts"
        case .subscribe: return "/analysis/alerts/subscriptions"
        case .unsubscribe(let id): return "/analysis/alerts/subscriptions/\(id)/delete"
        case .sources: return "/analysis/sources"
        case .api(let kind): return "/api/v1/analysis/\(kind.rawValue)"
        case .apiAlerts: return "/api/v1/analysis/alerts"
        case .apiSubscriptions: return "/api/v1/analysis/subscriptions"
        case .apiSubscription(let id): return "/api/v1/analysis/subscriptions/\(id)"
        }
    }

    /// The page or endpoint with the filters of `query` in its query string.
    func url(_ query: AnalysisQuery) -> String {
        PageContext.url(path: path, query: query.queryItems)
    }
}
