import Foundation

/// ISO 8601 timestamps with a UTC offset, and civil-day arithmetic, without `DateFormatter` (fast, `Sendable`
/// and the same on every platform).
public enum Timestamp {
    /// Parses `2026-03-14T18:05:00+01:00` (also `Z`, `+0100`, `+01`, fractional seconds, a space instead of
    /// `T`, or no seconds). A timestamp without an offset is refused here: its instant would be a guess (see
    /// ``parse(_:localTimeZone:)`` for a reader that knows the city).
    public static func parse(_ text: String) -> Result<Date, TimestampError> {
        var utf8 = Array(text.utf8)
        while let last = utf8.last, last == 0x20 || last == 0x09 { utf8.removeLast() }
        var i = 0
        func digits(_ count: Int) -> Int? {
            guard i + count <= utf8.count else { return nil }
            var value = 0
            for k in 0..<count {
                let c = utf8[i + k]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                value = value * 10 + Int(c - 0x30)
            }
            i += count
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard i < utf8.count, utf8[i] == byte else { return false }
            i += 1
            return true
        }
        guard let year = digits(4), expect(0x2D), let month = digits(2), expect(0x2D), let day = digits(2) else {
            return .failure(.malformed)
        }
        guard i < utf8.count, utf8[i] == 0x54 || utf8[i] == 0x74 || utf8[i] == 0x20 else {
            return .failure(i == utf8.count ? .missingTime : .malformed)
        }
        i += 1
        guard let hour = digits(2), expect(0x3A), let minute = digits(2) else { return .failure(.malformed) }
        var second = 0
        var fraction = 0.0
        if expect(0x3A) {
            guard let s = digits(2) else { return .failure(.malformed) }
            second = s
            if i < utf8.count, utf8[i] == 0x2E || utf8[i] == 0x2C {
                i += 1
                var scale = 0.1
                var any = false
                while i < utf8.count, utf8[i] >= 0x30 && utf8[i] <= 0x39 {
                    fraction += Double(utf8[i] - 0x30) * scale
                    scale /= 10
                    i += 1
                    any = true
                }
                guard any else { return .failure(.malformed) }
            }
        }
        guard (1...12).contains(month), day >= 1, day <= daysInMonth(year: year, month: month), hour <= 23,
            minute <= 59, second <= 59
        else { return .failure(.outOfRange) }
        guard i < utf8.count else { return .failure(.missingOffset) }
        var offset = 0
        if utf8[i] == 0x5A || utf8[i] == 0x7A {
            i += 1
        } else if utf8[i] == 0x2B || utf8[i] == 0x2D {
            let sign = utf8[i] == 0x2D ? -1 : 1
            i += 1
            guard let oh = digits(2) else { return .failure(.malformed) }
            var om = 0
            if i < utf8.count {
                _ = expect(0x3A)
                guard let m = digits(2) else { return .failure(.malformed) }
                om = m
            }
            guard oh <= 18, om <= 59 else { return .failure(.outOfRange) }
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return .failure(.malformed)
        }
        guard i == utf8.count else { return .failure(.malformed) }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second - offset) + fraction
        return .success(Date(timeIntervalSince1970: seconds))
    }

    /// Writes `date` as `2026-03-14T18:05:00+01:00` at the given offset from UTC (whole seconds; `Z` for 0).
    public static func format(_ date: Date, offsetSeconds: Int = 0) -> String {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        let day = floorDiv(local, 86_400)
        let secondOfDay = local - day * 86_400
        let (y, m, d) = civilFromDays(day)
        var out = "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secondOfDay / 3600, 2)):"
        out += "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
        if offsetSeconds == 0 { return out + "Z" }
        let a = abs(offsetSeconds)
        return out + (offsetSeconds < 0 ? "-" : "+") + "\(pad(a / 3600, 2)):\(pad(a / 60 % 60, 2))"
    }

    /// The `YYYY-MM-DD` label of a day number (days since 1970-01-01).
    public static func dayLabel(_ day: Int) -> String {
        let (y, m, d) = civilFromDays(day)
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// Parses like ``parse(_:)``, but reads a timestamp without an offset as the local time of `localTimeZone`
    /// when one is given (a city's ingest knows the city's zone; in the hour a clock is put back, the earlier
    /// instant).
    public static func parse(_ text: String, localTimeZone: TimeZone?) -> Result<Date, TimestampError> {
        let parsed = parse(text)
        guard case .failure(.missingOffset) = parsed, let zone = localTimeZone,
            case .success(let wall) = parse(text.trimmingCharacters(in: .whitespaces) + "Z")
        else { return parsed }
        // The wall-clock time read as UTC, moved by the zone's offset at that instant (twice: the offset can
        // change between the wall-clock reading and the true instant around a clock change).
        var instant = wall.addingTimeInterval(-Double(zone.secondsFromGMT(for: wall)))
        instant = wall.addingTimeInterval(-Double(zone.secondsFromGMT(for: instant)))
        return .success(instant)
    }

    /// The day number of a `YYYY-MM-DD` label (years 1970–2200); nil for anything else, including dates that do
    /// not exist (2026-02-31 is refused rather than rolled over).
    public static func day(label text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), (1...31).contains(d), (1970...2200).contains(y)
        else { return nil }
        let day = daysFromCivil(year: y, month: m, day: d)
        let back = civilFromDays(day)
        return back.month == m && back.day == d ? day : nil
    }

    /// Midnight UTC of a day number, for libraries that take a `Date` per day.
    public static func date(ofDay day: Int) -> Date { Date(timeIntervalSince1970: Double(day) * 86_400) }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day number: (year, month, day).
    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The weekday of a day number: 0 = Monday … 6 = Sunday.
    public static func weekday(ofDay day: Int) -> Int { ((day % 7) + 7 + 3) % 7 }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// Why a timestamp was refused.
public enum TimestampError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Not of the form `YYYY-MM-DDTHH:MM[:SS[.fff]]±HH:MM`.
    case malformed
    /// A date without a time.
    case missingTime
    /// No `Z` or `±HH:MM` offset.
    case missingOffset
    /// A month, day, hour, minute, second or offset out of range.
    case outOfRange

    /// A sentence for a line error.
    public var description: String {
        switch self {
        case .malformed: "not an ISO 8601 timestamp like 2026-03-14T18:05:00+01:00"
        case .missingTime: "a date without a time; write 2026-03-14T18:05:00+01:00"
        case .missingOffset: "needs a UTC offset (Z or +01:00)"
        case .outOfRange: "a date or time field is out of range"
        }
    }
}

/// The local day and hour of instants in a city's time zone.
public struct CityClock: Sendable {
    /// The IANA time zone (e.g. `Europe/London`).
    public let timeZone: TimeZone

    /// A clock for an IANA time-zone identifier; UTC when the identifier is unknown.
    public init(timeZoneIdentifier: String) {
        timeZone = TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(secondsFromGMT: 0) ?? .current
    }

    /// The local day (days since 1970-01-01 in the city's time zone) and hour (0–23) of `date`.
    public func dayAndHour(_ date: Date) -> (day: Int, hour: Int) {
        local(date, offset: timeZone.secondsFromGMT(for: date))
    }

    /// The offset from UTC, in seconds, at `date`.
    public func offsetSeconds(at date: Date) -> Int { timeZone.secondsFromGMT(for: date) }

    func local(_ date: Date, offset: Int) -> (day: Int, hour: Int) {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let day = Timestamp.floorDiv(local, 86_400)
        return (day, (local - day * 86_400) / 3600)
    }
}
