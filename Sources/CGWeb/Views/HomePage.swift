import Plot

/// The landing page: what CommonGround is and where to go.
enum HomePage {
    struct Model: Sendable {
        var cities: [(id: String, name: String, areaCount: Int)]
        var isDemo: Bool
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        Layout.render(
            page, title: page.t("home.title"),
            content: ComponentGroup {
                H1(page.t("home.title"))
                if model.isDemo { Paragraph { UI.syntheticBadge(page) } }
                Paragraph(page.t("home.lead"))
                H2(page.t("home.cities"))
                List(model.cities) { city in
                    ListItem { Text(page.t("home.city_line", ["name": city.name, "count": String(city.areaCount)])) }
                }
                if !page.signedIn {
                    Paragraph { Link(page.t("home.staff_login"), url: SiteRoute.login.path) }
                }
            })
    }
}
