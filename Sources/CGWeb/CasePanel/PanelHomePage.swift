import Plot

/// The case panel's start page: the panels the user's agency belongs to.
enum PanelHomePage {
    struct Model: Sendable {
        var panels: [CasePanelDTO]
        var mayAdminister: Bool
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        Layout.render(
            page, title: page.t("panel.title"),
            content: ComponentGroup {
                H1(page.t("panel.title"))
                Paragraph(page.t("panel.intro")).class("hint")
                if model.panels.isEmpty { Paragraph(page.t("panel.no_panels")) }
                List(model.panels) { panel in
                    ListItem {
                        Link(panel.name, url: PanelRoute.panel(panel.id).path)
                        if panel.isCoordinator { Text(" · " + page.t("panel.you_coordinate")) }
                    }
                }
                if model.mayAdminister { Paragraph { Link(page.t("panel.admin_title"), url: PanelRoute.admin.path) } }
            })
    }
}
