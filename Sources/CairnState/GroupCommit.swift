import Foundation

/// Runs many small writes from concurrent callers in one SQLite transaction, so that one fsync
/// acknowledges all of them (group commit).
///
/// With `synchronous=FULL` every commit waits for the disk: a few hundred commits a second on these
/// machines, however small each write is. Callers here wait (without holding a thread) while one
/// thread of the committer's own runs everything queued so far as one transaction, each write in its
/// own savepoint so that one that fails rolls back alone, and resumes them all once the commit is
/// durable. A caller alone pays one commit, as before; many callers share one.
package final class GroupCommit: @unchecked Sendable {
    /// One queued write: `run` does it inside the open transaction and says whether it succeeded;
    /// `settle` is called after the commit, with the commit's error if it failed.
    private struct Item {
        let run: (SQLiteConnection) -> Bool
        let settle: (StateDatabaseError?) -> Void
    }

    /// Holds a write's result between its run and the commit.
    private final class Box<T>: @unchecked Sendable {
        var value: Result<T, StateDatabaseError>?
    }

    private let connection: SQLiteConnection
    /// The owner's lock around its connection: held for the whole group, so the owner's other
    /// statements never land inside a group's transaction.
    private let connectionLock: NSLock
    private let maximumGroup: Int
    private let condition = NSCondition()
    private var queue: [Item] = []
    private var stopped = false
    private let exited = DispatchSemaphore(value: 0)

    package init(connection: SQLiteConnection, lock: NSLock, maximumGroup: Int = 4_096) {
        self.connection = connection
        connectionLock = lock
        self.maximumGroup = maximumGroup
        // The thread holds the committer until `stop`: a store must stop it when it closes.
        let thread = Thread { [self] in loop() }
        thread.name = "sqlite group commit"
        thread.start()
    }

    /// Runs `work` in the next group; returns its result once the group's commit is durable.
    package func perform<T>(_ work: @escaping @Sendable (SQLiteConnection) throws(StateDatabaseError) -> T) async throws(StateDatabaseError) -> T {
        let box = Box<T>()
        let outcome: Result<T, StateDatabaseError> = await withCheckedContinuation { continuation in
            let item = Item(
                run: { connection in
                    do throws(StateDatabaseError) {
                        box.value = .success(try work(connection))
                        return true
                    } catch {
                        box.value = .failure(error)
                        return false
                    }
                },
                settle: { commitError in
                    continuation.resume(returning: commitError.map { .failure($0) } ?? box.value ?? .failure(.closed))
                })
            condition.lock()
            if stopped {
                condition.unlock()
                item.settle(.closed)
                return
            }
            queue.append(item)
            condition.signal()
            condition.unlock()
        }
        return try outcome.get()
    }

    /// Finishes what is queued, then stops the committer's thread; later writes fail with `.closed`.
    package func stop() {
        condition.lock()
        let first = !stopped
        stopped = true
        condition.signal()
        condition.unlock()
        if first { exited.wait() }
    }

    private func loop() {
        while true {
            condition.lock()
            while queue.isEmpty && !stopped { condition.wait() }
            if queue.isEmpty && stopped {
                condition.unlock()
                exited.signal()
                return
            }
            let group = Array(queue.prefix(maximumGroup))
            queue.removeFirst(group.count)
            condition.unlock()

            var commitError: StateDatabaseError?
            connectionLock.lock()
            do throws(StateDatabaseError) {
                try connection.execute("BEGIN IMMEDIATE")
                for item in group {
                    try connection.execute("SAVEPOINT item")
                    if !item.run(connection) { try connection.execute("ROLLBACK TO item") }
                    try connection.execute("RELEASE item")
                }
                try connection.execute("COMMIT")
            } catch {
                commitError = error
                try? connection.execute("ROLLBACK")
            }
            connectionLock.unlock()
            for item in group { item.settle(commitError) }
        }
    }
}
