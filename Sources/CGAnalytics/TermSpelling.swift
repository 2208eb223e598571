/// How a term's spellings are counted as one: by a key with the diacritics of Latin letters folded.
///
/// Term bags keep words as people write them, in lower case with their diacritics ("bögar", "étrangers",
/// "inmigración"); a word typed without its accents, in leetspeak ("b0gar") or stored before bags kept diacritics
/// is in its folded form ("bogar"). Counting merges them under ``key(_:)`` — the folding the classifier's tokeniser
/// applies (ö → o, ß → ss, æ → ae, œ → oe, combining marks dropped) — and shows the spelling written most often
/// (``TermSpellings``).
public enum TermSpelling {
    /// The counting key of `term`: Latin-1 and Latin Extended-A letters folded to ASCII as the classifier folds
    /// them, combining marks (U+0300–U+036F) dropped, everything else kept. A term of ASCII only is its own key,
    /// and a key is its own key.
    public static func key(_ term: String) -> String {
        guard !isASCII(term) else { return term }
        var out = String.UnicodeScalarView()
        for scalar in term.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0xC0...0xFF where v != 0xD7 && v != 0xF7: out.append(contentsOf: latin1(v).unicodeScalars)
            case 0x100...0x17F: out.append(contentsOf: latinExtendedA(v).unicodeScalars)
            case 0x300...0x36F: break
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `term` is ASCII only (its own key).
    @inline(__always)
    public static func isASCII(_ term: String) -> Bool { term.utf8.allSatisfy { $0 < 0x80 } }

    /// The same table as the tokeniser's `foldLatin1` (CGClassifier), upper and lower case alike.
    static func latin1(_ v: UInt32) -> String {
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5: "a"
        case 0xC6, 0xE6: "ae"
        case 0xC7, 0xE7: "c"
        case 0xC8...0xCB, 0xE8...0xEB: "e"
        case 0xCC...0xCF, 0xEC...0xEF: "i"
        case 0xD0, 0xF0: "d"
        case 0xD1, 0xF1: "n"
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: "o"
        case 0xD9...0xDC, 0xF9...0xFC: "u"
        case 0xDD, 0xFD, 0xFF: "y"
        case 0xDE, 0xFE: "th"
        default: "ss"  // 0xDF
        }
    }

    /// The same table as the tokeniser's `foldLatinExtA` (CGClassifier).
    static func latinExtendedA(_ v: UInt32) -> String {
        switch v {
        case 0x100...0x105: "a"
        case 0x106...0x10D: "c"
        case 0x10E...0x111: "d"
        case 0x112...0x11B: "e"
        case 0x11C...0x123: "g"
        case 0x124...0x127: "h"
        case 0x128...0x131: "i"
        case 0x132...0x133: "ij"
        case 0x134...0x135: "j"
        case 0x136...0x138: "k"
        case 0x139...0x142: "l"
        case 0x143...0x14B: "n"
        case 0x14C...0x151: "o"
        case 0x152...0x153: "oe"
        case 0x154...0x159: "r"
        case 0x15A...0x161, 0x17F: "s"
        case 0x162...0x167: "t"
        case 0x168...0x173: "u"
        case 0x174...0x175: "w"
        case 0x176...0x178: "y"
        default: "z"
        }
    }
}
