import ArgumentParser

/// The `commonground` executable: one binary, one subcommand per job.
@main
struct CommonGround: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commonground",
        abstract: "Self-hosted hate-incident reporting, online-hate mapping and multi-agency case work for cities.",
        subcommands: [
            ServeCommand.self, DemoCommand.self, MigrateCommand.self, UserCommand.self, AuditCommand.self,
            GeoCommand.self, ModelCommand.self, ClassifyCommand.self, BenchCommand.self, PanelCommand.self,
            IngestCommand.self, SourceCommand.self, MessagesCommand.self, IncidentsCommand.self,
        ])
}
