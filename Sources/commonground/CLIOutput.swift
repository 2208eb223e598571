import ArgumentParser
import Foundation

/// Prints a clean error and exits 1, instead of a trace.
func runReportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let exit as CleanExit {
        FileHandleStderr.write(exit.description)
        throw ExitCode.failure
    }
}

/// Prints a line and flushes at once: output often goes to a file or pipe, where the demo login must appear
/// while the server runs, not when it exits.
func announce(_ text: String) {
    print(text)
    fflush(nil)
}

enum FileHandleStderr {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
