import Foundation
import Testing
import VaporTesting

/// Pages as a real browser renders them: headless Chromium from Debian's packages (installed by `.ci/run`).
@Suite("Pages in a real browser", .enabled(if: HeadlessChromium.path != nil, "headless Chromium is not installed"))
struct BrowserTests {
    @Test("the home and login pages render on a phone-sized screen with their form and no script")
    func phoneScreens() async throws {
        try await TestApp.with(.sqlite) { app in
            let chromium = try #require(HeadlessChromium.path)
            let folder = app.dataDirectory
            for (path, expected) in [("/", "CommonGround"), ("/login?lang=fr", "Connexion")] {
                let dom = try HeadlessChromium.run(chromium, ["--dump-dom", app.baseURL + path])
                #expect(dom.contains(expected), "\(path): \(dom.prefix(300))")
                #expect(!dom.contains("<script"))
                let shot = folder.appendingPathComponent("shot-\(UUID().uuidString).png")
                _ = try HeadlessChromium.run(
                    chromium, ["--window-size=390,844", "--screenshot=\(shot.path)", app.baseURL + path])
                let png = try Data(contentsOf: shot)
                #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
                // Width and height sit big-endian at bytes 16–23 of the IHDR chunk.
                let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
                #expect(width == 390)
            }
            let login = try HeadlessChromium.run(chromium, ["--dump-dom", app.baseURL + "/login"])
            #expect(login.contains("name=\"_csrf\""))
            #expect(login.contains("autocomplete=\"current-password\""))
        }
    }
}

extension BrowserTests {
    @Test("on a phone the observatory's charts keep labels of at least 9 px; the tile map fits the screen")
    func chartLabelsOnPhone() async throws {
        try await TestApp.with(.sqlite) { app in
            let chromium = try #require(HeadlessChromium.path)
            // The page as served, plus a measuring script of the test's own (the pages have none): the rendered
            // size of each chart's 11-unit labels, and whether its map overflows the screen. Headless Chromium
            // lays out at least 500 px wide whatever --window-size says, so the page is held to 390 px.
            let page = try await app.send(.GET, "/observatory?city=london&from=2025-06&to=2026-09").text
            let script = """
                <style>html{width:390px}</style>
                <script>
                const out = [...document.querySelectorAll('.chart svg')].map(svg => {
                  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                  return svg.getAttribute('aria-labelledby').split(' ')[0] + '=' + (11 * scale).toFixed(1) + ':' + Math.round(svg.getBoundingClientRect().right);
                });
                const p = document.createElement('p');
                p.id = 'measured';
                p.textContent = out.join(' ');
                document.body.append(p);
                </script>
                """
            let file = app.dataDirectory.appendingPathComponent("observatory.html")
            try page.replacingOccurrences(of: "</body>", with: script + "</body>").write(to: file, atomically: true, encoding: .utf8)
            let dom = try HeadlessChromium.run(chromium, ["--window-size=390,844", "--dump-dom", file.absoluteString])
            let measured = try #require(
                dom.range(of: #"id="measured">[^<]*"#, options: .regularExpression).map { String(dom[$0].dropFirst(14)) },
                "\(dom.suffix(300))")
            let charts = measured.split(separator: " ").map { $0.split(separator: "=") }
            #expect(charts.count == 4, "\(measured)")
            for chart in charts where chart.count == 2 {
                let parts = chart[1].split(separator: ":")
                let label = Double(parts[0]) ?? 0
                if chart[0].hasPrefix("incidentmap") {
                    #expect((Int(parts[1]) ?? 999) <= 390, "the tile map fits a 390-px screen: \(chart)")
                } else {
                    #expect(label >= 9, "\(chart[0]): 11-unit labels render at \(label) px")
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
