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
