import CGSentiment
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
    /// One trigger event's page; `key` is a ``TriggerEventKey`` text (`muslims-2026-10-14`).
    case event(key: String)
    case alerts
    case subscribe
    case unsubscribe(id: String)
    /// The source registry page; its form posts to the same path.
    case sources
    case api(AnalysisKind)
    /// One trigger event's JSON twin.
    case apiEvent(key: String)
    case apiAlerts
    case apiSubscriptions
    case apiSubscription(id: String)

    /// The URL path (`{id}` and `{key}` placeholders for registration come from passing "{id}" or "{key}").
    var path: String {
        switch self {
        case .dashboard: return "/analysis"
        case .page(let kind): return "/analysis/\(kind.rawValue)"
        case .event(let key): return "/analysis/\(AnalysisKind.events.rawValue)/\(key)"
        case .alerts: return "/analysis/alerts"
        case .subscribe: return "/analysis/alerts/subscriptions"
        case .unsubscribe(let id): return "/analysis/alerts/subscriptions/\(id)/delete"
        case .sources: return "/analysis/sources"
        case .api(let kind): return "/api/v1/analysis/\(kind.rawValue)"
        case .apiEvent(let key): return "/api/v1/analysis/\(AnalysisKind.events.rawValue)/\(key)"
        case .apiAlerts: return "/api/v1/analysis/alerts"
        case .apiSubscriptions: return "/api/v1/analysis/subscriptions"
        case .apiSubscription(let id): return "/api/v1/analysis/subscriptions/\(id)"
        }
    }

    /// The page of `event` (its ``TriggerEventKey``): the events table, the alerts and the webhooks link there.
    static func event(of event: TriggerEvent) -> AnalysisRoute { .event(key: TriggerEventKey(event).text) }

    /// The page or endpoint with the filters of `query` in its query string.
    func url(_ query: AnalysisQuery) -> String {
        PageContext.url(path: path, query: query.queryItems)
    }
}
