import CGCasePanel
import Plot

/// Pieces the case panel's pages share.
enum PanelParts {
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
