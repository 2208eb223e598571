import FluentKit

/// Creates `support_partners`: the directory of organisations reports can be referred to.
public struct M0012_CreateSupportPartners: AsyncMigration {
    public init() {}

    public func prepare(on database: any Database) async throws {
        try await database.schema(SupportPartnerModel.schema)
            .id()
            .field("city_id", .string, .required)
            .field("name", .string, .required)
            .field("services", .string, .required)
            .field("languages", .string, .required)
            .field("areas_served", .string, .required)
            .field("contact", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "city_id", "name")
            .create()
    }

    public func revert(on database: any Database) async throws {
        try await database.schema(SupportPartnerModel.schema).delete()
    }
}
