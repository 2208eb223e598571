/// A model held by reference so that routing a message to it copies nothing.
final class ModelBox: Sendable {
    let model: HateModel
    let plattA: Double
    let plattB: Double
    let threshold: Double
    let violencePlattA: Double
    let violencePlattB: Double
    let violenceThreshold: Double
    let version: String
    /// The language the model was trained for.
    let language: Language
    /// Whether a hateful score needs a group or a hostile word behind it (see ``anchorLanguages``).
    let needsAnchor: Bool
    /// The declared-hatred and denied-worth phrases of ``language`` (with English's), held here so that the rules
    /// read them without a dictionary lookup per message.
    let expressions: Lexicon.HateExpressionTable
    /// Every word the rules need, in one table (``RuleTriggerIndex``): each word of a message is looked up once.
    let triggers: RuleTriggerIndex

    /// The languages whose models must see a group, a hostile word, an anchor word (``Lexicon/anchorWords``) or
    /// a group in their target heads before a score counts as hateful: Catalan and Swedish learned only from our
    /// own sentences, Dutch mostly, French and Spanish from small corpora, and they scored chatter such as "El
    /// metro va fatal avui" (0.73) or "Qué buen concierto anoche" (0.69) hateful on the letters of ordinary
    /// words. Not English: its model learned from tens of thousands of real messages, and there the rule cost
    /// more than it saved — on the DynaHate dev messages 20 hateful ones lost against 5 ordinary ones saved
    /// (hate in words no list holds), English dev macro-F1 0.732 → 0.723. Spanish keeps the rule only with the
    /// anchor words: without them it lost insults aimed at one woman and slurs the group lists lack (HatEval dev
    /// macro-F1 0.730 → 0.655); with them 0.738 and no Barcelona chatter flagged (docs/classifier/README.md).
    static let anchorLanguages: Set<Language> = [.es, .ca, .fr, .nl, .sv]

    /// The violence head's calibrated probability for its logit `z`.
    func violence(_ z: Float) -> Double { sigmoid(violencePlattA * Double(z) + violencePlattB) }

    init(_ model: HateModel) {
        self.model = model
        plattA = model.header.plattA
        plattB = model.header.plattB
        threshold = model.header.threshold
        violencePlattA = model.header.violencePlattA
        violencePlattB = model.header.violencePlattB
        violenceThreshold = model.header.violenceThreshold
        version = model.header.version
        language = model.header.language
        needsAnchor = Self.anchorLanguages.contains(language)
        expressions = Lexicon.hateExpressionTables[language] ?? Lexicon.hateExpressionTables[.en]!
        triggers = RuleTriggerIndex(expressions: expressions, language: language)
    }
}

// The model's sums, read in place: where the session read `box.model` itself, Swift copied the model struct (a
// retain and a release of each of its arrays) once or more per message (≈1% of `classify`, 2026-12-01).
extension ModelBox {
    /// ``HateModel/mainLogit(_:)`` of ``model``.
    @inline(__always)
    func mainLogit(_ features: UnsafeBufferPointer<UInt64>) -> Float { model.mainLogit(features) }

    /// ``HateModel/mainLogit(_:recordingInto:)`` of ``model``.
    @inline(__always)
    func mainLogit(_ features: UnsafeBufferPointer<UInt64>, recordingInto weights: inout [Int8]) -> Float {
        model.mainLogit(features, recordingInto: &weights)
    }

    /// ``HateModel/coreLogits(_:into:)`` of ``model``.
    @inline(__always)
    func coreLogits(_ features: UnsafeBufferPointer<UInt64>, into out: UnsafeMutablePointer<Float>) {
        model.coreLogits(features, into: out)
    }

    /// ``HateModel/targetLogits(_:into:)`` of ``model``.
    @inline(__always)
    func targetLogits(_ features: UnsafeBufferPointer<UInt64>, into out: UnsafeMutablePointer<Float>) {
        model.targetLogits(features, into: out)
    }

    /// ``HateModel/violenceLogit(_:)`` of ``model``.
    @inline(__always)
    func violenceLogit(_ features: UnsafeBufferPointer<UInt64>) -> Float { model.violenceLogit(features) }
}
