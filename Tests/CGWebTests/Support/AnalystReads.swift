import Foundation
import Testing
import VaporTesting

/// What an analyst of an outside trial reads: every page and JSON body fetched is kept, so the trial can scan
/// them all for authors at the end (`ForeignStreamTrialTests`, `RotterdamTrialTests`).
struct AnalystReads {
    var browser: Browser
    var bodies: [String] = []

    /// GETs a page or JSON, expecting 200, and keeps the body.
    mutating func get(_ path: String) async throws -> ClientResponse {
        let response = try await browser.get(path)
        #expect(response.status == .ok, "\(path): \(response.status) \(response.text.prefix(300))")
        bodies.append(response.text)
        return response
    }

    /// The `result` of a JSON answer.
    mutating func result(_ path: String) async throws -> Any? {
        try await get(path).json()["result"]
    }

    /// Records an issue for every body holding one of `pseudonyms` (32 hexadecimal digits, found wherever they
    /// stand in a longer run) or any of `texts`.
    func expectNone(of pseudonyms: Set<String>, nor texts: [String]) {
        let hex = Set("0123456789abcdef".utf8)
        for body in bodies {
            for text in texts where body.contains(text) { Issue.record("a page holds \(text)") }
            let bytes = Array(body.utf8)
            var start = 0
            for i in 0...bytes.count {
                if i < bytes.count && hex.contains(bytes[i]) { continue }
                if i - start >= 32 {
                    for s in start...(i - 32)
                    where pseudonyms.contains(String(decoding: bytes[s..<(s + 32)], as: UTF8.self)) {
                        Issue.record("a page holds an author pseudonym")
                    }
                }
                start = i + 1
            }
        }
    }
}
