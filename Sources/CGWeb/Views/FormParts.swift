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
        var input = Input(type: .radio, name: name, value: value).id(UI.fieldID("\(name)-\(value)"))
        if checked { input = input.attribute(named: "checked", value: "checked") }
        return choice(input, label)
    }

    /// An input followed by its text, inside one label.
    static func choice(_ input: any Component, _ label: String) -> any Component {
        Node<HTML.BodyContext>.element(
            named: "label", nodes: [.attribute(named: "class", value: "choice"), .component(input), .text(" " + label)])
    }

    /// A checkbox with its label. Boxes sharing a name (`factors[]`) are told apart by their value.
    static func checkbox(name: String, label: String, checked: Bool, value: String = "1") -> any Component {
        var input = Input(type: .checkbox, name: name, value: value).id(UI.fieldID(value == "1" ? name : "\(name)-\(value)"))
        if checked { input = input.attribute(named: "checked", value: "checked") }
        return choice(input, label)
    }

    /// A labelled text area with a size limit, an optional hint and error.
    static func textArea(
        _ label: String, name: String, text: String = "", maxLength: Int, required: Bool = false,
        hint: String? = nil, error: String? = nil, rows: Int = 6
    ) -> any Component {
        var area = TextArea(text: text, name: name, numberOfRows: rows, isRequired: required)
            .id(UI.fieldID(name)).attribute(named: "maxlength", value: String(maxLength))
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
        var input = Input(type: type, name: name, value: value, isRequired: required).id(UI.fieldID(name))
            .attribute(named: "maxlength", value: String(maxLength))
        if let autocomplete { input = input.attribute(named: "autocomplete", value: autocomplete) }
        if error != nil { input = input.attribute(named: "aria-invalid", value: "true") }
        return Label(label) {
            if let hint { Span(hint).class("hint") }
            if let error { Span(error).class("error") }
            input
        }
    }

    /// SVG written by CGAnalytics (already escaped), inlined. A `wide` chart (time series, bars: 640–720 units
    /// wide) keeps a minimum width and scrolls sideways on a phone, so its 11–13-unit labels stay readable
    /// instead of shrinking to half their size. A chart of days whose `latest` days matter most (a series, an
    /// event's days near its end) opens scrolled to its right end (the frame's right-to-left direction, the
    /// chart's own left-to-right: no script), so a phone shows the latest days first (2026-12-01, twelfth
    /// session: an event's shaded days lay off-screen).
    static func svg(_ markup: String, wide: Bool = false, latest: Bool = false) -> any Component {
        Div { Node<HTML.BodyContext>.raw(markup) }.class(wide ? (latest ? "chart wide latest" : "chart wide") : "chart")
    }

    /// Short tile labels for every area of a city, unique within it: initials or the first three letters
    /// (numbered areas by their number); where two areas would share one (Harrow, Haringey), the first
    /// letter and the next consonants, then the first word's initial and the last word's first letters, then
    /// the end of the area code.
    static func tileLabels(_ pack: CityPack) -> [String: String] {
        var labels = Dictionary(pack.areas.map { ($0.code, tileLabel($0)) }, uniquingKeysWith: { first, _ in first })
        let fallbacks: [(Area) -> String] = [
            { area in
                let letters = area.englishName.uppercased().filter(\.isLetter)
                return String(letters.prefix(1)) + String(letters.dropFirst().filter { !"AEIOU".contains($0) }.prefix(2))
            },
            { area in
                let words = area.englishName.uppercased().split { !$0.isLetter }
                return String(words.first?.prefix(1) ?? "") + String(words.last?.prefix(2) ?? "")
            },
            { area in String(area.code.suffix(3)) },
        ]
        for fallback in fallbacks {
            let counts = Dictionary(labels.values.map { ($0, 1) }, uniquingKeysWith: +)
            for area in pack.areas where counts[labels[area.code] ?? ""] ?? 0 > 1 {
                labels[area.code] = fallback(area)
            }
        }
        return labels
    }

    /// A short label for an area's tile: its initials, or the first three letters of a one-word name.
    static func tileLabel(_ area: Area) -> String {
        let number = area.englishName.prefix { $0.isNumber }
        if !number.isEmpty { return String(number) }
        let words = area.englishName.split { !$0.isLetter }
        if words.count >= 2 { return String(words.prefix(3).compactMap(\.first)).uppercased() }
        return String(area.englishName.prefix(3)).uppercased()
    }
}
