import CGDomain
import Foundation

/// What every page needs to know about the request: the language, the signed-in user, the form token.
/// Views receive this plain struct (and a model of their own), never a request.
public struct PageContext: Sendable {
    /// The interface language.
    public let language: UILanguage
    /// The strings.
    public let localizer: Localizer
    /// The path of the page (the action of a form re-rendered here), for field labels and the language links.
    public let path: String
    /// The query of the page without `lang` (its filters), which the language switcher's links keep.
    public var query: [URLQueryItem] = []
    /// The GET page the language links lead to when it is not `path` (a form re-rendered after a POST).
    public var languagePath: String? = nil
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

    /// One line of a form's error list: the field's label as the form shows it (the form is the one this page
    /// answers, sent to `path`) and the reason, both in the page's language; the reason alone for what the form
    /// shows no field for (the account a button acts on); the field's name only for a form `FormFieldLabels`
    /// does not list.
    public func fieldError(_ field: String, _ reason: String) -> String {
        switch FormFieldLabels.key(field, action: path) {
        case "": return self.reason(reason)
        case let key?: return "\(t(key)): \(self.reason(reason))"
        case nil: return "\(field): \(self.reason(reason))"
        }
    }

    /// The twelve month abbreviations of the page's language, January first, for chart axes.
    public var monthNames: [String] {
        t("chart.months").split(separator: ",").map { String($0) }
    }

    /// Whether someone is signed in.
    public var signedIn: Bool { role != nil }
}
