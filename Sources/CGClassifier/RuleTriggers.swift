/// Kinds of word a message holds that the rules of `ClassificationSession.anchored` cannot do without, found in one
/// pass over its words (``RuleTriggerIndex/scan(_:)``). A rule can hold only when the message holds every kind of
/// its requirement (the static sets below, named after the rule), so a rule whose words are absent is skipped
/// without a scan of its own.
///
/// A requirement must be a true necessary condition of its rule, read from the rule's code: every path on which the
/// rule holds matches a phrase of a table at a token (the message then holds the phrase's one word, or its first
/// two words in one clause) or finds a word of a set. When a rule gains a path through other words, add them to its
/// kind in ``RuleTriggerIndex`` (`RuleTriggerTests` checks the requirements against every rule on thousands of
/// messages).
struct RuleTriggers: OptionSet, Sendable {
    let rawValue: UInt32

    /// The start of a phrase of ``Lexicon/rebuttalFrames`` or ``Lexicon/blameStopFrames``.
    static let rebuttalFrame = RuleTriggers(rawValue: 1 << 0)
    /// A slur of the model's language (``Lexicon/slurSets``).
    static let slur = RuleTriggers(rawValue: 1 << 1)
    /// The start of an expression of declared hatred or a trope, before or after the group.
    static let hateExpression = RuleTriggers(rawValue: 1 << 2)
    /// A word of ``Lexicon/groupWorthWords``.
    static let worthWord = RuleTriggers(rawValue: 1 << 3)
    /// A word of ``Lexicon/desertVerbs``.
    static let desertVerb = RuleTriggers(rawValue: 1 << 4)
    /// A word of ``Lexicon/benefitWords``.
    static let benefitWord = RuleTriggers(rawValue: 1 << 5)
    /// The start of a phrase of ``Lexicon/rhetoricalOpeners``.
    static let rhetoricalOpener = RuleTriggers(rawValue: 1 << 6)
    /// The start of a phrase of ``Lexicon/pronounHateExpressions``.
    static let pronounHate = RuleTriggers(rawValue: 1 << 7)
    /// The start of a phrase of ``Lexicon/wishFrames``.
    static let wishFrame = RuleTriggers(rawValue: 1 << 8)
    /// A word of ``Lexicon/celebrationVerbs``.
    static let celebrationVerb = RuleTriggers(rawValue: 1 << 9)
    /// The start of a phrase of ``Lexicon/exclusionVerbs``.
    static let exclusionVerb = RuleTriggers(rawValue: 1 << 10)
    /// A word of ``Lexicon/obligationWords``.
    static let obligation = RuleTriggers(rawValue: 1 << 11)
    /// A word of ``Lexicon/StereotypeTables/triggers``.
    static let stereotypeTrigger = RuleTriggers(rawValue: 1 << 12)
    /// A word of ``Lexicon/ExtremismTables/triggerWords``.
    static let extremismTrigger = RuleTriggers(rawValue: 1 << 13)
    /// A word one of the forms of ``FeatureExtractor/affirmsGroup(_:language:)`` needs, or a warm cue (negated or
    /// not: praise after a copula).
    static let affirmationWord = RuleTriggers(rawValue: 1 << 14)
    /// The start of a phrase of ``Lexicon/whyOpeners`` or ``Lexicon/whyHarmOpeners``.
    static let whyOpener = RuleTriggers(rawValue: 1 << 15)
    /// A word of ``Lexicon/sufferingWords``, or the start of a phrase of ``Lexicon/whyHarmOpeners``.
    static let sufferingWord = RuleTriggers(rawValue: 1 << 16)
    /// A slur of the model's language or a reclaimed word (``Lexicon/reclaimedWords``).
    static let ownGroupWord = RuleTriggers(rawValue: 1 << 17)
    /// The start of a phrase of ``Lexicon/identityMarkers``, or a word of ``Lexicon/identityPossessives``.
    static let identityMarker = RuleTriggers(rawValue: 1 << 18)
    /// A victim word or the participle of a wrong (``Lexicon/victimWords``), or a wrong suffered
    /// (``Lexicon/sufferedWrongs``).
    static let victimWord = RuleTriggers(rawValue: 1 << 19)
    /// A verb of an ordinary event (``Lexicon/eventVerbs``).
    static let eventVerb = RuleTriggers(rawValue: 1 << 20)
    /// "Without" (``Lexicon/withoutWords``).
    static let withoutWord = RuleTriggers(rawValue: 1 << 21)
    /// The last word of an end of ``Lexicon/splitThreatPhrases``.
    static let splitThreatEnd = RuleTriggers(rawValue: 1 << 22)
    /// The start of a phrase of ``Lexicon/disclaimerPhrases``.
    static let disclaimer = RuleTriggers(rawValue: 1 << 23)
    /// The start of a phrase of ``Lexicon/notThatOpeners``.
    static let notThatOpener = RuleTriggers(rawValue: 1 << 24)
    /// The start of a phrase of ``Lexicon/intentFrames``.
    static let intentFrame = RuleTriggers(rawValue: 1 << 25)
    /// A word of ``Lexicon/intentViolenceVerbs``.
    static let violenceVerb = RuleTriggers(rawValue: 1 << 26)
    /// The start of a phrase of ``Lexicon/harmlessViolenceIdioms``.
    static let harmlessIdiomStart = RuleTriggers(rawValue: 1 << 27)
    /// A thing, a person word, a verb of treatment, a place or verb of keeping animals, a word of disposability,
    /// ruin, a fall or what happens after a verb of perception, the start of advice to guard one's things, of an
    /// insinuation, of a species shared or of what is in the blood (``Lexicon/ObjectifyingTables``).
    static let objectifyingWord = RuleTriggers(rawValue: 1 << 28)
    /// The start of a phrase of ``Lexicon/veiledInsinuations`` or ``Lexicon/swarmPhrases`` (2026-12-01, fourteenth
    /// session).
    static let veiledWord = RuleTriggers(rawValue: 1 << 29)
    /// A word of ``Lexicon/benefitWords``, ``Lexicon/voteWords`` or ``Lexicon/lifeVerbs``: every path of
    /// ``FeatureExtractor/deniesGroupRights(_:)`` ends at one (2026-12-01, fifteenth session: a modal, not only a
    /// desert verb, may come before it).
    static let entitlementWord = RuleTriggers(rawValue: 1 << 30)

