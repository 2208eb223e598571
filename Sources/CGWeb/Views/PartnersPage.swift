import Plot

/// The support partner directory of a city.
enum PartnersPage {
    struct Model: Sendable {
        var city: String
        var cityName: String
        var partners: [SupportPartnerDTO]
        var areaNames: [String: String]
        var mayEdit: Bool
        var message: String?
        var errors: [String: String] = [:]
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        Layout.render(
            page, title: page.t("partners.title"),
            content: ComponentGroup {
                H1(page.t("partners.title_city", ["city": model.cityName]))
                Paragraph { Link(page.t("triage.back"), url: "\(SiteRoute.triage.path)?city=\(model.city)") }
                UI.notices(page, message: model.message, errors: model.errors)
                Div {
                    Table(
                        header: TableRow {
                            TableHeaderCell(page.t("partners.name"))
                            TableHeaderCell(page.t("partners.services"))
                            TableHeaderCell(page.t("partners.languages"))
                            TableHeaderCell(page.t("partners.areas"))
                            TableHeaderCell(page.t("partners.contact"))
                            TableHeaderCell(page.t("admin.status"))
                        }
                    ) {
                        for partner in model.partners {
                            TableRow {
                                TableCell(partner.name)
                                TableCell(partner.services)
                                TableCell(partner.languages)
                                TableCell(
                                    partner.areasServed.isEmpty
                                        ? page.t("partners.whole_city")
                                        : partner.areasServed.map { model.areaNames[$0] ?? $0 }.joined(separator: ", "))
                                TableCell(partner.contact)
                                TableCell {
                                    Text(page.t(partner.active ? "partners.active" : "partners.inactive"))
                                    if model.mayEdit {
                                        Form(url: SiteRoute.triagePartnerActive(id: partner.id.uuidString).path, method: .post) {
                                            UI.csrf(page)
                                            Input(type: .hidden, name: "active", value: partner.active ? "0" : "1")
                                            Button { Text(page.t(partner.active ? "partners.deactivate" : "partners.activate")) }
                                                .attribute(named: "type", value: "submit").class("secondary")
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                .class("table-wrap")
                if model.mayEdit {
                    UI.form(page, action: "\(SiteRoute.triagePartners.path)?city=\(model.city)") {
                        H2(page.t("partners.new"))
                        UI.field(page.t("partners.name"), name: "name", required: true, error: model.errors["name"])
                        UI.field(page.t("partners.services"), name: "services", required: true, error: model.errors["services"])
                        UI.field(page.t("partners.languages"), name: "languages", required: true, error: model.errors["languages"])
                        UI.field(
                            page.t("partners.areas"), name: "areasServed", hint: page.t("partners.areas_hint"),
                            error: model.errors["areasServed"])
                        UI.field(page.t("partners.contact"), name: "contact", required: true, error: model.errors["contact"])
                        Button { Text(page.t("admin.create")) }.attribute(named: "type", value: "submit")
                    }
                }
            })
    }
}
