/// The language of a message, as identified by ``LanguageIdentifier``.
public enum Language: String, Sendable, Codable, CaseIterable {
    /// English.
    case en
    /// Spanish.
    case es
    /// Catalan.
    case ca
    /// French.
    case fr
    /// Dutch.
    case nl
    /// Swedish.
    case sv
    /// Any other language, or text too short to tell.
    case other
}

/// The kind of hate a hateful message expresses (after Vidgen et al.'s taxonomy).
public enum HateType: String, Sendable, Codable, CaseIterable {
    /// Explicit negative statements about a group: "X are disgusting".
    case derogation
    /// Implicit derogation or animosity: stereotypes, sarcasm, "X always play the victim".
    case animosity
    /// Comparing a group to animals, vermin, disease or filth.
    case dehumanisation
    /// Threats or calls for violence or exclusion.
    case threat
    /// Support for hateful groups, ideologies or atrocities.
    case support
}

/// A community that hate can target. Raw values are stable identifiers stored with scores.
public enum TargetGroup: String, Sendable, Codable, CaseIterable {
    /// Women.
    case women
    /// Trans people and other gender minorities.
    case trans
    /// Gay, lesbian and bisexual people.
    case lgb
    /// Black people.
    case black
    /// Muslims.
    case muslims
    /// Jewish people.
    case jews
    /// Immigrants, refugees and asylum seekers.
    case immigrants
    /// Disabled people.
    case disabled
    /// Asian people.
    case asian
    /// Roma, Gypsies and Travellers.
    case roma
    /// Arabs and people from the Middle East.
    case arabs
    /// Latin Americans and Hispanics.
    case latinx
    /// White people.
    case white
    /// Christians.
    case christians
    /// Men.
    case men
    /// Indigenous peoples: the Sámi, First Nations, Native Americans, Aboriginal peoples, the indigenous peoples of
    /// Latin America.
    case indigenous
    /// Followers of faiths not listed above: Hindus, Sikhs, Buddhists.
    case otherfaiths
    /// People of a national or ethnic origin not listed above, the targets of much of Europe's xenophobia: Turks,
    /// Kurds, Poles, Romanians, Bulgarians, Albanians, Ukrainians, Russians, Nigerians, Eritreans, Afghans, ….
    case nationalities

    /// The groups the models have a target head for, in head order (the first fifteen cases). The groups added
    /// after them (2026-12-01, twelfth session) are named by the lexicon alone: the rules and the group-agnostic
    /// features ("a group named with a hostile word") judge hate against them as against any group, and a message
    /// naming one has it as a target without a head to confirm it.
    public static let modelled: [TargetGroup] = Array(allCases.prefix(15))

    /// The number of ``modelled`` groups: the groups at indices below it in `allCases` have a target head.
    public static let modelledCount = modelled.count

    /// Whether the models have a target head for this group (see ``modelled``).
    public var isModelled: Bool { Self.modelled.contains(self) }
}

/// One feature that pushed a decision, for the human reviewer.
public struct FeatureContribution: Sendable, Codable, Equatable {
    /// A readable name such as `word "vermin"`, `negated "hate"` or `group:muslims`.
    public var feature: String
    /// The feature's contribution to the hatefulness logit (positive pushes towards hateful).
    public var weight: Double

    /// Creates a contribution.
    public init(feature: String, weight: Double) {
        self.feature = feature
        self.weight = weight
    }
}

/// The result of classifying one message.
public struct Classification: Sendable, Codable, Equatable {
    /// Whether the calibrated score reaches the model's decision threshold.
    public var hateful: Bool
    /// Calibrated probability that the message is hateful (0...1).
    public var score: Double
    /// The kind of hate, when `hateful`.
    public var type: HateType?
    /// The targeted groups, when `hateful` (may be empty when no group can be named).
    public var targets: [TargetGroup]
    /// The identified language of the message.
    public var language: Language
    /// The strongest features behind the score, largest first; empty when explanations were not requested.
    public var explanation: [FeatureContribution]
    /// Whether the message threatens or supports violence (independent of `hateful`).
    public var supportsViolence: Bool
    /// Calibrated probability behind `supportsViolence`.
    public var violenceScore: Double
    /// The version of the model that produced this result, e.g. `en-1.0.0`.
    public var modelVersion: String

    /// Creates a classification.
    public init(
        hateful: Bool, score: Double, type: HateType?, targets: [TargetGroup], language: Language,
        explanation: [FeatureContribution], supportsViolence: Bool, violenceScore: Double, modelVersion: String
    ) {
        self.hateful = hateful
        self.score = score
        self.type = type
        self.targets = targets
        self.language = language
        self.explanation = explanation
        self.supportsViolence = supportsViolence
        self.violenceScore = violenceScore
        self.modelVersion = modelVersion
    }
}
