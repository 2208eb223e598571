import ArgumentParser
import CGSentiment
import CGWeb
import Foundation

/// `commonground source add|list`: the registry of online-message sources and their provenance.
struct SourceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "source", abstract: "Register and list online-message sources (provenance).",
        subcommands: [Add.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Register a source before ingesting into it.")

        @Argument(help: "Source name (lower-case letters, digits, '.', '_', '-'); names starting with 'synthetic' mark generated data.")
        var name: String
        @Option(help: "The platform, e.g. \"mastodon\" or \"city forum\".") var platform: String
        @Option(help: "How the messages are collected, e.g. \"DSA Art. 40 researcher access\".") var method: String
        @Option(help: "The terms of use the data is held under (a sentence or a link).") var terms: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let settings = try database.settings()
            let source = MessageSource(name: name, platform: platform, collectionMethod: method, termsOfUse: terms)
            try await runReportingErrors {
                try await ApplicationRunner.with(settings) { app in
                    _ = try await MessageIngestService(app: app).register(source, actor: .commandLine)
                }
            }
            announce("Registered source \(name)\(source.isSynthetic ? " (synthetic)" : "").")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the registered sources.")

        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let settings = try database.settings()
            try await runReportingErrors {
                let sources = try await ApplicationRunner.with(settings) { app in
                    try await MessageIngestService(app: app).sources()
                }
                if sources.isEmpty { announce("No sources registered; add one with `commonground source add`.") }
                for summary in sources {
                    let cities = summary.messagesByCity.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
                    announce(
                        [
                            summary.source.name + (summary.isSynthetic ? " (synthetic)" : ""),
                            "platform: \(summary.source.platform)", "method: \(summary.source.collectionMethod)",
                            "terms: \(summary.source.termsOfUse)",
                            "messages: \(cities.isEmpty ? "none" : cities.joined(separator: ","))",
                        ].joined(separator: "\t"))
                }
            }
        }
    }
}
