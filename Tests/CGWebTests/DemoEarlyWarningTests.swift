import CGGeo
import CGSentiment
@testable import CGWeb
import Foundation
import SQLKit
import Testing

@Suite("Demo early warning")
struct DemoEarlyWarningTests {
    /// The English names the alerts page gives the groups a demo event can target.
    static let groupNames = ["muslims": "Muslims", "jews": "Jewish people", "immigrants": "Immigrants and refugees", "black": "Black people"]

    @Test("the demo analyst's alerts page lists the planted event, raised by the real job at the time it happened; loading again adds nothing")
    func plantedEventAlert() async throws {
        try await TestApp.with(.sqlite, adjust: {
            $0.isDemo = true
            $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0"
        }) { app in
            try await DemoSeeder.seed(app.app)
            try await DemoSeeder.seed(app.app)
            // The truth: the demo stream the loader generated from the same clock.
            let pack = try #require(CityPacks.pack(id: DemoSeeder.city))
            let now = app.clock.now
            let event = DemoStream.generate(
                city: pack, days: DemoSeeder.sentimentDays, seed: DemoSeeder.sentimentSeed,
                start: now.addingTimeInterval(-Double(DemoSeeder.sentimentDays - 1) * 86_400),
                messagesPerAreaPerDay: DemoSeeder.sentimentMessagesPerAreaPerDay
            ).event

            let sql = try app.sql
            let subscriptions = try await sql.select().from(M0023Names.subscriptions).column("created_at").all()
            #expect(subscriptions.count == 1, "one demo subscription, also after a second load")
            let alerts = try await sql.select().from(M0023Names.alerts).columns("created_at", "event_key").all()
            #expect(alerts.count == 1, "one alert, also after a second load")
            let subscribed = try #require(subscriptions.first).decode(column: "created_at", as: Date.self)
            let raised = try #require(alerts.first).decode(column: "created_at", as: Date.self)
            let clock = CityClock(timeZoneIdentifier: pack.timeZone)
            #expect(clock.dayAndHour(subscribed).day < event.startDay, "subscribed before the event")
            let raisedDay = clock.dayAndHour(raised).day
            #expect(raisedDay >= event.startDay && raisedDay <= event.endDay + 1, "raised while the event ran, not today")

            let analyst = Browser(app)
            let login = try await analyst.login(DemoSeeder.analystEmail, DemoSeeder.adminPassword)
            #expect(login.status == .seeOther || login.status == .found, "\(login.status) \(login.text.prefix(300))")
            let page = try await analyst.get("/analysis/alerts?city=\(pack.id)")
            #expect(page.status == .ok)
            #expect(page.text.contains(try #require(Self.groupNames[event.targetGroup])))
            for area in event.seedAreas {
                #expect(page.text.contains(try #require(pack.area(code: area)).localName), "\(area) on the alerts page")
            }
            let api = try await analyst.get("/api/v1/analysis/alerts")
            let body = try #require(try JSONSerialization.jsonObject(with: Data(api.text.utf8)) as? [String: Any])
            #expect(body["synthetic"] as? Bool == true, "the demo's messages are synthetic")
            let list = try #require(body["result"] as? [[String: Any]])
            #expect(list.count == 1)
            let alert = try #require(list.first)
            #expect(alert["group"] as? String == event.targetGroup)
            #expect(Set(event.seedAreas).isSubset(of: Set(alert["areas"] as? [String] ?? [])))
            #expect(page.text.contains(try #require(alert["startDate"] as? String)))
        }
    }
}
