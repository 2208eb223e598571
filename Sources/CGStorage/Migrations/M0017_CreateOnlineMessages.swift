import FluentKit
import SQLKit

/// Creates `online_messages`: one row per ingested message with its labels, placement and pseudonymous author,
/// unique on `(source, message_id)`. The raw text is sealed and kept only until `retain_text_until`.
///
/// Indexes are kept few on purpose (every index costs ingest throughput): the unique key, the purge's
/// `retain_text_until`, and `(city, day)` over hateful rows only (narrative term bags). There is no index on
/// the author pseudonym: nothing may list messages by author.
public struct M0017_CreateOnlineMessages: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(OnlineMessageModel.schema)
            .field("id", .int64, .identifier(auto: true))
            .field("source", .string, .required)
            .field("message_id", .string, .required)
            .field("city", .string, .required)
            .field("author_pseudonym", .string, .required)
            .field("posted_at", .datetime, .required)
            .field("day", .int, .required)
            .field("hour", .int, .required)
            .field("area", .string, .required)
            .field("placement_method", .string, .required)
            .field("placement_confidence", .double, .required)
            .field("hateful", .bool, .required)
            .field("score", .double, .required)
            .field("hate_type", .string)
            .field("targets", .string, .required)
            .field("language", .string, .required)
            .field("supports_violence", .bool, .required)
            .field("violence_score", .double, .required)
            .field("model_version", .string, .required)
            .field("terms", .string, .required)
            .field("public_mentions", .string, .required)
            .field("reply_to", .string)
            .field("author_age_band", .string)
            .field("author_gender", .string)
            .field("review_text", .string)
            .field("retain_text_until", .datetime, .required)
            .field("ingested_at", .datetime, .required)
            .unique(on: "source", "message_id")
            .create()
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "online_messages_retention").on(OnlineMessageModel.schema)
            .column("retain_text_until").run()
        // Partial index: hateful messages are a few percent of the stream. Both engines accept `WHERE hateful`
        // on a boolean column; queries must say `hateful = true` or be answered by a scan of (city, day).
        try await sql.raw(
            "CREATE INDEX online_messages_hateful_day ON online_messages (city, day) WHERE hateful = true"
        ).run()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(OnlineMessageModel.schema).delete()
    }
}
