import CGClassifier
import Foundation

/// A message after the privacy gate, placement and classification: what storage keeps per message.
///
/// It holds no author id (only a keyed pseudonym), no coordinates and no declared location. The raw text is
/// here only for human review and must be purged at ``retainTextUntil``; labels, area and aggregates stay.
/// Storage keeps the labels so that a deletion can subtract exactly what the message added
/// (``Aggregator/inverseDeltas(for:)``).
public struct AnalyzedMessage: Sendable, Codable, Hashable {
    /// The message's id on its source.
    public var id: String
    /// The source name.
    public var source: String
    /// The city pack id.
    public var city: String
    /// The author's keyed pseudonym.
    public var authorPseudonym: String
    /// When the message was posted.
    public var timestamp: Date
    /// The local day in the city's time zone (days since 1970-01-01).
    public var day: Int
    /// The local hour in the city's time zone (0–23).
    public var hour: Int
    /// Where the message was placed (area code nil = unplaced).
    public var placement: Placement
    /// Whether the classifier finds the message hateful.
    public var hateful: Bool
    /// The calibrated hatefulness probability.
    public var score: Double
    /// The kind of hate, when hateful.
    public var type: HateType?
    /// The targeted groups, when hateful.
    public var targets: [TargetGroup]
    /// The identified language.
    public var language: Language
    /// Whether the message threatens or supports violence.
    public var supportsViolence: Bool
    /// The calibrated probability behind ``supportsViolence``.
    public var violenceScore: Double
    /// The model version that produced the labels (stored with every score).
    public var modelVersion: String
    /// Normalised terms (words and two-word phrases), filled for hateful messages only (see ``TermExtractor``).
    public var terms: [String]
    /// Mentioned accounts on the public-figure list.
    public var publicMentions: [String]
    /// The id of the message this one replies to.
    public var replyTo: String?
    /// The author's age band, where given (only ever aggregated).
    public var authorAgeBand: AgeBand?
    /// The author's gender, where given (only ever aggregated).
    public var authorGender: AuthorGender?
    /// The raw text for human review; purge it at ``retainTextUntil``.
    public var reviewText: String?
    /// When the raw text must be purged.
    public var retainTextUntil: Date

    /// Creates an analyzed message; see the properties for the meaning of each field.
    public init(
        id: String, source: String, city: String, authorPseudonym: String, timestamp: Date, day: Int, hour: Int,
        placement: Placement, hateful: Bool, score: Double, type: HateType?, targets: [TargetGroup],
        language: Language, supportsViolence: Bool, violenceScore: Double, modelVersion: String, terms: [String],
        publicMentions: [String], replyTo: String?, authorAgeBand: AgeBand?, authorGender: AuthorGender?,
        reviewText: String?, retainTextUntil: Date
    ) {
        self.id = id
        self.source = source
        self.city = city
        self.authorPseudonym = authorPseudonym
        self.timestamp = timestamp
        self.day = day
        self.hour = hour
        self.placement = placement
        self.hateful = hateful
        self.score = score
        self.type = type
        self.targets = targets
        self.language = language
        self.supportsViolence = supportsViolence
        self.violenceScore = violenceScore
        self.modelVersion = modelVersion
        self.terms = terms
        self.publicMentions = publicMentions
        self.replyTo = replyTo
        self.authorAgeBand = authorAgeBand
        self.authorGender = authorGender
        self.reviewText = reviewText
        self.retainTextUntil = retainTextUntil
    }

    /// The area code, or ``AggregateKey/unplaced``.
    public var areaKey: String { placement.areaCode ?? AggregateKey.unplaced }

    /// A copy without the raw text, as kept after the review window.
    public var purged: AnalyzedMessage {
        var copy = self
        copy.reviewText = nil
        return copy
    }
}
