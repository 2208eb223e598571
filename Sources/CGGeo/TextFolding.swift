import Foundation

/// Folding of names and free text for matching: compatibility decomposition (so "Ĳ" becomes "IJ"), diacritics
/// dropped, lower case, a few letters spelled out ("ß" → "ss", "ø" → "o", "æ" → "ae"), apostrophes removed
/// ("Earl's" → "earls"), "&" read as "and", every other non-alphanumeric character a word break.
enum TextFolding {
    /// One word of folded text and where it came from in the original string.
    struct Token {
        var text: String
        var range: Range<String.Index>
        /// Whether the original word started with an upper-case letter.
        var capitalised: Bool
    }

    /// The folded form of `string`: its tokens joined by single spaces.
    static func fold(_ string: String) -> String {
        tokens(of: string).map(\.text).joined(separator: " ")
    }

    /// The folded words of `string`, each with its range in the original.
    static func tokens(of string: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var start = string.startIndex
        var capitalised = false
        func close(at end: String.Index) {
            if !current.isEmpty { tokens.append(Token(text: current, range: start..<end, capitalised: capitalised)) }
            current = ""
        }
        var index = string.startIndex
        while index < string.endIndex {
            let character = string[index]
            let next = string.index(after: index)
            switch classify(character) {
            case .letters(let folded):
                if current.isEmpty {
                    start = index
                    capitalised = character.isUppercase
                }
                current += folded
            case .ignored:
                break
            case .and:
                close(at: index)
                tokens.append(Token(text: "and", range: index..<next, capitalised: false))
            case .separator:
                close(at: index)
            }
            index = next
        }
        close(at: string.endIndex)
        return tokens
    }

    private enum Kind {
        case letters(String)
        case ignored
        case and
        case separator
    }

    private static func classify(_ character: Character) -> Kind {
        if let ascii = character.asciiValue {
            switch ascii {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return .letters(String(character))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                return .letters(String(UnicodeScalar(ascii + 32)))
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                return .ignored
            case UInt8(ascii: "&"):
                return .and
            default:
                return .separator
            }
        }
        if apostrophes.contains(character) { return .ignored }
        var folded = ""
        for scalar in String(character).decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                break
            }
            if let spelled = spelledOut[scalar] {
                folded += spelled
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                folded += scalar.properties.lowercaseMapping
            }
        }
        return folded.isEmpty ? .separator : .letters(folded)
    }

    private static let apostrophes: Set<Character> = ["’", "‘", "ʼ", "´"]

    private static let spelledOut: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ı": "i",
    ]
}
