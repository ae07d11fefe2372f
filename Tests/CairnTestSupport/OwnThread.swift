import Foundation

/// Runs blocking work (a child process, a build, a semaphore) on a thread of its own and awaits it.
///
/// Swift Testing runs every test on the cooperative pool, which has one thread per core: two here. An
/// async test that blocks one of them (waiting for `cairn devnet up`, say) halves every other suite's
/// progress; two such tests stall the pool outright, and unrelated tests then overrun their time limits
/// before they are even scheduled (CI saw 1-minute tests "fail after 420 s"). Blocking waits go here.
public func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
