import Vapor

extension DemoSeeder {
    /// Loads the demo city's synthetic case panel: members, referrals, cases and a meeting.
    static func seedCasePanel(_ app: Application) async throws {
    }
}
