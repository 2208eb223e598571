import Foundation
import Synchronization
import Vapor

/// Purges review texts past their retention once after the server boots and then every hour, so raw texts
/// never outlive their window by more than an hour while the server runs.
struct TextPurgeJob: LifecycleHandler {
    static let interval: Duration = .seconds(3_600)

    final class Holder: Sendable {
        let task = Mutex<Task<Void, Never>?>(nil)
    }

    let holder = Holder()

    func didBootAsync(_ application: Application) async throws {
        let task = Task {
            while !Task.isCancelled {
                do {
                    let purged = try await MessageIngestService(app: application).purgeTexts(actor: .system)
                    if purged > 0 { application.logger.info("purged \(purged) review texts past their retention") }
                } catch {
                    application.logger.error("review-text purge failed: \(error)")
                }
                try? await Task.sleep(for: Self.interval)
            }
        }
        holder.task.withLock { $0 = task }
    }

    func shutdownAsync(_ application: Application) async {
        holder.task.withLock { $0?.cancel() }
    }
}
