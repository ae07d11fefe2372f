/// Which devices one message goes to: every device of the recipient, and a sent-copy to each of the
/// sender's own other devices (docs/MESSAGING.md, "Devices and fan-out").
///
/// The device lists are those the caller verified: active in the verified `Identity` record, with a
/// verified, unexpired bundle.
public enum FanOut {
    /// One device to seal an envelope for.
    public struct Target: Equatable, Sendable {
        /// The device's Ed25519 key.
        public let device: [UInt8]
        /// True for this account's own other devices, which get a sent-copy rather than the text.
        public let isOwnDevice: Bool

        public init(device: [UInt8], isOwnDevice: Bool) {
            self.device = device
            self.isOwnDevice = isOwnDevice
        }

        /// The content kind this device gets.
        public var contentKind: MessageContent.Kind { isOwnDevice ? .sentCopy : .text }
    }

    /// The recipient's devices, then the sender's own, in the order given, each once and never this
    /// device. A device in both lists (a note to oneself) gets the text, since it is the recipient's.
    public static func targets(recipientDevices: [[UInt8]], ownDevices: [[UInt8]], thisDevice: [UInt8]) -> [Target] {
        var seen: Set<[UInt8]> = [thisDevice]
        var targets: [Target] = []
        for (devices, own) in [(recipientDevices, false), (ownDevices, true)] {
            for device in devices where seen.insert(device).inserted {
                targets.append(Target(device: device, isOwnDevice: own))
            }
        }
        return targets
    }
}
