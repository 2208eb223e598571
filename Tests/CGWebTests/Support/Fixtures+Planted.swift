import CGWeb
import Foundation

extension Fixtures {
    /// The planted stream written and an analyst of London signed in.
    static func analystWithPlantedStream(_ app: TestApp) async throws -> (stream: PlantedStream, analyst: Browser) {
        let stream = PlantedStream(now: app.clock.now)
        try await stream.write(try app.sql)
        return (stream, try await signedIn(app, role: .analyst, email: "analyst@example.org"))
    }
}
