import CGAnalytics
import CGCasePanel
import CGDomain
import CGStorage
import Fluent
import Foundation
import Vapor

extension CasePanelService {
    /// One protected category of strategic insight.
    struct InsightCell: Content, Sendable {
        var key: String
        var count: ProtectedCell
    }

    /// One protected dimension.
    struct InsightDimension: Content, Sendable {
        var name: String
        var items: [InsightCell]
    }

    /// The anonymised analysis across a panel's cases: the only thing that leaves the panel.
    struct Insight: Content, Sendable {
        var panel: UUID
        var generatedAt: Date
        var policy: DisclosurePolicy
        var total: ProtectedCell
        var dimensions: [InsightDimension]
        var trend: [InsightCell]
    }

    /// Counts every screened-in case of the panel (open, closed and anonymised), then applies disclosure
    /// control to each dimension: counts below 10 are suppressed, others rounded, with secondary suppression
    /// so a suppressed cell cannot be recovered from the total.
    func insight(_ panel: CasePanelModel, viewer: PanelViewer?) async throws -> Insight {
        guard let panelID = panel.id else { throw Abort(.notFound) }
        let records = try await PanelCaseModel.query(on: database).filter(\.$panelID == panelID)
            .filter(\.$status ~~ [CaseStatus.open.rawValue, CaseStatus.closed.rawValue, CaseStatus.anonymised.rawValue])
            .all()
        let ids = records.compactMap(\.id)
        var factors: [UUID: Set<PanelFactor>] = [:]
        if !ids.isEmpty {
            for section in try await PanelCaseSectionModel.query(on: database).filter(\.$caseID ~~ ids).all() {
                for key in section.factors.split(separator: ",") {
                    if let factor = PanelFactor(rawValue: String(key)) { factors[section.caseID, default: []].insert(factor) }
                }
            }
        }
        let facts = records.map { record in
            CaseFacts(
                referredAt: record.createdAt,
                closedAt: record.status == CaseStatus.open.rawValue ? nil : record.finishedAt,
                status: CaseStatus(rawValue: record.status) ?? .open,
                ideology: record.ideology.flatMap(IdeologyCategory.init(rawValue:)),
                ageBand: record.ageBand.flatMap(AgeBand.init(rawValue:)), referralSource: record.referralSource,
                outcome: record.outcome.flatMap(CaseOutcome.init(rawValue:)),
                factors: factors[record.id ?? UUID()] ?? Set(record.indicators.split(separator: ",").compactMap { PanelFactor(rawValue: String($0)) }))
        }
        let counts = InsightCounts.count(facts, sources: AgencyKind.allCases.map(\.rawValue))
        let policy = DisclosurePolicy.standard
        func protect(_ name: String, _ items: [InsightItem]) throws -> [InsightCell] {
            guard !items.isEmpty else { return [] }
            let series = try CountSeries(dimension: name, labels: items.map(\.key), counts: items.map(\.count))
            let protected = DisclosureControl.protect(series: series, policy: policy)
            return zip(items, protected.cells).map { InsightCell(key: $0.key, count: $1) }
        }
        let insight = Insight(
            panel: panelID, generatedAt: services.clock.now(), policy: policy, total: policy.protect(counts.total),
            dimensions: try counts.dimensions.map { InsightDimension(name: $0.name, items: try protect($0.name, $0.items)) },
            trend: try protect("half_year", counts.trend))
        try await services.audit.record(
            AuditEvent(
                actorID: viewer?.actorID, actorLabel: viewer?.label ?? "api token", action: .panelInsightViewed,
                recordType: "case_panel", recordID: panelID.uuidString, cityID: panel.cityID),
            on: database)
        return insight
    }
}
