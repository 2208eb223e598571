import Foundation
import Testing
import VaporTesting

/// Pages as a real browser renders them: headless Chromium from Debian's packages (installed by `.ci/run`).
@Suite("Pages in a real browser", .enabled(if: HeadlessChromium.path != nil, "headless Chromium is not installed"))
struct BrowserTests {
    /// Where the phone screenshots are kept after the run: `CG_SCREENSHOTS`, or `.build/screenshots` of the package.
    static var screenshotFolder: URL {
        let folder = ProcessInfo.processInfo.environment["CG_SCREENSHOTS"].map { URL(fileURLWithPath: $0) }
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/screenshots")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("the public pages laid out on a true 390-px phone screen: nothing wider than the screen outside the charts' scrollers")
    func phoneLayout() async throws {
        try await TestApp.with(.sqlite) { app in
            let chromium = try #require(HeadlessChromium.path)
            let receipt = try await app.sendJSON(.POST, "/api/v1/reports", json: ReportSubmissionTests.validJSON).json()
            let followUp = try #require(receipt["followUpPath"] as? String)
            let pages = [
                ("home", "/"), ("login-fr", "/login?lang=fr"), ("report", "/report?city=london"),
                ("report-ca", "/report?city=barcelona&lang=ca"), ("observatory", "/observatory?city=london&from=2025-06&to=2026-09"),
                ("observatory-nl", "/observatory?city=rotterdam&lang=nl"), ("follow-up", followUp),
            ]
            for (name, path) in pages {
                let page = try await app.send(.GET, path)
                #expect(page.status == .ok, "\(path): \(page.status)")
                #expect(!page.text.contains("<script"), "\(path): the pages carry no script")
                let shot = Self.screenshotFolder.appendingPathComponent("phone-\(name).png")
                let measured = try PhoneLayout.measure(chromium, html: page.text, folder: app.dataDirectory, screenshot: shot)
                // A true phone layout, not a crop of a wider one.
                #expect(
                    measured.innerWidth == PhoneLayout.width && measured.layoutWidth == PhoneLayout.width && measured.phoneMedia,
                    "\(path): laid out at \(measured.layoutWidth) px in a \(measured.innerWidth)-px viewport")
                #expect(measured.scrollWidth <= PhoneLayout.width, "\(path): the page scrolls sideways (\(measured.scrollWidth) px)")
                #expect(measured.bodyScrollWidth <= PhoneLayout.width, "\(path): the body is \(measured.bodyScrollWidth) px wide")
                #expect(measured.overflowing.isEmpty, "\(path): past the screen's edge: \(measured.overflowing.prefix(10))")
                // Only a wide chart scrolls sideways inside its own container.
                let others = measured.scrolling.filter { !$0.contains(".chart") }
                #expect(others.isEmpty, "\(path): scroll sideways on a phone: \(others)")
                let png = try Data(contentsOf: shot)
                #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(path): a PNG screenshot")
            }
        }
    }
}

extension BrowserTests {
    @Test("the phone frame catches a page wider than the screen and a table that scrolls sideways")
    func phoneFrameFindsOverflow() async throws {
        try await TestApp.with(.sqlite) { app in
            let chromium = try #require(HeadlessChromium.path)
            let home = try await app.send(.GET, "/").text
            let wide = home.replacingOccurrences(
                of: "</main>",
                with: #"<div id="too-wide" style="width:600px">wide</div><div class="table-wrap"><table><tr><td style="min-width:700px">x</td></tr></table></div></main>"#)
            let measured = try PhoneLayout.measure(
                chromium, html: wide, folder: app.dataDirectory, screenshot: app.dataDirectory.appendingPathComponent("wide.png"))
            #expect(measured.innerWidth == PhoneLayout.width)
            #expect(measured.scrollWidth > PhoneLayout.width, "\(measured.scrollWidth)")
            #expect(measured.overflowing.contains { $0.hasPrefix("div#too-wide:") }, "\(measured.overflowing)")
            #expect(measured.scrolling.contains("div.table-wrap"), "\(measured.scrolling)")
            #expect(!measured.overflowing.contains { $0.hasPrefix("td") }, "inside its scroller the table is not overflow")
        }
    }

    @Test("on a 390-px phone the observatory's charts keep labels of at least 9 px; the tile map fits the screen")
    func chartLabelsOnPhone() async throws {
        try await TestApp.with(.sqlite) { app in
            let chromium = try #require(HeadlessChromium.path)
            let page = try await app.send(.GET, "/observatory?city=london&from=2025-06&to=2026-09").text
            let measured = try PhoneLayout.measure(
                chromium, html: page, folder: app.dataDirectory,
                screenshot: Self.screenshotFolder.appendingPathComponent("phone-observatory-charts.png"))
            #expect(measured.innerWidth == PhoneLayout.width)
            #expect(measured.charts.count == 4, "\(measured.charts)")
            for chart in measured.charts {
                if chart.id.hasPrefix("incidentmap") {
                    #expect(chart.right <= PhoneLayout.width, "the tile map fits a 390-px screen: \(chart)")
                } else {
                    #expect(chart.label >= 9, "\(chart.id): 11-unit labels render at \(chart.label) px")
                }
            }
        }
    }
}

enum HeadlessChromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    static func run(_ binary: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]
            + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A wedged browser must fail the test, not hang the suite.
        DispatchQueue.global().asyncAfter(deadline: .now() + 90) { if process.isRunning { process.terminate() } }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
