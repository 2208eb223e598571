import Plot

/// A page for an error, in plain words.
enum ErrorPage {
    /// `fields` are the reasons of a form's fields that no page of its own shows (each "label: reason"); the
    /// reader is sent back to the form, which the browser's Back button usually returns with what was typed —
    /// or, when the error is about a link rather than a form (an event's key), to the page `back` names.
    static func render(
        _ page: PageContext, status: Int, message: String, fields: [String: String] = [:],
        back: (label: String, url: String)? = nil
    ) -> String {
        Layout.render(
            page, title: page.t("error.title", ["status": String(status)]),
            content: ComponentGroup {
                H1(page.t("error.title", ["status": String(status)]))
                Paragraph(page.reason(message)).attribute(named: "role", value: "alert")
                if !fields.isEmpty {
                    List(fields.sorted { $0.key < $1.key }) { field, reason in
                        ListItem { Text(page.fieldError(field, reason)) }
                    }
                    if back == nil { Paragraph(page.t("error.go_back")) }
                }
                if let back { Paragraph { Link(back.label, url: back.url) } }
                Paragraph { Link(page.t("error.home"), url: SiteRoute.home.path) }
            })
    }
}
