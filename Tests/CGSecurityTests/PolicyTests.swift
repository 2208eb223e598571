import Foundation
import Testing

@testable import CGSecurity

@Suite("Password policy")
struct PasswordPolicyTests {
    let policy = PasswordPolicy.standard

    @Test("a long, uncommon password has no problems")
    func acceptable() {
        #expect(policy.validate("correct horse battery").isEmpty)
        #expect(policy.validate("twelve chars").isEmpty)
        #expect(policy.validate(String(repeating: "ab", count: 36)).isEmpty)  // exactly 72 bytes
    }

    @Test("length: at least 12 characters, counted as people see them")
    func tooShort() {
        #expect(policy.validate("elevenchars").contains(.tooShort(minimum: 12)))
        #expect(policy.validate("").contains(.tooShort(minimum: 12)))
        #expect(policy.validate("🇬🇧🇪🇸🇫🇷🇳🇱🇸🇪x").contains(.tooShort(minimum: 12)))  // 6 characters, many bytes
    }

    @Test("at most 72 UTF-8 bytes, and the message names Bcrypt")
    func tooManyBytes() {
        #expect(policy.validate(String(repeating: "ab", count: 36) + "c") == [.tooManyBytes(maximum: 72)])
        #expect(policy.validate(String(repeating: "éa", count: 25)) == [.tooManyBytes(maximum: 72)])  // 50 chars, 75 bytes
        #expect(PasswordProblem.tooManyBytes(maximum: 72).message.contains("Bcrypt"))
        #expect(PasswordProblem.tooManyBytes(maximum: 72).message.contains("72"))
    }

    @Test("at most 128 characters")
    func tooLong() {
        let problems = policy.validate(String(repeating: "abcd", count: 33))
        #expect(problems.contains(.tooLong(maximum: 128)))
        #expect(problems.contains(.tooManyBytes(maximum: 72)))
    }

    @Test("a single repeated character is refused")
    func repeated() {
        #expect(policy.validate("aaaaaaaaaaaaaaaa") == [.repeatedCharacter])
        #expect(policy.validate("aaaaaaaaaaaaaaab").isEmpty)
    }

    @Test("very common passwords are refused, whatever their case")
    func common() {
        #expect(policy.validate("password1234") == [.tooCommon])
        #expect(policy.validate("Password1234") == [.tooCommon])
        #expect(policy.validate("QWERTY123456") == [.tooCommon])
        #expect(PasswordPolicy.commonPasswords.allSatisfy { $0.count >= 12 && $0 == $0.lowercased() })
    }

    @Test("the account's own email or name is refused")
    func accountDetails() {
        let details = ["Amina.Yusuf@camden.gov.uk", "Amina Yusuf"]
        #expect(policy.validate("amina.yusuf@camden.gov.uk", accountDetails: details).contains(.containsAccountDetail))
        #expect(policy.validate("my amina.yusuf pass", accountDetails: details) == [.containsAccountDetail])
        #expect(policy.validate("horses eat quietly", accountDetails: details).isEmpty)
        #expect(policy.validate("horses eat quietly", accountDetails: ["", "  "]).isEmpty)
    }

    @Test("every problem has a distinct code and a message")
    func messages() {
        let problems: [PasswordProblem] = [
            .tooShort(minimum: 12), .tooLong(maximum: 128), .tooManyBytes(maximum: 72), .repeatedCharacter, .tooCommon,
            .containsAccountDetail,
        ]
        #expect(Set(problems.map(\.code)).count == problems.count)
        #expect(Set(problems.map(\.message)).count == problems.count)
        #expect(PasswordProblem.tooShort(minimum: 12).message.contains("12"))
        #expect(problems.allSatisfy { $0.description == $0.message })
    }
}

@Suite("Login throttle")
struct LoginThrottleTests {
    let policy = LoginThrottlePolicy.standard
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// `count` failures, `spacing` seconds apart, the newest `newestAge` seconds ago.
    func failures(_ count: Int, spacing: TimeInterval = 10, newestAge: TimeInterval = 0) -> [Date] {
        (0..<count).map { now.addingTimeInterval(-newestAge - Double($0) * spacing) }
    }

    @Test("nine failures allow another attempt; the tenth locks until the oldest leaves the window")
    func tenthFailureLocks() {
        #expect(policy.decide(failureTimes: [], now: now) == .allowed)
        #expect(policy.decide(failureTimes: failures(9), now: now) == .allowed)
        // Ten failures 10 s apart: the oldest is 90 s old and leaves the 300 s window in 210 s.
        let locked = policy.decide(failureTimes: failures(10), now: now)
        #expect(locked == .locked(retryAfter: 210))
        #expect(locked.retryAfterSeconds == 210)
        #expect(!locked.isAllowed)
        #expect(ThrottleDecision.allowed.retryAfterSeconds == nil)
    }

    @Test("the order of the failure times doesn't matter")
    func unordered() {
        #expect(policy.decide(failureTimes: failures(10).shuffled(), now: now) == .locked(retryAfter: 210))
    }

    @Test("a failure exactly 300 s old has left the window; one just younger has not")
    func windowBoundary() {
        let nineRecent = failures(9)
        #expect(policy.decide(failureTimes: nineRecent + [now.addingTimeInterval(-300)], now: now) == .allowed)
        #expect(
            policy.decide(failureTimes: nineRecent + [now.addingTimeInterval(-299.5)], now: now)
                == .locked(retryAfter: 0.5))
        #expect(
            policy.decide(failureTimes: nineRecent + [now.addingTimeInterval(-299.5)], now: now).retryAfterSeconds == 1)
        #expect(policy.windowStart(now: now) == now.addingTimeInterval(-300))
    }

    @Test("the lock ends when the retry time has passed")
    func lockExpires() {
        let times = failures(10)
        guard case .locked(let retryAfter) = policy.decide(failureTimes: times, now: now) else {
            Issue.record("expected a lock")
            return
        }
        #expect(policy.decide(failureTimes: times, now: now.addingTimeInterval(retryAfter - 0.001)) != .allowed)
        #expect(policy.decide(failureTimes: times, now: now.addingTimeInterval(retryAfter)) == .allowed)
        // Old failures don't count at all.
        #expect(policy.decide(failureTimes: failures(50, newestAge: 301), now: now) == .allowed)
    }

    @Test("with more failures than the limit, retryAfter waits until only nine remain")
    func manyFailures() {
        // 12 failures 10 s apart (ages 0…110 s): the three oldest must leave; the third oldest is 90 s old.
        #expect(policy.decide(failureTimes: failures(12), now: now) == .locked(retryAfter: 210))
        let strict = LoginThrottlePolicy(maxFailures: 3, window: 60)
        #expect(strict.decide(failureTimes: failures(3, spacing: 5), now: now) == .locked(retryAfter: 50))
    }
}
