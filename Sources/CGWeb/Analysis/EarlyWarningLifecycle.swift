import Foundation
import Vapor

/// Runs the early-warning job while the server runs (`commonground serve`): started when the application
/// boots (the first run warms the memo of every city), cancelled at shutdown. It runs every `interval` seconds
/// (`CG_EARLY_WARNING_INTERVAL`, default 300; 0 turns the job off) and, every `probe` seconds
/// (`CG_EARLY_WARNING_PROBE`, default 5; 0 = interval only), reads the stored counts per city and runs the job
/// soon after they changed — an ingest batch or deletion through the API of this server, or through
/// `commonground ingest` / `messages delete` in another process (``EarlyWarningSchedule``).
final class EarlyWarningLifecycle: LifecycleHandler, @unchecked Sendable {
    // Set in didBoot and read in shutdown, both on the application's lifecycle thread.
    private var task: Task<Void, Never>?
    let interval: TimeInterval
    let probe: TimeInterval

    init(interval: TimeInterval, probe: TimeInterval) {
        self.interval = interval
        self.probe = probe
    }

    func didBootAsync(_ application: Application) async throws {
        guard interval > 0 else { return }
        let job = EarlyWarningJob(app: application)
        let clock = application.cg.clock
        let (interval, probe) = (interval, probe)
        let tick = probe > 0 ? min(probe, interval) : interval
        task = Task {
            var schedule = EarlyWarningSchedule(interval: interval)
            let start = ContinuousClock.now
            func seconds() -> Double {
                let elapsed = ContinuousClock.now - start
                return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            }
            while !Task.isCancelled {
                let stamp = probe > 0 ? try? await job.changeStamp() : nil
                let now = seconds()
                if schedule.isDue(now: now, stamp: stamp) {
                    schedule.ran(now: now, stamp: stamp)
                    do {
                        try await job.run(now: clock.now())
                    } catch {
                        job.logger.error("early warning run failed: \(error)")
                    }
                } else {
                    schedule.probed(now: now, stamp: stamp)
                }
                try? await Task.sleep(nanoseconds: UInt64(tick * 1_000_000_000))
            }
        }
    }

    func shutdownAsync(_ application: Application) async {
        task?.cancel()
        task = nil
    }
}
