/// Every gas price in Cairn's VM, in one place.
///
/// One gas is one WasmKit fuel unit, which is about one executed wasm operator (roughly 2-5 ns
/// interpreted on the reference machine). Host prices are set from measured cost relative to that
/// (see the README's benchmark table), plus a premium for what stays in state forever: storage bytes
/// cost far more to write than to read, because every validator keeps them.
public struct GasSchedule: Sendable, Equatable {
    /// Charged once per call frame (top-level or nested) before any code runs.
    public var callBase: UInt64 = 700
    /// Per byte of call arguments (calldata).
    public var callDataByte: UInt64 = 4
    /// Per byte of the callee's code, for instantiating it.
    public var codeByte: UInt64 = 1
    /// Per 64 KiB page of linear memory, initial or grown.
    public var memoryPage: UInt64 = 2_000
    /// Extra charge for a call that fails other than by reverting (a trap or running out of gas). A
    /// wasm trap makes WasmKit walk and name every frame of the wasm stack, work its fuel does not
    /// count, and a failed instance is never reused; this prices both.
    public var failedCall: UInt64 = 200_000
    /// Extra charge for a call that moves value.
    public var valueTransfer: UInt64 = 2_000

    /// Base charge of every host function.
    public var hostCall: UInt64 = 40
    /// Per byte copied between host and guest (arguments, return data).
    public var copyByte: UInt64 = 1

    /// Storage read: base plus per byte of key and value read.
    public var storageRead: UInt64 = 800
    public var storageReadByte: UInt64 = 2
    /// Storage write: base plus per byte of key and value stored.
    public var storageWrite: UInt64 = 5_000
    public var storageWriteByte: UInt64 = 40
    /// Storage delete: base plus per byte of key.
    public var storageDelete: UInt64 = 1_000
    public var storageDeleteByte: UInt64 = 2

    /// Events: base, per topic, per data byte (events go into receipts, which every node keeps).
    public var event: UInt64 = 400
    public var eventTopic: UInt64 = 200
    public var eventDataByte: UInt64 = 8

    /// Hashing: base plus per 32-byte word.
    public var hashBase: UInt64 = 60
    public var sha256Word: UInt64 = 12
    public var keccak256Word: UInt64 = 20
    /// secp256k1 public-key recovery (about 50 µs).
    public var secp256k1Recover: UInt64 = 15_000
    /// Ed25519 verification (about 60 µs) plus per 32-byte word of message.
    public var ed25519Verify: UInt64 = 15_000
    public var ed25519VerifyWord: UInt64 = 12

    /// Deploying: per byte of code stored.
    public var deployByte: UInt64 = 200

    /// The schedule every Cairn node uses.
    public static let standard = GasSchedule()

    public init() {}

    /// The price of hashing `count` bytes at `perWord` per started 32-byte word.
    func hash(_ count: Int, perWord: UInt64) -> UInt64 {
        hashBase + UInt64((count + 31) / 32) * perWord
    }
}
