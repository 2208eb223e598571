import Foundation
import Plot

/// Who opened a case, when and why: the coordinator's view of the audit trail for one case.
enum PanelAccessPage {
    struct Model: Sendable {
        var id: UUID
        var reference: String
        var entries: [PanelAccessLogEntryDTO]
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        Layout.render(
            page, title: page.t("panel.access_title"),
            content: ComponentGroup {
                H1(page.t("panel.access_title") + " · " + model.reference)
                Paragraph { Link(page.t("panel.back_to_case"), url: PanelRoute.caseFile(model.id).path) }
                UI.table(
                    headers: [page.t("panel.when"), page.t("panel.who"), page.t("panel.what"), page.t("panel.reason")],
                    rows: model.entries.map { entry in
                        [entry.at.formatted(.iso8601), entry.actor, page.t("panel.audit.\(entry.action)"), entry.reason ?? ""]
                    })
            })
    }
}
