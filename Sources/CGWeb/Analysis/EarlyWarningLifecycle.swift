import Vapor

/// Runs the early-warning job every `interval` seconds while the server runs (`commonground serve`): started
/// when the application boots, cancelled at shutdown. The interval comes from `CG_EARLY_WARNING_INTERVAL`
/// (seconds, default 300; 0 turns the job off).
final class EarlyWarningLifecycle: LifecycleHandler, @unchecked Sendable {
    // Set in didBoot and read in shutdown, both on the application's lifecycle thread.
    private var task: Task<Void, Never>?
    let interval: TimeInterval

    init(interval: TimeInterval) { self.interval = interval }

    func didBootAsync(_ application: Application) async throws {
        guard interval > 0 else { return }
        let job = EarlyWarningJob(app: application)
        let clock = application.cg.clock
        let nanoseconds = UInt64(interval * 1_000_000_000)
        task = Task {
            while !Task.isCancelled {
                do {
                    try await job.run(now: clock.now())
                } catch {
                    job.logger.error("early warning run failed: \(error)")
                }
                try? await Task.sleep(nanoseconds: nanoseconds)
            }
        }
    }

    func shutdownAsync(_ application: Application) async {
        task?.cancel()
        task = nil
    }
}
