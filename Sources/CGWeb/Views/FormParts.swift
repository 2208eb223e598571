import CGGeo
import Plot

/// Form pieces the report and triage pages share: fieldsets, radios, checkboxes, text areas and raw SVG.
enum FormParts {
    /// A fieldset with a legend and an optional error, for groups of radios or checkboxes.
    static func fieldset(_ legend: String, error: String? = nil, hint: String? = nil, @ComponentBuilder content: () -> ComponentGroup)
        -> any Component
    {
        let inner = content()
        return Node<HTML.BodyContext>.element(
            named: "fieldset",
            nodes: [
                .element(named: "legend", nodes: [.text(legend)]),
                .component(ComponentGroup {
                    if let hint { Span(hint).class("hint") }
                    if let error { Span(error).class("error").attribute(named: "role", value: "alert") }
                }),
                .component(inner),
            ])
    }

    /// A radio button with its label.
    static func radio(name: String, value: String, label: String, checked: Bool) -> any Component {
        var input = Input(type: .radio, name: name, value: value).id("f-\(name)-\(value)")
        if checked { input = input.attribute(named: "checked", value: "checked") }
        return choice(input, label)
    }

    /// An input followed by its text, inside one label.
    static func choice(_ input: any Component, _ label: String) -> any Component {
        Node<HTML.BodyContext>.element(
            named: "label", nodes: [.attribute(named: "class", value: "choice"), .component(input), .text(" " + label)])
    }

    /// A checkbox with its label.
    static func checkbox(name: String, label: String, checked: Bool, value: String = "1") -> any Component {
        var input = Input(type: .checkbox, name: name, value: value).id("f-\(name)")
        if checked { input = input.attribute(named: "checked", value: "checked") }
        return choice(input, label)
    }

    /// A labelled text area with a size limit, an optional hint and error.
    static func textArea(
        _ label: String, name: String, text: String = "", maxLength: Int, required: Bool = false,
        hint: String? = nil, error: String? = nil, rows: Int = 6
    ) -> any Component {
        var area = TextArea(text: text, name: name, numberOfRows: rows, isRequired: required)
            .id("f-\(name)").attribute(named: "maxlength", value: String(maxLength))
        if error != nil { area = area.attribute(named: "aria-invalid", value: "true") }
        return Label(label) {
            if let hint { Span(hint).class("hint") }
            if let error { Span(error).class("error") }
            area
        }
    }

    /// A labelled input with a size limit and the value kept after a failed submission.
    static func input(
        _ label: String, name: String, type: HTMLInputType = .text, value: String?, maxLength: Int,
        required: Bool = false, hint: String? = nil, error: String? = nil, autocomplete: String? = nil
    ) -> any Component {
        var input = Input(type: type, name: name, value: value, isRequired: required).id("f-\(name)")
            .attribute(named: "maxlength", value: String(maxLength))
        if let autocomplete { input = input.attribute(named: "autocomplete", value: autocomplete) }
        if error != nil { input = input.attribute(named: "aria-invalid", value: "true") }
        return Label(label) {
            if let hint { Span(hint).class("hint") }
            if let error { Span(error).class("error") }
            input
        }
    }

    /// SVG written by CGAnalytics (already escaped), inlined.
    static func svg(_ markup: String) -> any Component {
        Div { Node<HTML.BodyContext>.raw(markup) }.class("chart")
    }

    /// A short label for an area's tile: its initials, or the first three letters of a one-word name.
    static func tileLabel(_ area: Area) -> String {
        let words = area.englishName.split { !$0.isLetter }
        if words.count >= 2 { return String(words.prefix(3).compactMap(\.first)).uppercased() }
        return String(area.englishName.prefix(3)).uppercased()
    }
}
