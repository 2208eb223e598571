import CGSentiment
import Foundation
import Testing

extension BrowserTests {
    @Test("a trigger event's page on a 390-px phone: nothing past the screen's edge, its charts scroll in their own frames")
    func eventPageOnPhone() async throws {
        try await TestApp.with(.sqlite) { app in
            let chromium = try #require(HeadlessChromium.path)
            let (stream, analyst) = try await Fixtures.analystWithPlantedStream(app)
            let path = "/analysis/events/muslims-\(Timestamp.dayLabel(stream.eventStart))?group=muslims"
            let page = try await analyst.get(path)
            #expect(page.status == .ok, "\(path): \(page.status)")
            let shot = Self.screenshotFolder.appendingPathComponent("phone-analysis-event.png")
            let measured = try PhoneLayout.measure(chromium, html: page.text, folder: app.dataDirectory, screenshot: shot)
            #expect(measured.innerWidth == PhoneLayout.width)
            #expect(measured.scrollWidth <= PhoneLayout.width, "the page scrolls sideways (\(measured.scrollWidth) px)")
            #expect(measured.overflowing.isEmpty, "past the screen's edge: \(measured.overflowing.prefix(10))")
            #expect(measured.brokenDays.isEmpty, "days broken over two lines: \(measured.brokenDays)")
            // The chart opens at its latest days, where the event is: its shaded days are on the screen before
            // anyone scrolls (they lay past the frame's right edge when the chart opened at its left end).
            #expect(measured.spans > 0 && measured.visibleSpans == measured.spans,
                "shaded event days on screen: \(measured.visibleSpans) of \(measured.spans)")
            let png = try Data(contentsOf: shot)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG screenshot")
        }
    }

    @Test("the dashboard's and the alerts page's tables on a 390-px phone keep each day on one line")
    func alertTablesOnPhone() async throws {
        try await TestApp.with(.sqlite, adjust: { $0.environment["CG_EARLY_WARNING_INTERVAL"] = "0" }) { app in
            let chromium = try #require(HeadlessChromium.path)
            let (_, analyst) = try await Fixtures.analystWithPlantedAlert(app)
            for (path, name) in [("/analysis?lang=es", "dashboard"), ("/analysis/alerts?lang=es", "alerts")] {
                let page = try await analyst.get(path)
                #expect(page.status == .ok, "\(path): \(page.status)")
                #expect(page.text.contains(#"<td class="day">"#), "\(path): no day in a table")
                let shot = Self.screenshotFolder.appendingPathComponent("phone-analysis-\(name)-es.png")
                let measured = try PhoneLayout.measure(chromium, html: page.text, folder: app.dataDirectory, screenshot: shot)
                #expect(measured.innerWidth == PhoneLayout.width)
                #expect(measured.brokenDays.isEmpty, "\(path): days broken over two lines: \(measured.brokenDays)")
            }
        }
    }
}
