import CGClassifier
import Foundation
import Testing

@testable import CGSentiment

@Test(.enabled(if: ProcessInfo.processInfo.environment["CG_DIAG"] != nil)) func templateDiagnostics() throws {
    let c = try #require(sharedClassifier)
    for code in ["en", "es", "ca", "fr", "nl", "sv"] {
        let t = DemoTemplates.forLanguage(code)
        for (kind, pool) in [("chat", t.chatter + t.identityChatter), ("hate", t.hate + t.eventHate)] {
            for template in pool {
                var hits = 0, n = 0
                for (_, names) in t.groups {
                    for name in names {
                        let text = template.replacingOccurrences(of: "{G}", with: name)
                            .replacingOccurrences(of: "{P}", with: kind == "hate" ? "Paris" : "")
                        n += 1
                        let r = c.classify(text)
                        if r.hateful { hits += 1 }
                    }
                }
                let rate = Double(hits) / Double(n)
                if (kind == "hate" && rate < 0.8) || (kind == "chat" && rate > 0.1) {
                    let sample = template.replacingOccurrences(of: "{G}", with: t.groups.values.first![0])
                    print("DIAG \(code) \(kind) \(String(format: "%.2f", rate)) \(sample) lang=\(c.classify(sample).language)")
                }
            }
        }
    }
}
