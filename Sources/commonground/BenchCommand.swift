import ArgumentParser

/// `commonground bench …`: speed and memory measurements, reported as ratios against a baseline measured in
/// the same run (the machines are noisy; bare times mean little).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Benchmarks of the classifier and the server.",
        subcommands: [
            BenchReportsCommand.self, BenchClassifierCommand.self, BenchIngestCommand.self, BenchDashboardCommand.self,
        ])
}
