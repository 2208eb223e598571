import Foundation
import Testing

@Suite("The model command line", .enabled(if: CLI.available, "build the commonground binary first (swift build)"))
struct ModelCLITests {
    @Test("model eval demo: one line per city, the shipped models flag most planted hate and little chatter")
    func demoRates() throws {
        let r = try CLI.run(["model", "eval", "demo"])
        #expect(r.status == 0, "\(r.error)")
        let lines = r.output.split(separator: "\n").filter { $0.contains("planted hate flagged") }
        #expect(lines.count == 6, "\(r.output)")
        for line in lines {
            // "rotterdam: planted hate flagged 0.996, chatter flagged 0.023"
            let numbers = line.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
            #expect(numbers.count == 2, "\(line)")
            if numbers.count == 2 {
                #expect(numbers[0] >= 0.7 && numbers[1] <= 0.1, "\(line)")
            }
        }
    }

    @Test("model eval functional: the whole suite, then the blind subset's aggregate without its failures")
    func functionalWithBlind() throws {
        let r = try CLI.run(["model", "eval", "functional"])
        #expect(r.status == 0, "\(r.error)")
        let parts = r.output.components(separatedBy: "blind subset (functional-blind):")
        #expect(parts.count == 2, "\(r.output)")
        // Development cases grow with new templates (10,030 since the affirmation cases of 2026-11-30); the blind
        // parts never change.
        #expect(parts.first?.contains("(10030 cases)") == true)
        #expect(parts.last?.contains("(1854 cases)") == true)
        #expect(parts.last?.contains("language nl") == true)
        let fresh = r.output.components(separatedBy: "blind subset (functional-blind-2):")
        #expect(fresh.count == 2)
        #expect(fresh.last?.contains("(2633 cases)") == true)
        #expect(!r.output.contains("miss ["))
    }
}
