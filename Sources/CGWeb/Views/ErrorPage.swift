import Plot

/// A page for an error, in plain words.
enum ErrorPage {
    static func render(_ page: PageContext, status: Int, message: String) -> String {
        Layout.render(
            page, title: page.t("error.title", ["status": String(status)]),
            content: ComponentGroup {
                H1(page.t("error.title", ["status": String(status)]))
                Paragraph(page.reason(message)).attribute(named: "role", value: "alert")
                Paragraph { Link(page.t("error.home"), url: SiteRoute.home.path) }
            })
    }
}
