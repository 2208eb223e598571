import Foundation
import Plot

/// Small building blocks shared by the pages.
enum UI {
    /// The form whose fields are being built (its action as an id fragment), so that two forms on one page — a
    /// role form on every row of a table, the agency and user forms that both ask for a name — give their fields
    /// different ids. Set by `form(_:action:content:)` while it builds its fields.
    @TaskLocal static var formScope: String?

    /// The element id of the field `name` in the form being built: `f-{form}-{name}` inside a form made with
    /// `form(_:action:content:)`, `f-{name}` outside one (the page's one filter form). `[]` and other characters
    /// an id should not carry become `-`.
    static func fieldID(_ name: String) -> String {
        ["f", formScope, idFragment(name)].compactMap { $0 }.joined(separator: "-")
    }

    /// `text` as a piece of an element id: letters, digits, `_` and `-`; a form's action without its query.
    static func idFragment(_ text: String) -> String {
        let path = text.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? text
        let kept = path.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? String($0) : "-" }.joined()
        return kept.split(separator: "-").joined(separator: "-")
    }

    /// Runs `content` as the building of the form posting to `action` (see `formScope`).
    static func scoped<Result>(_ action: String, _ content: () -> Result) -> Result {
        $formScope.withValue(idFragment(action), operation: content)
    }

    /// The hidden CSRF field every state-changing form carries.
    static func csrf(_ page: PageContext) -> any Component {
        Input(type: .hidden, name: "_csrf", value: page.csrfToken)
    }

    /// A labelled input with an optional hint and error, linked for screen readers.
    static func field(
        _ label: String, name: String, type: HTMLInputType = .text, value: String? = nil, required: Bool = false,
        hint: String? = nil, error: String? = nil, autocomplete: String? = nil
    ) -> any Component {
        // Every id is worked out here, while the form's scope is set: a builder closure may run later.
        let id = fieldID(name)
        var input = Input(type: type, name: name, value: value, isRequired: required).id(id)
        if let autocomplete { input = input.attribute(named: "autocomplete", value: autocomplete) }
        if error != nil { input = input.attribute(named: "aria-invalid", value: "true") }
        if hint != nil || error != nil {
            input = input.attribute(named: "aria-describedby", value: "\(id)-note")
        }
        let hintID = error == nil ? "\(id)-note" : "\(id)-hint"
        return Label(label) {
            if let hint { Span(hint).class("hint").id(hintID) }
            if let error { Span(error).class("error").id("\(id)-note") }
            input
        }
    }

    /// A labelled select.
    static func select(
        _ label: String, name: String, options: [(value: String, label: String)], selected: String? = nil
    ) -> any Component {
        let id = fieldID(name)
        return Label(label) {
            Node<HTML.BodyContext>.element(
                named: "select",
                nodes: [.attribute(named: "name", value: name), .attribute(named: "id", value: id)]
                    + options.map { option in
                        Node<HTML.BodyContext>.element(
                            named: "option",
                            nodes: [
                                // Plot drops empty attributes by default; an <option> without `value` submits
                                // its label instead ("— not online —"), so the empty choice must keep value="".
                                .attribute(named: "value", value: option.value, ignoreIfValueIsEmpty: false),
                                option.value == selected ? .attribute(named: "selected", value: "selected") : .group([]),
                                .text(option.label),
                            ])
                    })
        }
    }

    /// A form posting to `action` with its CSRF field; its fields' ids carry the action (`formScope`). A form of
    /// its own stacks its fields; one in a table row (`stacked: false`) takes the table's compact style.
    static func form(
        _ page: PageContext, action: String, stacked: Bool = true, @ComponentBuilder content: () -> ComponentGroup
    ) -> any Component {
        // Plot builds an element's children when it renders them, not when it is made: the fields are rendered
        // here, inside the form's scope, so a field nested in a <div> gets the form's ids too.
        let fields = scoped(action) { content().render() }
        let form = Form(url: action, method: .post) {
            csrf(page)
            Node<HTML.BodyContext>.raw(fields)
        }
        return stacked ? form.class("stack") : form
    }

    /// A status message and the list of a failed form's errors, each field named by the label its form shows
    /// (`PageContext.fieldError`: the page must answer the form's own path).
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

    /// An inline one-button form (revoke, disable, log out).
    static func button(_ page: PageContext, action: String, label: String, secondary: Bool = true) -> any Component {
        Form(url: action, method: .post) {
            csrf(page)
            Button { Text(label) }.attribute(named: "type", value: "submit").class(secondary ? "secondary" : "")
        }
    }

    /// A banner saying the data is synthetic.
    static func syntheticBadge(_ page: PageContext) -> any Component {
        Span(page.t("demo.synthetic")).class("synthetic")
    }

    /// A simple table with a header row. `links`, when given, holds one URL per row (or nil): that row's first
    /// cell links there (the events table leads to each event's page).
    static func table(headers: [String], rows: [[String]], links: [String?] = []) -> any Component {
        Div {
            Table(
                header: TableRow {
                    for header in headers { TableHeaderCell(header) }
                }
            ) {
                for (index, row) in rows.enumerated() {
                    TableRow {
                        for (column, cell) in row.enumerated() {
                            if column == 0, index < links.count, let url = links[index] {
                                TableCell { Link(cell, url: url) }
                            } else if isDay(cell) {
                                // A day alone in a cell stays on one line: a narrow column broke it at its
                                // hyphens ("2026-" above "11-02") in the events and alerts tables on a phone.
                                TableCell(cell).class("day")
                            } else {
                                TableCell(cell)
                            }
                        }
                    }
                }
            }
        }
        .class("table-wrap")
    }

    /// `date` to the minute in UTC, `YYYY-MM-DD HH:MM`: how the staff pages (triage, follow-up, administration,
    /// sources) show when something happened. One function instead of a formatter built by each page.
    static func minute(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(
            format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// Whether `text` is one day, `YYYY-MM-DD`.
    static func isDay(_ text: String) -> Bool {
        text.utf8.count == 10 && text.enumerated().allSatisfy { index, character in
            index == 4 || index == 7 ? character == "-" : character.isASCII && character.isNumber
        }
    }
}
