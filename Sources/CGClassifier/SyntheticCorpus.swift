import Foundation

/// Training sentences written for this project: templates × group terms × languages, teaching the cases
/// corpora teach badly (negation, counter-speech, quotation, reclaimed slurs, positive and neutral mentions,
/// profanity without hate, creative spelling, threats, dehumanisation, hate against majority groups).
///
/// The functional suite (``FunctionalSuite``) is held out: different templates and wording.
public enum SyntheticCorpus {
    /// The template families for `language` (empty when none are written).
    static func families(_ language: Language) -> [TemplateFamily] {
        switch language {
        case .en: return english
        case .es: return spanish
        case .fr: return french
        case .nl: return dutch
        case .sv: return swedish
        case .ca: return catalan
        case .other: return []
        }
    }

    /// All synthetic training examples for `language`, deterministic.
    public static func examples(language: Language, seed: UInt64 = 7) -> [LabeledExample] {
        expand(families(language), language: language, source: "synthetic", seed: seed, perturb: true)
    }

    /// Expands template families into examples.
    static func expand(
        _ families: [TemplateFamily], language: Language, source: String, seed: UInt64, perturb: Bool
    ) -> [LabeledExample] {
        var rng = SeededGenerator(seed: seed)
        let groups = GroupVocabulary.terms[language] ?? []
        let slurs = GroupVocabulary.slurs[language] ?? []
        var out: [LabeledExample] = []
        for family in families {
            for template in family.templates {
                let fills: [(String, TargetGroup)?]
                if template.contains("{G}") || template.contains("{A}") {
                    fills = groups.map { Optional($0) }
                } else if template.contains("{S}") {
                    fills = slurs.map { Optional($0) }
                } else {
                    fills = [nil]
                }
                for fill in fills {
                    var text = template
                    var targets: [TargetGroup]? = family.hateful ? nil : []
                    if let (term, group) = fill {
                        text = text.replacingAll("{A}", with: GroupVocabulary.articled(term, language: language))
                            .replacingAll("{G}", with: term).replacingAll("{S}", with: term)
                        if family.hateful { targets = [group] }
                    }
                    let weight: Float = fill == nil ? 3 : 1
                    let example = LabeledExample(
                        text: text, language: language, hateful: family.hateful,
                        type: family.hateful ? family.type : nil, violence: family.violence, targets: targets,
                        source: source, weight: weight, kind: family.kind)
                    out.append(example)
                    if perturb, let (term, _) = fill, rng.next() % (family.hateful ? 3 : 6) == 0 {
                        var variant = example
                        variant.text = text.replacingAll(term, with: Perturbation.apply(term, using: &rng))
                        variant.kind = "spelling"
                        out.append(variant)
                    }
                }
            }
        }
        return out
    }
}

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

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        replacingOccurrences(of: target, with: replacement)
    }
}
