import Foundation

/// The canonical time of an audit entry: whole milliseconds since 1970-01-01T00:00:00Z, as an `Int64`.
///
/// The audit hash covers this integer, not a `Date`, so an entry survives a round trip through a database that
/// stores either the integer (recommended) or the ISO 8601 text `yyyy-MM-ddTHH:mm:ss.SSSZ`. Converting a `Date`
/// rounds to the nearest millisecond, so a `Date` made from a millisecond value converts back to exactly that value.
public enum AuditTimestamp {
    private static let millisecondsPerDay: Int64 = 86_400_000

    /// `date` rounded to the nearest millisecond (clamped to the range an `Int64` of milliseconds can hold).
    public static func milliseconds(from date: Date) -> Int64 {
        let value = (date.timeIntervalSince1970 * 1000).rounded()
        if value.isNaN { return 0 }
        if value >= 9.2e18 { return Int64.max }
        if value <= -9.2e18 { return Int64.min }
        return Int64(value)
    }

    /// The `Date` of a millisecond value.
    public static func date(fromMilliseconds milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// The ISO 8601 text `yyyy-MM-ddTHH:mm:ss.SSSZ` (UTC, always three fraction digits) of a millisecond value.
    /// Defined for years 0000–9999; other values are written with more year digits and don't parse back.
    public static func iso8601(fromMilliseconds milliseconds: Int64) -> String {
        let (days, remainder) = floorDivide(milliseconds, millisecondsPerDay)
        let (year, month, day) = civil(fromDays: days)
        let hour = remainder / 3_600_000
        let minute = remainder / 60_000 % 60
        let second = remainder / 1000 % 60
        let millisecond = remainder % 1000
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
            + ".\(pad(millisecond, 3))Z"
    }

    /// The millisecond value of an ISO 8601 UTC text `yyyy-MM-ddTHH:mm:ss[.fraction]Z` (a space instead of `T` is
    /// accepted; a fraction longer than three digits is rounded to the nearest millisecond), or `nil` if it is not one.
    public static func milliseconds(fromISO8601 text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for byte in bytes[range] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int64(byte - 48)
            }
            return value
        }
        let separators: [(Int, UInt8)] = [(4, 45), (7, 45), (13, 58), (16, 58)]
        guard separators.allSatisfy({ bytes[$0.0] == $0.1 }), bytes[10] == UInt8(ascii: "T") || bytes[10] == 32,
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            hour < 24, minute < 60, second < 60
        else { return nil }
        var millisecond: Int64 = 0
        if bytes.count > 20 {
            // A fraction: ".", one or more digits, then "Z". Round to the nearest millisecond using the 4th digit.
            guard bytes[19] == UInt8(ascii: "."), bytes.count > 21,
                bytes[20..<(bytes.count - 1)].allSatisfy({ (48...57).contains($0) })
            else {
                return nil
            }
            var tenthsOfMilliseconds: Int64 = 0
            for index in 20..<24 {
                let digit = index < bytes.count - 1 ? Int64(bytes[index] - 48) : 0
                tenthsOfMilliseconds = tenthsOfMilliseconds * 10 + digit
            }
            millisecond = (tenthsOfMilliseconds + 5) / 10
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        return days * millisecondsPerDay + hour * 3_600_000 + minute * 60_000 + second * 1000 + millisecond
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let quotient = a / b
        let remainder = a % b
        return remainder < 0 ? (quotient - 1, remainder + b) : (quotient, remainder)
    }

    // Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian calendar).
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
