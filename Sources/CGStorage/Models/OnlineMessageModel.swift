import FluentKit
import Foundation

/// One ingested online message: labels, placement and a pseudonymous author, never the author id, coordinates
/// or declared location. Written in bulk by `SentimentStore` (SQL); this model documents the columns and serves
/// single-row reads.
public final class OnlineMessageModel: Model, @unchecked Sendable {
    public static let schema = "online_messages"

    @ID(custom: "id", generatedBy: .database) public var id: Int64?
    /// The source name (`online_sources.name`).
    @Field(key: "source") public var source: String
    /// The message's id on its source; `(source, message_id)` is unique.
    @Field(key: "message_id") public var messageID: String
    /// The city pack id.
    @Field(key: "city") public var city: String
    /// HMAC of (source, author id) with the installation's pseudonym key. Never indexed, never listed.
    @Field(key: "author_pseudonym") public var authorPseudonym: String
    @Field(key: "posted_at") public var postedAt: Date
    /// Local day in the city's time zone (days since 1970-01-01).
    @Field(key: "day") public var day: Int
    /// Local hour 0–23.
    @Field(key: "hour") public var hour: Int
    /// The area code, or "unplaced".
    @Field(key: "area") public var area: String
    /// `coordinates`, `declaredLocation`, `textMention` or `none`.
    @Field(key: "placement_method") public var placementMethod: String
    /// 0 for unplaced messages.
    @Field(key: "placement_confidence") public var placementConfidence: Double
    @Field(key: "hateful") public var hateful: Bool
    @Field(key: "score") public var score: Double
    /// A `HateType` raw value when hateful.
    @OptionalField(key: "hate_type") public var hateType: String?
    /// `TargetGroup` raw values separated by `|` ("" when none).
    @Field(key: "targets") public var targets: String
    @Field(key: "language") public var language: String
    @Field(key: "supports_violence") public var supportsViolence: Bool
    @Field(key: "violence_score") public var violenceScore: Double
    @Field(key: "model_version") public var modelVersion: String
    /// Normalised terms separated by `|` (hateful messages only; kept so a deletion subtracts its term rows).
    @Field(key: "terms") public var terms: String
    /// Public-figure accounts separated by `|`.
    @Field(key: "public_mentions") public var publicMentions: String
    @OptionalField(key: "reply_to") public var replyTo: String?
    /// Only ever aggregated.
    @OptionalField(key: "author_age_band") public var authorAgeBand: String?
    /// Only ever aggregated.
    @OptionalField(key: "author_gender") public var authorGender: String?
    /// The raw text sealed with the field cipher (binding `online_messages.review_text#source/message_id`); nil
    /// after the retention window.
    @OptionalField(key: "review_text") public var reviewText: String?
    @Field(key: "retain_text_until") public var retainTextUntil: Date
    @Field(key: "ingested_at") public var ingestedAt: Date

    public init() {}
}
