import CGDomain
import Plot

/// The public report form: no account, no JavaScript, one column on a phone. The area can be picked from a
/// list or by clicking its tile on the city's map (each tile is a plain link that reloads the form with the
/// area chosen).
enum ReportPage {
    struct Model: Sendable {
        var cityID: String
        var cityName: String
        var cities: [(id: String, name: String)]
        var areas: [(code: String, name: String)]
        /// Submitted values by form field name, kept after a failed submission.
        var values: [String: String]
        var errors: [String: String] = [:]
        /// The tile map of the city's areas as SVG, tiles linking to this page with the area chosen.
        var tileMap: String
        /// Today in the city, the latest date the form accepts.
        var today: String
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        let value = { (name: String) in model.values[name] }
        let checked = { (name: String) in model.values[name].map { !$0.isEmpty } ?? false }
        return Layout.render(
            page, title: page.t("report.title"),
            content: ComponentGroup {
                H1(page.t("report.title"))
                Paragraph(page.t("report.lead"))
                Paragraph(page.t("report.emergency")).class("notice")
                if !model.errors.isEmpty {
                    Div {
                        Paragraph(page.t("form.has_errors"))
                        List(model.errors.sorted { Self.formOrder($0.key) < Self.formOrder($1.key) }) { field, reason in
                            ListItem { Text("\(page.t("report.field.\(Self.fieldKey(field))")): \(reason)") }
                        }
                    }
                    .class("alert").attribute(named: "role", value: "alert")
                }
                Form(url: SiteRoute.report.path, method: .get) {
                    UI.select(
                        page.t("report.city"), name: "city", options: model.cities.map { ($0.id, $0.name) },
                        selected: model.cityID)
                    Button { Text(page.t("report.change_city")) }.attribute(named: "type", value: "submit").class("secondary")
                }
                .class("inline")
                H2(page.t("report.map_title"))
                Paragraph(page.t("report.map_hint")).class("hint")
                FormParts.svg(model.tileMap)

                UI.form(page, action: SiteRoute.report.path) {
                    Input(type: .hidden, name: "city", value: model.cityID)
                    FormParts.fieldset(page.t("report.what"), error: model.errors["type"]) {
                        for type in IncidentType.allCases {
                            FormParts.radio(
                                name: "type", value: type.rawValue, label: page.t("incident_type.\(type.rawValue)"),
                                checked: value("type") == type.rawValue)
                        }
                    }
                    FormParts.textArea(
                        page.t("report.description"), name: "description", text: value("description") ?? "",
                        maxLength: ReportValidator.Limit.description, required: true,
                        hint: page.t("report.description_hint"), error: model.errors["description"])
                    FormParts.fieldset(
                        page.t("report.who"), error: model.errors["characteristics"], hint: page.t("report.who_hint")
                    ) {
                        for characteristic in TargetedCharacteristic.allCases {
                            FormParts.checkbox(
                                name: "c_\(characteristic.rawValue)",
                                label: page.t("characteristic.\(characteristic.rawValue)"),
                                checked: checked("c_\(characteristic.rawValue)"))
                        }
                    }
                    FormParts.fieldset(page.t("report.religion"), error: model.errors["religion"], hint: page.t("report.religion_hint")) {
                        for religion in ReligionGroup.allCases {
                            FormParts.radio(
                                name: "religion", value: religion.rawValue, label: page.t("religion.\(religion.rawValue)"),
                                checked: value("religion") == religion.rawValue)
                        }
                    }
                    FormParts.fieldset(page.t("report.when"), error: model.errors["date"] ?? model.errors["time"]) {
                        Input(type: .date, name: "date", value: value("date"), isRequired: true)
                            .id(UI.fieldID("date")).attribute(named: "max", value: model.today)
                            .attribute(named: "aria-label", value: page.t("report.date"))
                        Input(type: .time, name: "time", value: value("time"))
                            .id(UI.fieldID("time")).attribute(named: "aria-label", value: page.t("report.time"))
                        Span(page.t("report.when_hint")).class("hint")
                    }
                    FormParts.fieldset(page.t("report.where"), error: model.errors["area"] ?? model.errors["latitude"]) {
                        UI.select(
                            page.t("report.area"), name: "area",
                            options: [("", page.t("report.area_none"))] + model.areas.map { ($0.code, $0.name) },
                            selected: value("area") ?? "")
                        FormParts.input(
                            page.t("report.latitude"), name: "latitude", value: value("latitude"), maxLength: 20,
                            hint: page.t("report.coordinate_hint"), error: model.errors["latitude"])
                        FormParts.input(
                            page.t("report.longitude"), name: "longitude", value: value("longitude"), maxLength: 20,
                            error: model.errors["longitude"])
                        UI.select(
                            page.t("report.platform"), name: "platform",
                            options: [("", page.t("report.platform_none"))]
                                + OnlinePlatform.allCases.map { ($0.rawValue, page.t("platform.\($0.rawValue)")) },
                            selected: value("platform") ?? "")
                        FormParts.input(
                            page.t("report.link"), name: "link", type: .url, value: value("link"),
                            maxLength: ReportValidator.Limit.link, error: model.errors["link"])
                    }
                    FormParts.fieldset(page.t("report.you"), error: model.errors["reporter"]) {
                        for role in ReporterRole.allCases {
                            FormParts.radio(
                                name: "reporter", value: role.rawValue, label: page.t("reporter.\(role.rawValue)"),
                                checked: value("reporter") == role.rawValue)
                        }
                    }
                    FormParts.fieldset(page.t("report.police"), error: model.errors["policeReference"]) {
                        FormParts.checkbox(name: "policeReported", label: page.t("report.police_reported"), checked: checked("policeReported"))
                        FormParts.input(
                            page.t("report.police_reference"), name: "policeReference", value: value("policeReference"),
                            maxLength: ReportValidator.Limit.policeReference)
                    }
                    FormParts.fieldset(
                        page.t("report.support"),
                        error: model.errors["contact"] ?? model.errors["consentToContact"] ?? model.errors["consentToReferral"],
                        hint: page.t("report.support_hint")
                    ) {
                        FormParts.checkbox(name: "wantsSupport", label: page.t("report.wants_support"), checked: checked("wantsSupport"))
                        FormParts.checkbox(name: "consentToContact", label: page.t("report.consent_contact"), checked: checked("consentToContact"))
                        FormParts.checkbox(name: "consentToReferral", label: page.t("report.consent_referral"), checked: checked("consentToReferral"))
                        FormParts.input(
                            page.t("report.contact_name"), name: "name", value: value("name"),
                            maxLength: ReportValidator.Limit.name, error: model.errors["contact.name"], autocomplete: "name")
                        FormParts.input(
                            page.t("report.contact_email"), name: "email", type: .email, value: value("email"),
                            maxLength: ReportValidator.Limit.email, error: model.errors["contact.email"], autocomplete: "email")
                        FormParts.input(
                            page.t("report.contact_phone"), name: "phone", type: .tel, value: value("phone"),
                            maxLength: ReportValidator.Limit.phone, error: model.errors["contact.phone"], autocomplete: "tel")
                        FormParts.input(
                            page.t("report.contact_notes"), name: "contactNotes", value: value("contactNotes"),
                            maxLength: ReportValidator.Limit.contactNotes, error: model.errors["contact.notes"])
                    }
                    // A field people never see; bots that fill every field give themselves away.
                    Div {
                        Label(page.t("report.honeypot")) {
                            Input(type: .text, name: "website").id(UI.fieldID("website")).attribute(named: "tabindex", value: "-1")
                                .attribute(named: "autocomplete", value: "off")
                        }
                    }
                    .class("hp").attribute(named: "aria-hidden", value: "true")
                    Paragraph(page.t("report.privacy")).class("hint")
                    Button { Text(page.t("report.submit")) }.attribute(named: "type", value: "submit")
                }
            })
    }

    /// The catalogue key part for an API field name (`contact.email` → `contact_email`).
    /// The fields in the order the form asks for them, so the error summary reads top to bottom like the form.
    static let fieldOrder = [
        "form", "city", "type", "description", "characteristics", "religion", "date", "time", "area", "latitude",
        "longitude", "platform", "link", "reporter", "policeReference", "contact", "consentToContact",
        "consentToReferral", "contact.name", "contact.email", "contact.phone", "contact.notes",
    ]

    /// Where `field` comes in the form; an unknown field (an idempotency key) after all others, by name.
    static func formOrder(_ field: String) -> (Int, String) {
        (fieldOrder.firstIndex(of: field) ?? fieldOrder.count, field)
    }

    static func fieldKey(_ field: String) -> String {
        switch field {
        case "contact.name": return "contact_name"
        case "contact.email": return "contact_email"
        case "contact.phone": return "contact_phone"
        case "contact.notes": return "contact_notes"
        case "consentToContact": return "consent_contact"
        case "consentToReferral": return "consent_referral"
        case "policeReference": return "police_reference"
        case "Idempotency-Key": return "idempotency"
        default: return field.lowercased()
        }
    }
}
