import CGDomain

/// What every page needs to know about the request: the language, the signed-in user, the form token.
/// Views receive this plain struct (and a model of their own), never a request.
public struct PageContext: Sendable {
    /// The interface language.
    public let language: UILanguage
    /// The strings.
    public let localizer: Localizer
    /// The path of the page, for the language switcher's links.
    public let path: String
    /// The token every form must carry.
    public let csrfToken: String
    /// The signed-in staff member's role, if any.
    public let role: Role?
    /// What the signed-in staff member may do.
    public let permissions: Set<Permission>

    /// The string for `key` in the page's language.
    public func t(_ key: String, _ values: [String: String] = [:]) -> String {
        localizer.text(key, language, values)
    }

    /// A reason a service gave in English (a field error, an error page's message), in the page's language.
    public func reason(_ english: String) -> String {
        localizer.reason(english, language)
    }

    /// The twelve month abbreviations of the page's language, January first, for chart axes.
    public var monthNames: [String] {
        t("chart.months").split(separator: ",").map { String($0) }
    }

    /// Whether someone is signed in.
    public var signedIn: Bool { role != nil }
}
