import Foundation

/// A form of a rendered page read the way a browser reads it before submitting: the fields a person leaves
/// untouched are sent as the page set them. In particular a `<select>` sends its selected option (or its first),
/// and an `<option>` without a `value` attribute sends its label — tests that post only the fields they fill
/// cannot see that.
struct BrowserForm {
    /// The form's action, as written in the page (entities decoded).
    var action: String
    /// GET or POST.
    var method: String
    /// Name and value of every field a browser would submit untouched, in page order.
    var fields: [(name: String, value: String)]

    /// The first form in `html` with this action (and method, when given); nil when there is none.
    init?(in html: String, action: String, method: String? = nil) {
        let forms = Self.matches(#"<form\b([^>]*)>(.*?)</form>"#, in: html)
        guard
            let form = forms.first(where: { form in
                let attributes = Self.attributes(form[1])
                return Self.decode(attributes["action"] ?? "") == action
                    && (method == nil || (attributes["method"] ?? "get").uppercased() == method?.uppercased())
            })
        else { return nil }
        let attributes = Self.attributes(form[1])
        self.action = Self.decode(attributes["action"] ?? "")
        self.method = (attributes["method"] ?? "get").uppercased()
        self.fields = Self.fields(form[2])
    }

    /// The values to send after a person fills `filled` in (a filled name replaces the page's value, or is added).
    func values(filling filled: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        for field in fields { result[field.name] = field.value }
        for (name, value) in filled { result[name] = value }
        return result
    }

    /// The URL a GET form navigates to after `filled` is filled in.
    func url(filling filled: [String: String]) -> String {
        let query = values(filling: filled).sorted { $0.key < $1.key }
            .map { "\(Browser.encode($0.key))=\(Browser.encode($0.value))" }.joined(separator: "&")
        return action + (action.contains("?") ? "&" : "?") + query
    }

    private static func fields(_ body: String) -> [(name: String, value: String)] {
        var found: [(offset: Int, name: String, value: String)] = []
        for match in matchRanges(#"<input\b([^>]*)>"#, in: body) {
            let attributes = attributes(match.groups[1])
            guard let name = attributes["name"] else { continue }
            let type = (attributes["type"] ?? "text").lowercased()
            if ["submit", "button", "reset", "image", "file"].contains(type) { continue }
            if (type == "checkbox" || type == "radio") && attributes["checked"] == nil { continue }
            let fallback = type == "checkbox" || type == "radio" ? "on" : ""
            found.append((match.offset, name, decode(attributes["value"] ?? fallback)))
        }
        for match in matchRanges(#"<textarea\b([^>]*)>(.*?)</textarea>"#, in: body) {
            guard let name = attributes(match.groups[1])["name"] else { continue }
            found.append((match.offset, name, decode(match.groups[2])))
        }
        for match in matchRanges(#"<select\b([^>]*)>(.*?)</select>"#, in: body) {
            guard let name = attributes(match.groups[1])["name"] else { continue }
            let options = matches(#"<option\b([^>]*)>(.*?)</option>"#, in: match.groups[2])
            guard let chosen = options.first(where: { attributes($0[1])["selected"] != nil }) ?? options.first
            else { continue }
            // The HTML rule: no value attribute means the option's text is its value.
            found.append((match.offset, name, decode(attributes(chosen[1])["value"] ?? chosen[2])))
        }
        return found.sorted { $0.offset < $1.offset }.map { ($0.name, $0.value) }
    }

    private static func attributes(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for match in matches(#"([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*"([^"]*)")?"#, in: text) {
            result[match[1].lowercased()] = match[2]
        }
        return result
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        matchRanges(pattern, in: text).map(\.groups)
    }

    private static func matchRanges(_ pattern: String, in text: String) -> [(offset: Int, groups: [String])] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else {
            return []
        }
        let source = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: source.length)).map { result in
            let groups = (0..<result.numberOfRanges).map { index -> String in
                let range = result.range(at: index)
                return range.location == NSNotFound ? "" : source.substring(with: range)
            }
            return (result.range.location, groups)
        }
    }

    static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
