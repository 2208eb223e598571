import CGCasePanel
import Foundation
import Testing

@Suite("Case panel rules")
struct CasePanelRulesTests {
    static func day(_ text: String) throws -> Date { try #require(PanelCalendar.parse(text)) }

    @Test("dates parse only as real yyyy-mm-dd days")
    func dates() throws {
        #expect(PanelCalendar.parse("2026-02-29") == nil)
        #expect(PanelCalendar.parse("2026-13-01") == nil)
        #expect(PanelCalendar.parse("26-01-01") == nil)
        #expect(PanelCalendar.string(try Self.day("2028-02-29")) == "2028-02-29")
    }

    @Test("factors parse from a list and name the first unknown one")
    func factors() throws {
        #expect(try PanelFactor.parseList("grievance, mentor,grievance").get() == [.grievance, .mentor])
        #expect(throws: PanelVocabularyError.unknown("factors", "bogus")) { try PanelFactor.parseList("isolation,bogus").get() }
        #expect(PanelFactor.mentalHealth.group == .personal)
        #expect(PanelFactor.extremistContent.group == .pull)
    }

    @Test("health details stay with the supplier unless shared on consent or for vital interests")
    func sharing() throws {
        #expect(SectionSharing.isRestricted(kind: .health, basis: .publicTask, supplierRestricts: false))
        #expect(SectionSharing.isRestricted(kind: .health, basis: .legalDuty, supplierRestricts: false))
        #expect(!SectionSharing.isRestricted(kind: .health, basis: .consent, supplierRestricts: false))
        #expect(SectionSharing.isRestricted(kind: .health, basis: .consent, supplierRestricts: true))
        #expect(!SectionSharing.isRestricted(kind: .health, basis: .vitalInterests, supplierRestricts: true))
        #expect(!SectionSharing.isRestricted(kind: .assessment, basis: .publicTask, supplierRestricts: false))
        #expect(SectionSharing.isRestricted(kind: .family, basis: .publicTask, supplierRestricts: true))
        #expect(SectionSharing.mayView(restricted: true, supplier: 1, viewerAgency: 1))
        #expect(!SectionSharing.mayView(restricted: true, supplier: 1, viewerAgency: 2))
        #expect(SectionSharing.mayView(restricted: false, supplier: 1, viewerAgency: 2))
    }

    @Test("meetings fall on the schedule's weekdays: twice a week on Tuesdays and Fridays")
    func meetings() throws {
        // 2026-09-07 is a Monday.
        let monday = try Self.day("2026-09-07")
        let next = MeetingSchedule.twiceWeekly.meetings(from: monday, count: 4).map(PanelCalendar.string)
        #expect(next == ["2026-09-08", "2026-09-11", "2026-09-15", "2026-09-18"])
        #expect(PanelCalendar.string(MeetingSchedule.twiceWeekly.nextMeeting(onOrAfter: try Self.day("2026-09-11"))) == "2026-09-11")
        #expect(throws: PanelVocabularyError.self) { try MeetingSchedule(stored: "0,8") }
        #expect(throws: PanelVocabularyError.self) { try MeetingSchedule(stored: "") }
        #expect(try MeetingSchedule(stored: "6,3,3").stored == "3,6")
    }

    @Test("open cases come back every interval; closed ones at 6 and 12 months, then no more")
    func reviews() throws {
        let policy = ReviewPolicy(openIntervalDays: 14)
        let opened = try Self.day("2026-09-07")
        #expect(PanelCalendar.string(policy.nextOpenReview(after: opened)) == "2026-09-21")
        let closed = try Self.day("2026-01-31")
        #expect(policy.closureReviews(closedAt: closed).map(PanelCalendar.string) == ["2026-07-31", "2027-01-31"])
        #expect(policy.nextClosureReview(closedAt: closed, reviewsDone: 1).map(PanelCalendar.string) == "2027-01-31")
        #expect(policy.nextClosureReview(closedAt: closed, reviewsDone: 2) == nil)
        #expect(ReviewPolicy.isDue(try Self.day("2026-09-08"), for: try Self.day("2026-09-08")))
        #expect(!ReviewPolicy.isDue(try Self.day("2026-09-09"), for: try Self.day("2026-09-08")))
        #expect(!ReviewPolicy.isDue(nil, for: opened))
    }

    @Test("actions are overdue after their due day while outstanding")
    func overdue() throws {
        let due = try Self.day("2026-09-10")
        #expect(!OverdueRule.isOverdue(status: .planned, due: due, now: due.addingTimeInterval(23 * 3_600)))
        #expect(OverdueRule.isOverdue(status: .inProgress, due: due, now: due.addingTimeInterval(25 * 3_600)))
        #expect(!OverdueRule.isOverdue(status: .done, due: due, now: due.addingTimeInterval(90 * 86_400)))
    }

    @Test("retention runs out after the period for finished cases, never under a legal hold or while open")
    func retention() throws {
        let closed = try Self.day("2026-01-01")
        let before = PanelCalendar.adding(days: 29, to: closed)
        let after = PanelCalendar.adding(days: 30, to: closed)
        #expect(!RetentionRule.isDue(status: .closed, finishedAt: closed, retentionDays: 30, legalHold: false, now: before))
        #expect(RetentionRule.isDue(status: .closed, finishedAt: closed, retentionDays: 30, legalHold: false, now: after))
        #expect(RetentionRule.isDue(status: .notInScope, finishedAt: closed, retentionDays: 30, legalHold: false, now: after))
        #expect(!RetentionRule.isDue(status: .closed, finishedAt: closed, retentionDays: 30, legalHold: true, now: after))
        #expect(!RetentionRule.isDue(status: .open, finishedAt: closed, retentionDays: 30, legalHold: false, now: after))
        // A referral left waiting runs its clock from its last change; an open case runs none.
        #expect(RetentionRule.clockStart(status: .moreInformation, finishedAt: nil, lastChange: closed) == closed)
        #expect(RetentionRule.clockStart(status: .open, finishedAt: nil, lastChange: closed) == nil)
        #expect(RetentionRule.clockStart(status: .closed, finishedAt: after, lastChange: closed) == after)
        #expect(RetentionRule.isDue(status: .referred, finishedAt: closed, retentionDays: 30, legalHold: false, now: after))
    }

    @Test("age bands at referral")
    func ageBands() throws {
        let now = try Self.day("2026-09-07")
        #expect(AgeBand(born: try Self.day("2012-09-08"), at: now) == .under15)
        #expect(AgeBand(born: try Self.day("2011-09-07"), at: now) == .from15to17)
        #expect(AgeBand(born: try Self.day("2008-09-07"), at: now) == .from18to24)
        #expect(AgeBand(born: try Self.day("1980-01-01"), at: now) == .from40)
    }

    @Test("insight counts each case once per factor, by every dimension, with a half-yearly trend")
    func insight() throws {
        let jan = try Self.day("2026-01-10"), aug = try Self.day("2026-08-10")
        let cases = [
            CaseFacts(referredAt: jan, closedAt: try Self.day("2026-02-01"), status: .closed, ideology: .islamist, ageBand: .from15to17,
                      referralSource: "education", outcome: .risksReduced, factors: [.grievance, .mentor]),
            CaseFacts(referredAt: jan, closedAt: nil, status: .open, ideology: .extremeRightWing, ageBand: .from18to24,
                      referralSource: "police", outcome: nil, factors: [.grievance]),
            CaseFacts(referredAt: aug, closedAt: try Self.day("2027-09-01"), status: .anonymised, ideology: .extremeRightWing,
                      ageBand: .from18to24, referralSource: "police", outcome: .escalated, factors: []),
        ]
        let counts = InsightCounts.count(cases, sources: ["police", "education", "health"])
        #expect(counts.total == 3)
        func dimension(_ name: String) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: (counts.dimensions.first { $0.name == name }?.items ?? []).map { ($0.key, $0.count) })
        }
        #expect(dimension("factor")["grievance"] == 2)
        #expect(dimension("factor")["mentor"] == 1)
        #expect(dimension("ideology")["extreme_right_wing"] == 2)
        #expect(dimension("referral_source") == ["police": 2, "education": 1, "health": 0])
        #expect(dimension("time_to_resolution")["under_3_months"] == 1)
        #expect(dimension("time_to_resolution")["over_12_months"] == 1)
        #expect(dimension("time_to_resolution")["not_closed"] == 1)
        #expect(counts.trend == [InsightItem(key: "2026-H1", count: 2), InsightItem(key: "2026-H2", count: 1)])
    }
}
