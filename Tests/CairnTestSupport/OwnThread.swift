import Foundation

/// Runs blocking work (a child process, a build, a semaphore) on a thread of its own and awaits it.
///
/// Swift Testing runs every test on the cooperative pool, which has one thread per core: two here. An
/// async test that blocks one of them (waiting for `cairn devnet up`, say) halves every other suite's
/// progress; two such tests stall the pool outright, and unrelated tests then overrun their time limits
/// before they are even scheduled (CI saw 1-minute tests "fail after 420 s"). Blocking waits go here.
///
/// A cancelled caller (a test past its time limit is cancelled) gets `CancellationError` at once, whatever
/// the thread is doing: Swift Testing waits for a timed-out test's body to return, so a wait that ignored
/// cancellation would hold the whole run until CI's own limit. `body` sees the cancellation through its
/// `CancellationFlag` and should stop early (kill its child) rather than finish for nobody.
public func onOwnThread<T: Sendable>(_ body: @escaping @Sendable (CancellationFlag) throws -> T) async throws -> T {
    let flag = CancellationFlag()
    let once = ResumeOnce<T>()
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { continuation in
            once.install(continuation)
            Thread { once.resume(with: Result { try body(flag) }) }.start()
        }
    } onCancel: {
        flag.cancel()
        once.resume(with: .failure(CancellationError()))
    }
}

/// `onOwnThread` for work that has nothing to stop early.
public func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await onOwnThread { (_: CancellationFlag) in try body() }
}

/// Set once the task waiting on an `onOwnThread` body is cancelled.
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    public var isCancelled: Bool { lock.withLock { cancelled } }

    func cancel() { lock.withLock { cancelled = true } }
}

/// Resumes a continuation with the first result offered, whether that comes before or after the
/// continuation is installed (cancellation can win the race with `install`); later results are dropped.
final class ResumeOnce<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var result: Result<T, any Error>?

    func install(_ continuation: CheckedContinuation<T, any Error>) {
        let early: Result<T, any Error>? = lock.withLock {
            if let result { return result }
            self.continuation = continuation
            return nil
        }
        if let early { continuation.resume(with: early) }
    }

    func resume(with result: Result<T, any Error>) {
        let waiting: CheckedContinuation<T, any Error>? = lock.withLock {
            guard self.result == nil else { return nil }
            self.result = result
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
    }
}
