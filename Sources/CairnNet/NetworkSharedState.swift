import Synchronization

/// The part of a network's state read or set from any thread: the published peer list, the counters and the
/// application's callbacks. Everything else lives on the event loop in `NetworkCore`.
final class NetworkSharedState: Sendable {
    /// The application's callbacks; read on the event loop, set from anywhere.
    struct Callbacks: Sendable {
        var message: (@Sendable (PeerID, UInt8, [UInt8]) -> Void)?
        var connected: (@Sendable (PeerInfo) -> Void)?
        var disconnected: (@Sendable (PeerID, DisconnectReason) -> Void)?
    }

    let peers = Mutex<[PeerID: PeerInfo]>([:])
    let statistics = Mutex<NetworkStatistics>(NetworkStatistics())
    let callbacks = Mutex<Callbacks>(Callbacks())
    /// Whether the network is isolated (`PeerNetwork.setIsolated`), as last set by the application.
    let isolated = Mutex<Bool>(false)
}
