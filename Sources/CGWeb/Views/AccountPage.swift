import Plot

/// The signed-in user's own account: password, second factor and logout.
enum AccountPage {
    struct Model: Sendable {
        var name: String
        var email: String
        var role: String
        var totpEnabled: Bool
        /// A freshly generated secret to set up the second factor, when it is off.
        var newSecret: String?
        var provisioningURI: String?
        var message: String?
        /// The reasons per field (English, as the service gave them) of the form that failed.
        var errors: [String: String] = [:]
        var failedForm: Form?

        /// The reason beside `form`'s field `name`, in the page's language, when that form failed.
        func error(_ name: String, of form: Form, _ page: PageContext) -> String? {
            failedForm == form ? errors[name].map(page.reason) : nil
        }
    }

    /// The page's forms that can fail.
    enum Form: Sendable { case enable, disable, password }

    static func render(_ page: PageContext, _ model: Model) -> String {
        Layout.render(
            page, title: page.t("account.title"),
            content: ComponentGroup {
                H1(page.t("account.title"))
                // Listed by label in the page's language (`fieldError`): a failed form's page answers its own path.
                UI.notices(page, message: model.message, errors: model.errors)
                UI.table(
                    headers: [page.t("account.field"), page.t("account.value")],
                    rows: [
                        [page.t("account.name"), model.name], [page.t("account.email"), model.email],
                        [page.t("account.role"), page.t("role.\(model.role)")],
                    ])
                H2(page.t("account.password"))
                // Never filled in, even after a mistake: a password is not sent back to the browser.
                UI.form(page, action: SiteRoute.accountPassword.path) {
                    UI.field(
                        page.t("account.current_password"), name: "current", type: .password, required: true,
                        error: model.error("current", of: .password, page), autocomplete: "current-password")
                    UI.field(
                        page.t("account.new_password"), name: "password", type: .password, required: true,
                        hint: page.t("account.password_hint"), error: model.error("password", of: .password, page),
                        autocomplete: "new-password")
                    UI.field(
                        page.t("account.new_password_again"), name: "again", type: .password, required: true,
                        error: model.error("again", of: .password, page), autocomplete: "new-password")
                    Button { Text(page.t("account.password_change")) }.attribute(named: "type", value: "submit")
                }
                H2(page.t("account.totp"))
                if model.totpEnabled {
                    Paragraph(page.t("account.totp_on"))
                    UI.form(page, action: SiteRoute.accountTOTPDisable.path) {
                        UI.field(
                            page.t("login.code"), name: "code", required: true, error: model.error("code", of: .disable, page),
                            autocomplete: "one-time-code")
                        Button { Text(page.t("account.totp_disable")) }.attribute(named: "type", value: "submit").class("secondary")
                    }
                } else if let secret = model.newSecret {
                    Paragraph(page.t("account.totp_off"))
                    Paragraph(page.t("account.totp_secret_intro"))
                    Paragraph { Span(secret).class("token") }
                    if let uri = model.provisioningURI { Paragraph { Span(uri).class("token hint") } }
                    UI.form(page, action: SiteRoute.accountTOTPEnable.path) {
                        Input(type: .hidden, name: "secret", value: secret)
                        UI.field(
                            page.t("account.totp_code"), name: "code", required: true, error: model.error("code", of: .enable, page),
                            autocomplete: "one-time-code")
                        Button { Text(page.t("account.totp_enable")) }.attribute(named: "type", value: "submit")
                    }
                }
                H2(page.t("account.session"))
                UI.button(page, action: SiteRoute.logout.path, label: page.t("nav.logout"), secondary: false)
            })
    }
}
