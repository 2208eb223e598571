/// One training or evaluation message with whatever labels its source provides.
public struct LabeledExample: Sendable, Equatable {
    /// The message text.
    public var text: String
    /// The language of the message (known from the corpus).
    public var language: Language
    /// Whether the message is hateful.
    public var hateful: Bool
    /// The kind of hate, when known.
    public var type: HateType?
    /// Whether the message threatens or supports violence, when known.
    public var violence: Bool?
    /// Targeted groups, when known (`nil` = unknown, `[]` = known to target none of ours).
    public var targets: [TargetGroup]?
    /// Where the example came from, e.g. `dynahate` or `synthetic`.
    public var source: String
    /// Sample weight in training.
    public var weight: Float
    /// For functional cases: the kind of case ("negation", "threat", …).
    public var kind: String?

    /// Creates an example.
    public init(
        text: String, language: Language, hateful: Bool, type: HateType? = nil, violence: Bool? = nil,
        targets: [TargetGroup]? = nil, source: String, weight: Float = 1, kind: String? = nil
    ) {
        self.text = text
        self.language = language
        self.hateful = hateful
        self.type = type
        self.violence = violence
        self.targets = targets
        self.source = source
        self.weight = weight
        self.kind = kind
    }
}
