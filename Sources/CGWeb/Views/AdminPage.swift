import CGDomain
import Foundation
import Plot

/// Agencies, staff accounts and API tokens of the administrator's city.
enum AdminPage {
    struct Model: Sendable {
        var agencies: [AgencyDTO]
        var users: [StaffUserDTO]
        var tokens: [APITokenDTO]
        var cities: [(id: String, name: String)]
        var defaultCity: String
        /// A token just created: its secret is shown this once.
        var newToken: String?
        var errors: [String: String] = [:]
        var message: String?
        /// The form whose submission failed: only it shows the field errors and keeps the values typed.
        var failedForm: CreateForm?
        /// What was typed in the failed form (never a password).
        var values: [String: String] = [:]

        /// The reason beside `form`'s field `name`, in the page's language, when that form failed.
        func error(_ name: String, of form: CreateForm, _ page: PageContext) -> String? {
            failedForm == form ? errors[name].map(page.reason) : nil
        }

        /// The value typed in `form`'s field `name`, when that form failed.
        func value(_ name: String, in form: CreateForm) -> String? { failedForm == form ? values[name] : nil }
    }

    /// The page's forms that create something.
    enum CreateForm: Sendable { case agency, user, token }

    static func render(_ page: PageContext, _ model: Model) -> String {
        let agencyNames = Dictionary(model.agencies.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let cityOptions = model.cities.map { (value: $0.id, label: $0.name) }
        return Layout.render(
            page, title: page.t("admin.title"),
            content: ComponentGroup {
                H1(page.t("admin.title"))
                if let message = model.message {
                    Paragraph(message).class("notice").attribute(named: "role", value: "status")
                }
                if !model.errors.isEmpty {
                    Div {
                        Paragraph(page.t("form.has_errors"))
                        List(model.errors.sorted { $0.key < $1.key }) { field, reason in
                            ListItem { Text(page.fieldError(field, reason)) }
                        }
                    }
                    .class("alert").attribute(named: "role", value: "alert")
                }
                if let token = model.newToken {
                    Div {
                        Paragraph(page.t("admin.token_once"))
                        Paragraph { Span(token).class("token") }
                    }
                    .class("notice")
                }

                H2(page.t("admin.agencies"))
                UI.table(
                    headers: [page.t("admin.agency_name"), page.t("admin.agency_kind"), page.t("admin.city")],
                    rows: model.agencies.map { [$0.name, page.t("agency.\($0.kind.rawValue)"), $0.city] })
                UI.form(page, action: SiteRoute.adminAgencies.path) {
                    H3(page.t("admin.new_agency"))
                    UI.field(
                        page.t("admin.agency_name"), name: "name", value: model.value("name", in: .agency), required: true,
                        error: model.error("name", of: .agency, page))
                    UI.select(
                        page.t("admin.agency_kind"), name: "kind",
                        options: AgencyKind.allCases.map { ($0.rawValue, page.t("agency.\($0.rawValue)")) },
                        selected: model.value("kind", in: .agency))
                    UI.select(
                        page.t("admin.city"), name: "city", options: cityOptions,
                        selected: model.value("city", in: .agency) ?? model.defaultCity)
                    Button { Text(page.t("admin.create")) }.attribute(named: "type", value: "submit")
                }

                H2(page.t("admin.users"))
                Div {
                    Table(
                        header: TableRow {
                            TableHeaderCell(page.t("account.name"))
                            TableHeaderCell(page.t("account.email"))
                            TableHeaderCell(page.t("account.role"))
                            TableHeaderCell(page.t("admin.agency"))
                            TableHeaderCell(page.t("admin.status"))
                            TableHeaderCell(page.t("admin.actions"))
                        }
                    ) {
                        for user in model.users {
                            TableRow {
                                TableCell(user.name)
                                TableCell(user.email)
                                TableCell(page.t("role.\(user.role.rawValue)"))
                                TableCell(agencyNames[user.agencyID] ?? "—")
                                TableCell(
                                    user.disabled
                                        ? page.t("admin.disabled")
                                        : (user.totpEnabled ? page.t("admin.active_2fa") : page.t("admin.active")))
                                TableCell {
                                    if !user.disabled {
                                        UI.form(page, action: SiteRoute.adminUserRole(id: user.id.uuidString).path, stacked: false) {
                                            UI.select(
                                                page.t("account.role"), name: "role",
                                                options: Role.allCases.map { ($0.rawValue, page.t("role.\($0.rawValue)")) },
                                                selected: user.role.rawValue)
                                            Button { Text(page.t("admin.change_role")) }
                                                .attribute(named: "type", value: "submit").class("secondary")
                                        }
                                        UI.button(
                                            page, action: SiteRoute.adminUserDisable(id: user.id.uuidString).path,
                                            label: page.t("admin.disable"))
                                    } else {
                                        UI.button(
                                            page, action: SiteRoute.adminUserEnable(id: user.id.uuidString).path,
                                            label: page.t("admin.enable"))
                                    }
                                }
                            }
                        }
                    }
                }
                .class("table-wrap")
                UI.form(page, action: SiteRoute.adminUsers.path) {
                    H3(page.t("admin.new_user"))
                    UI.field(
                        page.t("account.name"), name: "name", value: model.value("name", in: .user), required: true,
                        error: model.error("name", of: .user, page))
                    UI.field(
                        page.t("account.email"), name: "email", type: .email, value: model.value("email", in: .user),
                        required: true, error: model.error("email", of: .user, page), autocomplete: "off")
                    UI.field(
                        page.t("admin.initial_password"), name: "password", type: .password, required: true,
                        hint: page.t("admin.password_hint"), error: model.error("password", of: .user, page),
                        autocomplete: "new-password")
                    UI.select(
                        page.t("account.role"), name: "role",
                        options: Role.allCases.map { ($0.rawValue, page.t("role.\($0.rawValue)")) },
                        selected: model.value("role", in: .user))
                    UI.select(
                        page.t("admin.agency"), name: "agencyID",
                        options: model.agencies.map { ($0.id.uuidString, "\($0.name) (\($0.city))") },
                        selected: model.value("agencyID", in: .user))
                    UI.select(
                        page.t("admin.city"), name: "city", options: cityOptions,
                        selected: model.value("city", in: .user) ?? model.defaultCity)
                    Button { Text(page.t("admin.create")) }.attribute(named: "type", value: "submit")
                }

                H2(page.t("admin.tokens"))
                Div {
                    Table(
                        header: TableRow {
                            TableHeaderCell(page.t("admin.token_name"))
                            TableHeaderCell(page.t("admin.city"))
                            TableHeaderCell(page.t("admin.permissions"))
                            TableHeaderCell(page.t("admin.last_used"))
                            TableHeaderCell(page.t("admin.status"))
                            TableHeaderCell(page.t("admin.actions"))
                        }
                    ) {
                        for token in model.tokens {
                            TableRow {
                                TableCell(token.name)
                                TableCell(token.city)
                                TableCell(token.permissions.joined(separator: ", "))
                                TableCell(token.lastUsedAt.map { UI.minute($0) } ?? "—")
                                TableCell(
                                    token.revokedAt.map { page.t("admin.revoked_at", ["date": UI.minute($0)]) }
                                        ?? (token.creatorDisabled ? page.t("admin.token_suspended") : page.t("admin.active")))
                                TableCell {
                                    // A suspended token can still be revoked, so it stays dead if its creator returns.
                                    if token.revokedAt == nil {
                                        UI.button(
                                            page, action: SiteRoute.adminTokenRevoke(id: token.id.uuidString).path,
                                            label: page.t("admin.revoke"))
                                    }
                                }
                            }
                        }
                    }
                }
                .class("table-wrap")
                UI.form(page, action: SiteRoute.adminTokens.path) {
                    H3(page.t("admin.new_token"))
                    UI.field(
                        page.t("admin.token_name"), name: "name", value: model.value("name", in: .token), required: true,
                        error: model.error("name", of: .token, page))
                    UI.select(
                        page.t("admin.city"), name: "city", options: cityOptions,
                        selected: model.value("city", in: .token) ?? model.defaultCity)
                    UI.field(
                        page.t("admin.permissions"), name: "permissions",
                        value: model.value("permissions", in: .token) ?? "stats:read", required: true,
                        hint: page.t("admin.permissions_hint", ["list": Permission.allCases.map(\.rawValue).joined(separator: ", ")]),
                        error: model.error("permissions", of: .token, page))
                    Button { Text(page.t("admin.create")) }.attribute(named: "type", value: "submit")
                }
            })
    }
}
