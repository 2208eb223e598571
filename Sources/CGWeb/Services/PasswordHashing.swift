import CGSecurity
import NIOPosix
import Vapor

/// Bcrypt hashing off the event loop: a hash at cost 12 takes a quarter of a second of CPU, which would stall
/// every other request on the loop.
public struct PasswordHashing: Sendable {
    /// The bcrypt cost factor.
    public let cost: Int
    private let pool: NIOThreadPool

    /// Creates the hasher; `cost` below 12 is raised to 12.
    public init(cost: Int, pool: NIOThreadPool = .singleton) {
        self.cost = max(12, cost)
        self.pool = pool
    }

    /// Hashes a password.
    public func hash(_ password: String) async throws -> String {
        let cost = self.cost
        return try await pool.runIfActive { try Bcrypt.hash(password, cost: cost) }
    }

    /// Checks a password against a stored hash.
    public func verify(_ password: String, hash: String) async throws -> Bool {
        try await pool.runIfActive { try Bcrypt.verify(password, created: hash) }
    }

    /// Spends the time of one verification against a hash of a random password, so that a failed login takes
    /// as long whether or not the address has an account.
    public func verifyDecoy(_ password: String) async throws {
        _ = try await pool.runIfActive { try Bcrypt.verify(password, created: Self.decoyHash) }
    }

    // Computed on first use, on a pool thread.
    private static let decoyHash: String = (try? Bcrypt.hash(SecretToken.generate(), cost: 12)) ?? ""
}
