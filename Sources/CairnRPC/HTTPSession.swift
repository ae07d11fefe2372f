import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension URLSession {
    /// An ephemeral session without a URL cache, whose requests and resources give up after `timeout`
    /// seconds: the session every Cairn HTTP client uses.
    ///
    /// No cache, because with one FoundationNetworking (Linux) can kill the process: a task cancelled
    /// while its cache lookup runs on a background queue reports its failure after the session has
    /// dropped the task, and `URLSession.behaviour(for:)` traps ("a task that in not in the registry").
    /// A gateway stopping its chain follower mid-request crashed that way in a test run. Without a cache
    /// the lookup, and that window, do not exist; Cairn's answers are never cacheable anyway.
    public static func uncached(timeout: TimeInterval) -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        return URLSession(configuration: configuration)
    }
}
