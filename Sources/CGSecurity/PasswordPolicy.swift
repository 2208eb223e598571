import Foundation

/// The rules a staff password must meet (issue 2: at least 12 characters; Bcrypt hashes them).
///
/// Length matters more than composition rules, so there are none of the latter; instead very common passwords,
/// single repeated characters and the account's own details are refused.
public struct PasswordPolicy: Sendable, Hashable {
    /// The fewest characters allowed.
    public var minimumLength: Int
    /// The most characters allowed.
    public var maximumLength: Int
    /// The most UTF-8 bytes allowed: Bcrypt ignores everything after its 72nd byte.
    public var maximumUTF8Bytes: Int

    /// A policy; the defaults are CommonGround's: 12 to 128 characters and at most 72 UTF-8 bytes.
    public init(minimumLength: Int = 12, maximumLength: Int = 128, maximumUTF8Bytes: Int = 72) {
        self.minimumLength = minimumLength
        self.maximumLength = maximumLength
        self.maximumUTF8Bytes = maximumUTF8Bytes
    }

    /// CommonGround's policy.
    public static let standard = PasswordPolicy()

    /// Every problem with `password`; empty when it is acceptable.
    ///
    /// - Parameter accountDetails: the user's own details (email, name) — a password equal to one of them, to the
    ///   part of an email before `@`, or containing one of at least 5 characters is refused.
    public func validate(_ password: String, accountDetails: [String] = []) -> [PasswordProblem] {
        var problems: [PasswordProblem] = []
        let length = password.count
        if length < minimumLength { problems.append(.tooShort(minimum: minimumLength)) }
        if length > maximumLength { problems.append(.tooLong(maximum: maximumLength)) }
        if password.utf8.count > maximumUTF8Bytes { problems.append(.tooManyBytes(maximum: maximumUTF8Bytes)) }
        if let first = password.first, password.allSatisfy({ $0 == first }) {
            problems.append(.repeatedCharacter)
        }
        let folded = password.lowercased()
        if Self.commonPasswords.contains(folded) { problems.append(.tooCommon) }
        if Self.containsAccountDetail(folded, details: accountDetails) { problems.append(.containsAccountDetail) }
        return problems
    }

    private static func containsAccountDetail(_ folded: String, details: [String]) -> Bool {
        for detail in details {
            let value = detail.lowercased().trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else { continue }
            var candidates = [value]
            if let at = value.firstIndex(of: "@") { candidates.append(String(value[..<at])) }
            for candidate in candidates where !candidate.isEmpty {
                if folded == candidate || (candidate.count >= 5 && folded.contains(candidate)) { return true }
            }
        }
        return false
    }

    /// Very common passwords of 12 or more characters (shorter ones already fail the length rule), lowercase.
    /// Compared case-insensitively.
    public static let commonPasswords: Set<String> = [
        "123456789012", "1234567890123", "12345678901234", "123456789123", "123123123123", "111111111111",
        "000000000000", "121212121212", "987654321098", "123456123456", "123451234512", "147258369147",
        "password1234", "password12345", "password123!", "passwordpassword", "password1234!", "mypassword123",
        "qwertyuiop12", "qwertyuiop123", "qwerty123456", "qwertyqwerty", "qwertyuiopasdfgh", "asdfghjkl123",
        "1qaz2wsx3edc", "1q2w3e4r5t6y", "1q2w3e4r5t6y7u", "zaq12wsxcde3", "zxcvbnm12345", "abcdefghijkl",
        "abc123456789", "abcd12345678", "iloveyou1234", "iloveyouforever", "letmein12345", "letmeinplease",
        "welcome12345", "welcome123456", "changeme1234", "changemenow!", "administrator", "administrator1",
        "admin1234567", "adminadmin123", "trustno1trustno1", "football1234", "baseball1234", "superman1234",
        "sunshine1234", "princess1234", "monkey123456", "dragon123456", "starwars1234", "whatever1234",
        "correcthorsebatterystaple", "commonground", "commonground1", "commonground123", "p@ssw0rd1234",
        "passw0rd1234", "summer2024!!", "winter2024!!", "spring2025!!", "autumn2025!!", "summer2025!!",
        "winter2025!!", "summer2026!!", "winter2026!!", "january2026!", "london123456", "manchester123",
        "barcelona123", "rotterdam123", "stockholm123", "paris1234567",
    ]
}

/// One reason a password is refused. ``message`` is English; ``code`` is a stable key for translated catalogues.
public enum PasswordProblem: Sendable, Hashable, CustomStringConvertible {
    /// Fewer characters than the minimum.
    case tooShort(minimum: Int)
    /// More characters than the maximum.
    case tooLong(maximum: Int)
    /// More UTF-8 bytes than Bcrypt uses.
    case tooManyBytes(maximum: Int)
    /// One character repeated throughout.
    case repeatedCharacter
    /// On the list of very common passwords.
    case tooCommon
    /// Equal to, or containing, the account's own email or name.
    case containsAccountDetail

    /// A stable key for translation catalogues, e.g. `password.too_short`.
    public var code: String {
        switch self {
        case .tooShort: return "password.too_short"
        case .tooLong: return "password.too_long"
        case .tooManyBytes: return "password.too_many_bytes"
        case .repeatedCharacter: return "password.repeated_character"
        case .tooCommon: return "password.too_common"
        case .containsAccountDetail: return "password.contains_account_detail"
        }
    }

    /// A sentence for the person choosing the password.
    public var message: String {
        switch self {
        case .tooShort(let minimum):
            return "Use at least \(minimum) characters. A few unrelated words make a long password easy to remember."
        case .tooLong(let maximum):
            return "Use at most \(maximum) characters."
        case .tooManyBytes(let maximum):
            return
                "Use at most \(maximum) bytes: password hashing (Bcrypt) ignores everything after the first \(maximum) bytes, "
                + "and letters with accents or non-Latin scripts take 2 to 4 bytes each."
        case .repeatedCharacter:
            return "Don't repeat a single character; choose something harder to guess."
        case .tooCommon:
            return "This password is one of the most common ones and is tried first by attackers; choose another."
        case .containsAccountDetail:
            return "Don't use your email address or name in your password."
        }
    }

    /// Same as ``message``.
    public var description: String { message }
}
