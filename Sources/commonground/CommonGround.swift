import ArgumentParser
import CGWeb

@main
struct CommonGround: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "commonground")
    func run() async throws {}
}
