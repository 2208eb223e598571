import Foundation

/// Folding of names and free text for matching: compatibility decomposition (so "Ĳ" becomes "IJ"), diacritics
/// dropped, lower case, a few letters spelled out ("ß" → "ss", "ø" → "o", "æ" → "ae"), apostrophes removed
/// ("Earl's" → "earls"), "&" read as "and", every other non-alphanumeric character a word break; the words
/// "saint" and "sainte" are read as their abbreviations "st" and "ste" (Parisians write "St-Germain-des-Prés" and
/// "Canal St-Martin"; English names are written both ways).
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

    /// The folded words of `string`, each with its range in the original. Works on Unicode scalars, with a
    /// fast path for ASCII; combining marks are dropped wherever they appear.
    static func tokens(of string: String) -> [Token] {
        var tokens: [Token] = []
        var current: [UInt8] = []
        var start = string.startIndex
        var capitalised = false
        let scalars = string.unicodeScalars
        func close(at end: String.Index) {
            if !current.isEmpty {
                var word = String(decoding: current, as: UTF8.self)
                // Only "saint" and "sainte" are looked up: the lookup stays off the path of every other word.
                if current.first == UInt8(ascii: "s") && (current.count == 5 || current.count == 6) {
                    word = abbreviated[word] ?? word
                }
                tokens.append(Token(text: word, range: start..<end, capitalised: capitalised))
                current.removeAll(keepingCapacity: true)
            }
        }
        func begin(at index: String.Index, upper: Bool) {
            if current.isEmpty {
                start = index
                capitalised = upper
            }
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    begin(at: index, upper: false)
                    current.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    begin(at: index, upper: true)
                    current.append(byte + 32)
                case UInt8(ascii: "'"), UInt8(ascii: "`"):
                    break
                case UInt8(ascii: "&"):
                    close(at: index)
                    tokens.append(Token(text: "and", range: index..<next, capitalised: false))
                default:
                    close(at: index)
                }
            } else {
                switch classify(scalar) {
                case .letters(let folded):
                    begin(at: index, upper: scalar.properties.isUppercase)
                    current.append(contentsOf: folded.utf8)
                case .ignored:
                    break
                case .separator:
                    close(at: index)
                }
            }
            index = next
        }
        close(at: string.endIndex)
        return tokens
    }

    /// Words read as their abbreviation, so that both spellings fold alike.
    private static let abbreviated = ["saint": "st", "sainte": "ste"]

    private enum Kind {
        case letters(String)
        case ignored
        case separator
    }

    /// A non-ASCII scalar: its folded letters, nothing (a mark or an apostrophe), or a word break.
    private static func classify(_ scalar: Unicode.Scalar) -> Kind {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .ignored
        default:
            break
        }
        if apostrophes.contains(scalar) { return .ignored }
        if let spelled = spelledOut[scalar] { return .letters(spelled) }
        var folded = ""
        for part in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            default:
                break
            }
            if let spelled = spelledOut[part] {
                folded += spelled
            } else if part.properties.isAlphabetic || part.properties.numericType != nil {
                folded += part.properties.lowercaseMapping
            }
        }
        return folded.isEmpty ? .separator : .letters(folded)
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["’", "‘", "ʼ", "´"]

    private static let spelledOut: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
        "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ı": "i",
    ]
}
