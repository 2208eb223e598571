import NIOConcurrencyHelpers
import NIOCore
import Vapor

/// The case panel's scheduled work: retention (anonymise finished cases past their panel's period unless a
/// legal hold stops it). Run by `commonground panel retention` and, while serving, every hour.
public enum CasePanelJobs {
    /// Runs retention once with the application's clock; returns how many cases were anonymised and how many
    /// expired cases a legal hold kept.
    public static func runRetention(_ app: Application) async throws -> (anonymised: Int, held: Int) {
        let result = try await CasePanelService(services: app.cg, database: app.db, lookup: app.panelLookup)
            .runRetention()
        return (result.anonymised, result.held)
    }

    /// How often the server runs retention.
    static let interval: TimeAmount = .hours(1)
}

/// Starts the hourly retention run when the server boots and stops it at shutdown. Tests start the server
/// without the lifecycle, so they drive retention themselves with their own clock.
struct CasePanelRetentionSchedule: LifecycleHandler {
    let task = NIOLockedValueBox<RepeatedTask?>(nil)

    func didBoot(_ application: Application) throws {
        let scheduled = application.eventLoopGroup.next().scheduleRepeatedAsyncTask(
            initialDelay: .seconds(30), delay: CasePanelJobs.interval
        ) { _ in
            application.eventLoopGroup.next().makeFutureWithTask {
                do {
                    let result = try await CasePanelJobs.runRetention(application)
                    if result.anonymised > 0 || result.held > 0 {
                        application.logger.notice("panel retention: \(result.anonymised) anonymised, \(result.held) kept by legal hold")
                    }
                } catch {
                    application.logger.error("panel retention failed: \(String(describing: error))")
                }
            }
        }
        task.withLockedValue { $0 = scheduled }
    }

    func shutdown(_ application: Application) {
        task.withLockedValue { $0?.cancel() }
    }
}
