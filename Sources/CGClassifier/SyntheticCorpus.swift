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
        case .en: return english + englishMore + negationRound(.en)
        case .es: return spanish + spanishMore + negationRound(.es)
        case .fr: return french + frenchMore + negationRound(.fr)
        case .nl: return dutch + dutchMore + negationRound(.nl) + dutchVocabulary
        case .sv: return swedish + swedishMore
        case .ca: return catalan
        case .other: return []
        }
    }

    /// All synthetic training examples for `language`, deterministic. `groupsPerTemplate` (default: the
    /// language's entry in ``defaultGroupsPerTemplate``; 0 = all) limits how many group terms fill each template.
    public static func examples(language: Language, seed: UInt64 = 7, groupsPerTemplate: Int? = nil) -> [LabeledExample] {
        expand(
            families(language), language: language, source: "synthetic", seed: seed, perturb: true,
            groupsPerTemplate: groupsPerTemplate ?? defaultGroupsPerTemplate[language] ?? 0)
    }

    /// Expands template families into examples.
    static func expand(
        _ families: [TemplateFamily], language: Language, source: String, seed: UInt64, perturb: Bool,
        groupsPerTemplate: Int = 0
    ) -> [LabeledExample] {
        var rng = SeededGenerator(seed: seed)
        // A generator of its own, so that languages without context clauses expand exactly as before.
        var contextRNG = SeededGenerator(seed: seed ^ 0xC0_7E_47)
        let contexts = contextClauses[language] ?? []
        var out: [LabeledExample] = []
        var cursor: [String: Int] = [:]
        var orders: [Int: [Int]] = [:]
        for family in families {
            for template in family.templates {
                var fills = GroupVocabulary.fills(for: template, language: language)
                if groupsPerTemplate > 0 && fills.count > groupsPerTemplate {
                    let n = fills.count
                    let order = orders[n] ?? permutation(n, seed: seed &+ UInt64(n))
                    orders[n] = order
                    fills = sample(fills, count: groupsPerTemplate, hateful: family.hateful, order: order, cursor: &cursor)
                }
                for fill in fills {
                    var text = template
                    var targets: [TargetGroup]? = family.hateful ? nil : []
                    if let (term, group) = fill {
                        text = GroupVocabulary.fill(template, with: term, language: language)
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
                        variant.text = Perturbation.apply(term, in: text, using: &rng)
                        variant.kind = "spelling"
                        out.append(variant)
                    }
                    if fill != nil, !contexts.isEmpty, contextRNG.next() % 2 == 0 {
                        out.append(withContext(example, contexts: contexts, using: &contextRNG))
                    }
                }
            }
        }
        return out
    }
}