    /// ``FeatureExtractor/rebutsHatefulClaim(_:)``.
    static let rebutsClaim: RuleTriggers = [.rebuttalFrame]
    /// ``FeatureExtractor/usesSlurPlainly(_:)``.
    static let usesSlur: RuleTriggers = [.slur]
    /// ``FeatureExtractor/expressesHatePlainly(_:)``, ``FeatureExtractor/endorsesViolenceAgainstGroup(_:)`` and
    /// ``FeatureExtractor/likensGroupToWhatItIs(_:)``.
    static let expressesHate: RuleTriggers = [.hateExpression]
    /// ``FeatureExtractor/deniesGroupWorth(_:)``.
    static let deniesWorth: RuleTriggers = [.worthWord]
    /// ``FeatureExtractor/deniesGroupRights(_:)``.
    static let deniesRights: RuleTriggers = [.entitlementWord]
    /// ``FeatureExtractor/asksHatefulQuestion(_:)``.
    static let asksHatefulQuestion: RuleTriggers = [.rhetoricalOpener]
    /// ``FeatureExtractor/hatesGroupByPronoun(_:)``.
    static let hatesByPronoun: RuleTriggers = [.pronounHate]
    /// ``FeatureExtractor/wishesHarm(_:)``.
    static let wishesHarm: RuleTriggers = [.wishFrame]
    /// ``FeatureExtractor/accusesOfCelebratingViolence(_:)``.
    static let accusesOfCelebrating: RuleTriggers = [.celebrationVerb]
    /// ``FeatureExtractor/exclusionTarget(_:)``: an exclusion verb and a word of obligation.
    static let callsForExclusion: RuleTriggers = [.exclusionVerb, .obligation]
    /// ``FeatureExtractor/mayHoldStereotype()`` and the three rules it guards.
    static let stereotype: RuleTriggers = [.stereotypeTrigger]
    /// ``FeatureExtractor/extremismShown()``.
    static let extremism: RuleTriggers = [.extremismTrigger]
    /// ``FeatureExtractor/affirmsGroup(_:language:)``.
    static let affirms: RuleTriggers = [.affirmationWord]
    /// ``FeatureExtractor/asksWhyGroupSuffers(_:language:)``: a why-opener and a word of harm.
    static let asksWhySuffers: RuleTriggers = [.whyOpener, .sufferingWord]
    /// ``FeatureExtractor/reclaimsGroupWord(_:language:)``.
    static let reclaims: RuleTriggers = [.ownGroupWord]
    /// ``FeatureExtractor/statesIdentity(_:)``.
    static let statesIdentity: RuleTriggers = [.identityMarker]
    /// ``FeatureExtractor/reportsGroupAsVictim(_:language:)``.
    static let reportsVictim: RuleTriggers = [.victimWord]
    /// ``FeatureExtractor/reportsGroupEvent(_:language:)``.
    static let reportsEvent: RuleTriggers = [.eventVerb]
    /// ``FeatureExtractor/wishesPlaceWithoutGroup(_:)``.
    static let wishesWithout: RuleTriggers = [.withoutWord]
    /// ``FeatureExtractor/threatensBySplitVerb()``.
    static let threatensBySplit: RuleTriggers = [.splitThreatEnd]
    /// ``FeatureExtractor/disclaimsThenDerogates()``.
    static let disclaimsThenDerogates: RuleTriggers = [.disclaimer]
    /// ``FeatureExtractor/deniesGoodByNotThat()``.
    static let deniesGoodByNotThat: RuleTriggers = [.notThatOpener]
    /// ``FeatureExtractor/threatensWithIntent(_:)``: a frame of intent and a verb of violence.
    static let threatensWithIntent: RuleTriggers = [.intentFrame, .violenceVerb]
    /// ``FeatureExtractor/usesViolentWordsHarmlessly(_:)``.
    static let harmlessIdiom: RuleTriggers = [.harmlessIdiomStart]
    /// ``FeatureExtractor/objectifiesGroup(_:)``, ``FeatureExtractor/insinuatesAboutGroup()`` and
    /// ``FeatureExtractor/deniesGroupIsThing(_:)``.
    static let objectifies: RuleTriggers = [.objectifyingWord]
    /// ``FeatureExtractor/insinuatesByPhrase()`` and ``FeatureExtractor/swarmsWithGroup()``.
    static let veiled: RuleTriggers = [.veiledWord]
}
