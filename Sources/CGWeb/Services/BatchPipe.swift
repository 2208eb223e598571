import Foundation
import Synchronization

/// A bounded hand-over from a producer thread (which may block) to an async consumer: the producer waits for
/// room before sending, the consumer releases a slot after handling each item, and either side can stop the
/// other (a producer error ends the stream; ``cancel()`` makes the producer's next wait throw).
final class BatchPipe<Item: Sendable>: Sendable {
    /// The items, in order; ends when the producer finishes.
    let stream: AsyncThrowingStream<Item, any Error>
    private let continuation: AsyncThrowingStream<Item, any Error>.Continuation
    private let slots: DispatchSemaphore
    private let cancelled = Atomic<Bool>(false)
    private let depth: Int

    /// A pipe holding at most `depth` items not yet released.
    init(depth: Int) {
        self.depth = max(1, depth)
        slots = DispatchSemaphore(value: self.depth)
        (stream, continuation) = AsyncThrowingStream.makeStream(of: Item.self, throwing: (any Error).self)
    }

    /// Blocks the producer until there is room; throws when the consumer gave up.
    func waitForRoom() throws {
        slots.wait()
        if cancelled.load(ordering: .acquiring) { throw CancellationError() }
    }

    /// Sends an item.
    func send(_ item: Item) { continuation.yield(item) }

    /// Ends the stream (with an error when the producer failed).
    func finish(throwing error: (any Error)?) {
        if let error { continuation.finish(throwing: error) } else { continuation.finish() }
    }

    /// Frees the slot of a handled item.
    func release() { slots.signal() }

    /// Stops the producer at its next wait.
    func cancel() {
        cancelled.store(true, ordering: .releasing)
        for _ in 0...depth { slots.signal() }
    }
}
