import Vapor

extension DemoSeeder {
    /// Loads the synthetic online-message stream of the demo city (social sentiment mapping).
    static func seedSentiment(_ app: Application) async throws {
    }
}
