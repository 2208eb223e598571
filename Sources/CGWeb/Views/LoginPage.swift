import Plot

/// The staff login form; the code field is for accounts with a second factor.
enum LoginPage {
    struct Model: Sendable {
        var email: String = ""
        var message: String?
        var askForCode: Bool = false
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        Layout.render(
            page, title: page.t("login.title"),
            content: ComponentGroup {
                H1(page.t("login.title"))
                if let message = model.message {
                    Paragraph(message).class("alert").attribute(named: "role", value: "alert")
                }
                UI.form(page, action: SiteRoute.login.path) {
                    UI.field(
                        page.t("login.email"), name: "email", type: .email, value: model.email, required: true,
                        autocomplete: "username")
                    UI.field(
                        page.t("login.password"), name: "password", type: .password, required: true,
                        autocomplete: "current-password")
                    UI.field(
                        page.t("login.code"), name: "code", type: .text,
                        hint: page.t(model.askForCode ? "login.code_needed" : "login.code_hint"),
                        autocomplete: "one-time-code")
                    Button { Text(page.t("login.submit")) }.attribute(named: "type", value: "submit")
                }
            })
    }
}
