import Plot

/// Small building blocks shared by the pages.
enum UI {
    /// The hidden CSRF field every state-changing form carries.
    static func csrf(_ page: PageContext) -> any Component {
        Input(type: .hidden, name: "_csrf", value: page.csrfToken)
    }

    /// A labelled input with an optional hint and error, linked for screen readers.
    static func field(
        _ label: String, name: String, type: HTMLInputType = .text, value: String? = nil, required: Bool = false,
        hint: String? = nil, error: String? = nil, autocomplete: String? = nil
    ) -> any Component {
        var input = Input(type: type, name: name, value: value, isRequired: required)
            .id("f-\(name)")
        if let autocomplete { input = input.attribute(named: "autocomplete", value: autocomplete) }
        if error != nil { input = input.attribute(named: "aria-invalid", value: "true") }
        if hint != nil || error != nil {
            input = input.attribute(named: "aria-describedby", value: "f-\(name)-note")
        }
        return Label(label) {
            if let hint { Span(hint).class("hint").id(error == nil ? "f-\(name)-note" : "f-\(name)-hint") }
            if let error { Span(error).class("error").id("f-\(name)-note") }
            input
        }
    }

    /// A labelled select.
    static func select(
        _ label: String, name: String, options: [(value: String, label: String)], selected: String? = nil
    ) -> any Component {
        Label(label) {
            Node<HTML.BodyContext>.element(
                named: "select",
                nodes: [.attribute(named: "name", value: name), .attribute(named: "id", value: "f-\(name)")]
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

    /// A form posting to `action` with its CSRF field.
    static func form(_ page: PageContext, action: String, @ComponentBuilder content: @escaping () -> ComponentGroup)
        -> any Component
    {
        Form(url: action, method: .post) {
            csrf(page)
            content()
        }
        .class("stack")
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

    /// A simple table with a header row.
    static func table(headers: [String], rows: [[String]]) -> any Component {
        Div {
            Table(
                header: TableRow {
                    for header in headers { TableHeaderCell(header) }
                }
            ) {
                for row in rows {
                    TableRow {
                        for cell in row { TableCell(cell) }
                    }
                }
            }
        }
        .class("table-wrap")
    }
}
