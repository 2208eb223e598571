import CGDomain
import Foundation

extension PageContext {
    /// The link to this page in `language`: the same page and query (filters kept), `lang` set.
    public func languageLink(_ language: UILanguage) -> String {
        Self.url(path: languagePath ?? path, query: query + [URLQueryItem(name: "lang", value: language.rawValue)])
    }

    /// Only unreserved ASCII stays as typed in a query name or value; everything else is percent-encoded.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `path` with `query` percent-encoded (an `&`, `=` or `+` in a value stays part of that value).
    public static func url(path: String, query: [URLQueryItem]) -> String {
        guard !query.isEmpty else { return path }
        let encode = { (text: String) in text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "" }
        return path + "?" + query.map { "\(encode($0.name))=\(encode($0.value ?? ""))" }.joined(separator: "&")
    }
}
