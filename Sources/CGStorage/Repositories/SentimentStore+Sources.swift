import CGSentiment
import FluentKit
import Foundation
import SQLKit

extension SentimentStore {
    /// A registered source with its per-city message counts.
    public struct SourceSummary: Sendable, Hashable {
        /// The provenance record.
        public var source: MessageSource
        /// Whether the source is generated data.
        public var isSynthetic: Bool
        /// When it was registered.
        public var createdAt: Date
        /// When a batch last stored messages from it.
        public var lastIngestedAt: Date?
        /// Stored messages per city (net of deletions).
        public var messagesByCity: [String: Int]
    }

    /// Registers a source. Throws ``SentimentStoreError/sourceExists(_:)`` when the name is taken.
    @discardableResult
    public func register(_ source: MessageSource, now: Date, on database: any Database) async throws
        -> OnlineSourceModel
    {
        if try await self.source(named: source.name, on: database) != nil {
            throw SentimentStoreError.sourceExists(source.name)
        }
        let model = OnlineSourceModel(
            id: UUID(), name: source.name, platform: source.platform, collectionMethod: source.collectionMethod,
            termsOfUse: source.termsOfUse, isSynthetic: source.isSynthetic, createdAt: now)
        try await model.create(on: database)
        return model
    }

    /// The registered source named `name`.
    public func source(named name: String, on database: any Database) async throws -> OnlineSourceModel? {
        try await OnlineSourceModel.query(on: database).filter(\.$name == name).first()
    }

    /// Every registered source by name, with its per-city counts.
    public func sources(on database: any Database) async throws -> [SourceSummary] {
        let models = try await OnlineSourceModel.query(on: database).sort(\.$name).all()
        var counts: [String: [String: Int]] = [:]
        if let sql = database as? any SQLDatabase {
            for row in try await sql.select().columns("source", "city", "messages")
                .from(M0022_CreateOnlineSourceCities.schema).all()
            {
                counts[try row.decode(column: "source", as: String.self), default: [:]][
                    try row.decode(column: "city", as: String.self)] = try row.decode(column: "messages", as: Int.self)
            }
        }
        return models.map { model in
            SourceSummary(
                source: MessageSource(
                    name: model.name, platform: model.platform, collectionMethod: model.collectionMethod,
                    termsOfUse: model.termsOfUse),
                isSynthetic: model.isSynthetic, createdAt: model.createdAt, lastIngestedAt: model.lastIngestedAt,
                messagesByCity: counts[model.name] ?? [:])
        }
    }

    /// The first and last day (local, days since 1970-01-01) of the stored messages of each source in each city, by
    /// source and city. One scan of `online_messages` grouped by source and city, with no index to help: for the
    /// registry page, not a hot path. Deleted messages are gone from the table, so they no longer count.
    public func sourceDays(on database: any Database) async throws -> [String: [String: ClosedRange<Int>]] {
        guard let sql = database as? any SQLDatabase else { return [:] }
        var days: [String: [String: ClosedRange<Int>]] = [:]
        let rows = try await sql.select().column("source").column("city")
            .column(SQLAlias(SQLFunction("MIN", args: SQLIdentifier("day")), as: SQLIdentifier("first_day")))
            .column(SQLAlias(SQLFunction("MAX", args: SQLIdentifier("day")), as: SQLIdentifier("last_day")))
            .from(OnlineMessageModel.schema).groupBy("source").groupBy("city").all()
        for row in rows {
            let first = try row.decode(column: "first_day", as: Int.self), last = try row.decode(column: "last_day", as: Int.self)
            days[try row.decode(column: "source", as: String.self), default: [:]][
                try row.decode(column: "city", as: String.self)] = min(first, last)...max(first, last)
        }
        return days
    }
}
