import Plot

/// The page frame: header with navigation and language switcher, main content, footer. Works without
/// JavaScript and on a phone; all styling is inline so the page needs no other request.
enum Layout {
    static func render(_ page: PageContext, title: String, content: any Component) -> String {
        let html = HTML(
            .attribute(named: "lang", value: page.language.rawValue),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", text: "\(title) · \(page.t("app.name"))"),
                .style(Stylesheet.css + Stylesheet.incidentsCSS)
            ),
            .body(.component(frame(page, content: content)))
        )
        return html.render()
    }

    private static func frame(_ page: PageContext, content: any Component) -> any Component {
        ComponentGroup {
            Link(page.t("nav.skip"), url: "#main").class("skip")
            Header {
                Navigation {
                    Link(page.t("app.name"), url: SiteRoute.home.path).class("brand")
                    for item in navigation(page) {
                        Link(item.label, url: item.path)
                    }
                }
                .accessibilityLabel(page.t("nav.label"))
                languageSwitcher(page)
            }
            Node<HTML.BodyContext>.element(
                named: "main", nodes: [.attribute(named: "id", value: "main"), .component(content)])
            Footer {
                Paragraph(page.t("footer.text"))
            }
        }
    }

    private static func navigation(_ page: PageContext) -> [(label: String, path: String)] {
        var items: [(String, String)] = [
            (page.t("nav.report"), SiteRoute.report.path), (page.t("nav.observatory"), SiteRoute.observatory.path),
        ]
        if page.permissions.contains(.reportsRead) {
            items.append((page.t("nav.triage"), SiteRoute.triage.path))
        }
        if page.permissions.contains(.messagesRead) { items.append((page.t("sentiment.nav"), AnalysisRoute.dashboard.path)) }
        if page.permissions.contains(.casesRead) { items.append((page.t("panel.title"), PanelRoute.home.path)) }
        if page.permissions.contains(.usersManage) {
            items.append((page.t("nav.admin"), SiteRoute.admin.path))
        }
        if page.signedIn {
            items.append((page.t("nav.account"), SiteRoute.account.path))
        } else {
            items.append((page.t("nav.login"), SiteRoute.login.path))
        }
        return items
    }

    private static func languageSwitcher(_ page: PageContext) -> any Component {
        Navigation {
            for language in UILanguage.allCases {
                if language == page.language {
                    Span(language.nativeName).class("current").attribute(named: "aria-current", value: "true")
                } else {
                    Link(language.nativeName, url: page.languageLink(language))
                        .attribute(named: "hreflang", value: language.rawValue)
                        .attribute(named: "lang", value: language.rawValue)
                }
            }
        }
        .class("languages")
        .accessibilityLabel(page.t("nav.languages"))
    }
}
