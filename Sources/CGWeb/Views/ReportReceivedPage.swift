import Plot

/// Shown once after a report is stored: the reference and the private follow-up link.
enum ReportReceivedPage {
    struct Model: Sendable {
        var reference: String
        var followUpPath: String
        /// The whole address (scheme and host), for a reporter who copies the text rather than the link.
        var followUpURL: String
    }

    static func render(_ page: PageContext, _ model: Model) -> String {
        Layout.render(
            page, title: page.t("report.received_title"),
            content: ComponentGroup {
                H1(page.t("report.received_title"))
                Paragraph(page.t("report.received_lead")).attribute(named: "role", value: "status")
                Paragraph {
                    Text(page.t("report.reference") + " ")
                    Span(model.reference).class("token reference")
                }
                Div {
                    Paragraph(page.t("report.follow_up_once"))
                    Paragraph { Link(model.followUpURL, url: model.followUpPath).class("token") }
                }
                .class("notice")
                Paragraph { Link(page.t("report.another"), url: SiteRoute.report.path) }
            })
    }
}
