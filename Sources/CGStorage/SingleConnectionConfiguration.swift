import FluentKit
import NIOCore

/// Runs an SQLite database on exactly one connection, pinned to one event loop.
///
/// SQLite has one writer at a time. With a connection per event loop, a second writer waits for the lock by
/// sleeping inside `sqlite3_step` on a shared thread-pool thread — and when every pool thread is such a
/// sleeper, the holder of the lock can't run its next statement: a deadlock that only the busy timeout ends.
/// One connection turns that contention into an orderly queue in the connection pool instead.
struct SingleConnectionConfiguration: DatabaseConfiguration {
    var inner: any DatabaseConfiguration

    var middleware: [any AnyModelMiddleware] {
        get { inner.middleware }
        set { inner.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        let loop = databases.eventLoopGroup.next()
        let pinned = Databases(threadPool: databases.threadPool, on: loop)
        return PinnedDriver(inner: inner.makeDriver(for: pinned), loop: loop)
    }
}

/// Hands every request for a database to the driver's own event loop, whatever loop the caller is on.
struct PinnedDriver: DatabaseDriver {
    let inner: any DatabaseDriver
    let loop: any EventLoop

    func makeDatabase(with context: DatabaseContext) -> any Database {
        inner.makeDatabase(
            with: DatabaseContext(
                configuration: context.configuration, logger: context.logger, eventLoop: loop,
                history: context.history, pageSizeLimit: context.pageSizeLimit, shouldTrace: context.shouldTrace))
    }

    func shutdown() { inner.shutdown() }

    func shutdownAsync() async { await inner.shutdownAsync() }
}
