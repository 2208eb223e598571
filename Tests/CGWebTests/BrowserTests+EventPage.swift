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
            let png = try Data(contentsOf: shot)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG screenshot")
        }
    }
}
