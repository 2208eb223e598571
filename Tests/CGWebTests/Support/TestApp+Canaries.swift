import Foundation
import SQLKit
import Testing

extension TestApp {
    /// The canaries readable in the SQLite database files (main file, WAL and shared memory) after a full
    /// checkpoint: what a thief with a copy of the data folder could read. Empty is the passing answer.
    func canariesReadableInDatabaseFiles(_ canaries: [String]) async throws -> [String] {
        try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
        let files = try FileManager.default.contentsOfDirectory(at: dataDirectory, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("commonground.sqlite") }
        #expect(!files.isEmpty, "no database files in \(dataDirectory.path)")
        var readable: [String] = []
        for file in files {
            let bytes = try Data(contentsOf: file)
            for canary in canaries where bytes.range(of: Data(canary.utf8)) != nil {
                readable.append("\(canary) in \(file.lastPathComponent)")
            }
        }
        return readable
    }
}
