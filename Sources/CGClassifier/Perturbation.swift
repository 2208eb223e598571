/// Spelling tricks people use to slip past filters, applied to a word.
enum Perturbation {
    /// `text` with every `term` disguised by one trick: leetspeak, spaced letters, stretched letters, an emoji
    /// inside, capitals, two neighbouring letters swapped, a letter dropped, or the spaces around it removed.
    static func apply(_ term: String, in text: String, using rng: inout SeededGenerator) -> String {
        switch rng.next() % 8 {
        case 0: return text.replacingAll(term, with: leet(term))
        case 1: return text.replacingAll(term, with: term.map(String.init).joined(separator: " "))
        case 2: return text.replacingAll(term, with: stretch(term, using: &rng))
        case 3: return text.replacingAll(term, with: insertEmoji(term, using: &rng))
        case 4: return text.replacingAll(term, with: term.uppercased())
        case 5: return text.replacingAll(term, with: swapLetters(term, using: &rng))
        case 6: return text.replacingAll(term, with: dropLetter(term, using: &rng))
        default: return text.replacingAll(" \(term) ", with: term).replacingAll(" \(term)", with: term)
            .replacingAll("\(term) ", with: term)
        }
    }

    /// Two neighbouring letters inside the word swapped ("muslims" -> "mulsims"); the first letter kept.
    static func swapLetters(_ word: String, using rng: inout SeededGenerator) -> String {
        var chars = Array(word)
        guard chars.count >= 4 else { return word }
        let i = 1 + Int(rng.next() % UInt64(chars.count - 2))
        chars.swapAt(i, i + 1 < chars.count ? i + 1 : i - 1)
        return String(chars)
    }

    /// One letter inside the word dropped ("immigrants" -> "immigrnts"); first and last letters kept.
    static func dropLetter(_ word: String, using rng: inout SeededGenerator) -> String {
        var chars = Array(word)
        guard chars.count >= 5 else { return word }
        chars.remove(at: 1 + Int(rng.next() % UInt64(chars.count - 2)))
        return String(chars)
    }

    static func leet(_ word: String) -> String {
        String(word.map { c -> Character in
            switch c {
            case "a", "A": return "4"
            case "e", "E": return "3"
            case "i", "I": return "1"
            case "o", "O": return "0"
            case "s", "S": return "$"
            default: return c
            }
        })
    }

    static func stretch(_ word: String, using rng: inout SeededGenerator) -> String {
        let chars = Array(word)
        guard !chars.isEmpty else { return word }
        let vowels = chars.indices.filter { "aeiou".contains(chars[$0]) }
        let at = vowels.isEmpty ? chars.count - 1 : vowels[Int(rng.next() % UInt64(vowels.count))]
        var out = chars
        out.insert(contentsOf: [chars[at], chars[at], chars[at]], at: at)
        return String(out)
    }

    static func insertEmoji(_ word: String, using rng: inout SeededGenerator) -> String {
        var chars = Array(word)
        guard chars.count > 2 else { return word + "😡" }
        let emoji: [Character] = ["🙂", "🤮", "😂", "🔥", "👍"]
        chars.insert(emoji[Int(rng.next() % UInt64(emoji.count))], at: 1 + Int(rng.next() % UInt64(chars.count - 2)))
        return String(chars)
    }
}
