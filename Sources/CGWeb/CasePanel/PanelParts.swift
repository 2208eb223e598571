import CGCasePanel
import Plot

/// Pieces the case panel's pages share.
enum PanelParts {
    /// A status message and a list of field errors.
    static func notices(_ page: PageContext, message: String?, errors: [String: String]) -> any Component {
        ComponentGroup {
            if let message { Paragraph(message).class("notice").attribute(named: "role", value: "status") }
            if !errors.isEmpty {
                Div {
                    Paragraph(page.t("form.has_errors"))
                    List(errors.sorted { $0.key < $1.key }) { field, reason in ListItem { Text(page.fieldError(field, reason)) } }
                }
                .class("alert").attribute(named: "role", value: "alert")
            }
        }
    }

    /// Checkboxes for the structured factors.
    static func factorBoxes(_ page: PageContext, name: String) -> any Component {
        FormParts.fieldset(page.t("panel.factors")) {
            for factor in PanelFactor.allCases {
                FormParts.checkbox(name: "\(name)[]", label: page.t("panel.factor.\(factor.rawValue)"), checked: false, value: factor.rawValue)
            }
        }
    }

    /// The ideology categories as select options, with "none".
    static func ideologyOptions(_ page: PageContext) -> [(value: String, label: String)] {
        [("", page.t("panel.none"))] + IdeologyCategory.allCases.map { ($0.rawValue, page.t("panel.ideology.\($0.rawValue)")) }
    }

    /// Print nothing of a case: the stylesheet hides the whole case body on paper.
    static func printGuard() -> any Component {
        Node<HTML.BodyContext>.element(
        named: "style",
        nodes: [.attribute(named: "media", value: "print"), .raw(".panel-case{display:none !important}.print-note{display:block !important}")])
    }
}
