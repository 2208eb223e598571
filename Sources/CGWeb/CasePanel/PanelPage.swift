import CGCasePanel
import Plot

/// A panel: its cases (reference and status only), the next meeting's agenda, the referral form and the
/// coordinators' "already known?" check.
enum PanelPage {
    struct Model: Sendable {
        var panel: CasePanelDTO
        var cases: [PanelCaseSummaryDTO]
        var meeting: String
        var agenda: [CasePanelService.AgendaItem]
        var message: String?
        var errors: [String: String] = [:]
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        Layout.render(
            page, title: model.panel.name,
            content: ComponentGroup {
                H1(model.panel.name)
                UI.notices(page, message: model.message, errors: model.errors)
                Paragraph { Link(page.t("panel.insight_title"), url: PanelRoute.insight(panel: model.panel.id).path) }
                H2(page.t("panel.agenda", ["date": model.meeting]))
                if model.agenda.isEmpty { Paragraph(page.t("panel.agenda_empty")) }
                List(model.agenda) { item in
                    ListItem {
                        Link(item.reference, url: PanelRoute.caseFile(item.id).path)
                        Text(" · \(page.t("panel.status.\(item.status)")) · \(page.t("panel.due")) \(item.dueOn)")
                        if item.overdueActions > 0 {
                            Span(" · " + page.t("panel.overdue_actions", ["count": String(item.overdueActions)])).class("error")
                        }
                    }
                }
                H2(page.t("panel.cases"))
                UI.table(
                    headers: [page.t("panel.reference"), page.t("panel.status"), page.t("panel.next_review")],
                    rows: model.cases.map { [$0.reference, page.t("panel.status.\($0.status)"), $0.nextReviewOn ?? "—"] })
                List(model.cases) { item in ListItem { Link(page.t("panel.open_case", ["reference": item.reference]), url: PanelRoute.caseFile(item.id).path) } }
                UI.form(page, action: PanelRoute.referrals(panel: model.panel.id).path) {
                    H2(page.t("panel.refer_title"))
                    Paragraph(page.t("panel.refer_hint")).class("hint")
                    UI.field(page.t("panel.person_name"), name: "name", required: true, error: model.errors["name"], autocomplete: "off")
                    UI.field(page.t("panel.date_of_birth"), name: "dateOfBirth", type: .date, required: true, error: model.errors["dateOfBirth"], autocomplete: "off")
                    FormParts.textArea(page.t("panel.referral_reason"), name: "reason", maxLength: 8_000, required: true, error: model.errors["reason"])
                    PanelParts.factorBoxes(page, name: "indicators")
                    Button { Text(page.t("panel.refer")) }.attribute(named: "type", value: "submit")
                }
                if model.panel.isCoordinator {
                    UI.form(page, action: PanelRoute.known(panel: model.panel.id).path) {
                        H2(page.t("panel.known_title"))
                        Paragraph(page.t("panel.known_hint")).class("hint")
                        UI.field(page.t("panel.person_name"), name: "name", required: true, autocomplete: "off")
                        UI.field(page.t("panel.date_of_birth"), name: "dateOfBirth", type: .date, required: true, autocomplete: "off")
                        Button { Text(page.t("panel.known_check")) }.attribute(named: "type", value: "submit")
                    }
                }
            })
    }
}
