import Plot

/// Panels of a city for administrators: create a panel, add member agencies and coordinators.
enum PanelAdminPage {
    struct Model: Sendable {
        var city: String
        var panels: [CasePanelDTO]
        var agencies: [(id: String, name: String)]
        /// Users who may work on cases, as (id, "name · agency").
        var users: [(id: String, label: String)]
        var message: String?
        var errors: [String: String] = [:]
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        let names = Dictionary(model.agencies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let users = Dictionary(model.users.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        return Layout.render(
            page, title: page.t("panel.admin_title"),
            content: ComponentGroup {
                H1(page.t("panel.admin_title"))
                UI.notices(page, message: model.message, errors: model.errors)
                for panel in model.panels {
                    H2(panel.name)
                    Paragraph(page.t("panel.members") + ": " + panel.agencies.map { names[$0.uuidString] ?? $0.uuidString }.joined(separator: ", "))
                    Paragraph(page.t("panel.coordinators") + ": " + panel.coordinators.map { users[$0.uuidString] ?? $0.uuidString }.joined(separator: ", "))
                    UI.form(page, action: PanelRoute.adminAgencies(panel: panel.id).path + "?city=\(model.city)") {
                        UI.select(page.t("panel.agency"), name: "agency", options: model.agencies.map { ($0.id, $0.name) })
                        Button { Text(page.t("panel.add_agency")) }.attribute(named: "type", value: "submit")
                    }
                    UI.form(page, action: PanelRoute.adminCoordinators(panel: panel.id).path + "?city=\(model.city)") {
                        UI.select(page.t("panel.coordinator_user"), name: "user", options: model.users.map { ($0.id, $0.label) })
                        Paragraph(page.t("panel.coordinator_hint")).class("hint")
                        Button { Text(page.t("panel.add_coordinator")) }.attribute(named: "type", value: "submit")
                    }
                }
                UI.form(page, action: PanelRoute.admin.path + "?city=\(model.city)") {
                    H2(page.t("panel.new_panel"))
                    UI.field(page.t("panel.name"), name: "name", required: true, error: model.errors["name"])
                    UI.field(page.t("panel.weekdays"), name: "weekdays", value: "3,6", hint: page.t("panel.weekdays_hint"), error: model.errors["weekdays"])
                    UI.field(page.t("panel.review_interval"), name: "reviewIntervalDays", type: .number, value: "28", error: model.errors["reviewIntervalDays"])
                    UI.field(page.t("panel.retention_days"), name: "retentionDays", type: .number, value: "730", error: model.errors["retentionDays"])
                    Button { Text(page.t("admin.create")) }.attribute(named: "type", value: "submit")
                }
            })
    }
}
