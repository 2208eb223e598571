import Foundation
import Testing

@testable import CGWeb

/// The staff pages show when something happened to the minute in UTC, through one function.
@Suite("Times to the minute on the staff pages")
struct MinuteFormatTests {
    @Test("a time is written YYYY-MM-DD HH:MM in UTC, whatever the machine's zone")
    func minute() {
        // 2026-03-14 17:05:59 UTC.
        let date = Date(timeIntervalSince1970: 1_773_507_959)
        #expect(UI.minute(date) == "2026-03-14 17:05")
        #expect(UI.minute(Date(timeIntervalSince1970: 0)) == "1970-01-01 00:00")
        // One second before midnight stays on its day.
        #expect(UI.minute(Date(timeIntervalSince1970: 1_773_532_799)) == "2026-03-14 23:59")
    }
}
