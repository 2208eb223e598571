import Foundation
import Testing

@Suite("Case panel command line")
struct CasePanelCLITests {
    @Test("demo loads a synthetic panel; panel retention runs from the CLI and the audit chain stays intact")
    func retentionCommand() throws {
        let folder = try CLITests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = try CLI.run(["demo", "--load-only", "--data-dir", folder.path], timeout: 300)
        #expect(demo.status == 0, "\(demo.error)")
        let retention = try CLI.run(["panel", "retention", "--data-dir", folder.path])
        #expect(retention.status == 0, "\(retention.error)")
        #expect(retention.output.contains("anonymised 0 case(s); 0 past retention kept by a legal hold"))
        let verify = try CLI.run(["audit", "verify", "--data-dir", folder.path])
        #expect(verify.status == 0 && verify.output.contains("intact"), "\(verify.output)")
    }
}
