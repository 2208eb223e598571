/// Spelling tricks people use to slip past filters, applied to a word.
enum Perturbation {
    static func apply(_ word: String, using rng: inout SeededGenerator) -> String {
        switch rng.next() % 5 {
        case 0: return leet(word)
        case 1: return word.map(String.init).joined(separator: " ")
        case 2: return stretch(word, using: &rng)
        case 3: return insertEmoji(word, using: &rng)
        default: return word.uppercased()
        }
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
