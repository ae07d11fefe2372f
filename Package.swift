// swift-tools-version:6.1
// Cairn: blockchain-anchored, end-to-end encrypted messaging. Targets follow ../shared/DESIGN.md;
// lower layers never import higher ones.
import PackageDescription

let package = Package(
    name: "cairn",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cairn", targets: ["cairn"]),
        .library(name: "CairnCrypto", targets: ["CairnCrypto"]),
        .library(name: "CairnCodec", targets: ["CairnCodec"]),
    ],
    dependencies: [
        // The CLI's argument parsing; the only package dependency so far (see README, "Dependencies").
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The contract VM's interpreter: pure Swift, deterministic, with fuel metering (README, "Dependencies").
        .package(url: "https://github.com/swiftwasm/WasmKit", exact: "0.4.2"),
        // HTTP for the JSON-RPC server now and the blob gateway later; brings SwiftNIO for the p2p layer (README, "Dependencies").
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // The validator p2p transport (CairnNet): already pulled in by Hummingbird, named here because CairnNet uses it directly.
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
    ],
    targets: [
        // System libraries from Debian, found through pkg-config (Scripts/setup installs them).
        .systemLibrary(name: "CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"])]),
        .systemLibrary(name: "CSecp256k1", pkgConfig: "libsecp256k1", providers: [.apt(["libsecp256k1-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),

        .target(name: "CairnCrypto", dependencies: ["CSodium", "CSecp256k1"]),
        .target(name: "CairnCodec"),
        .target(name: "CairnState", dependencies: ["CairnCrypto", "CairnCodec", "CSQLite"]),
        .target(
            name: "CairnVM",
            dependencies: [
                "CairnCrypto", "CairnCodec", "CairnState",
                .product(name: "WasmKit", package: "WasmKit"),
                .product(name: "WasmParser", package: "WasmKit"),
            ]
        ),

        // Votes, commits and validator sets; the BFT state machine joins them in the consensus issue.
        .target(name: "CairnConsensus", dependencies: ["CairnCrypto", "CairnCodec"]),
        // Transactions, genesis, mempool, blocks, receipts, execution and the block store.
        .target(name: "CairnChain", dependencies: ["CairnCrypto", "CairnCodec", "CairnState", "CairnVM", "CairnConsensus"]),

        // JSON-RPC 2.0 over HTTP: JSON values, the server the node registers its methods on, and a client.
        .target(name: "CairnRPC", dependencies: [.product(name: "Hummingbird", package: "hummingbird")]),

        // Validator p2p transport: Noise XX sessions over SwiftNIO, node identity in the handshake, gossip with dedup.
        .target(
            name: "CairnNet",
            dependencies: [
                "CairnCrypto", "CairnCodec",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            ],
            exclude: ["README.md"]
        ),

        // One validator process: the chain, its JSON-RPC methods and (for now) the dev node's block producer.
        .target(name: "CairnBlobs", dependencies: ["CairnCrypto", "CairnState"]),
        .target(
            name: "CairnGateway",
            dependencies: [
                "CairnBlobs", "CairnClient", "CairnChain", "CairnConsensus", "CairnState", "CairnRPC", "CairnCrypto", "CairnCodec",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .target(name: "CairnMessaging", dependencies: ["CairnCrypto", "CairnCodec"]),
        // What a client needs: the gateway's wire types and the checks of what a gateway or node says.
        .target(
            name: "CairnClient",
            dependencies: ["CairnMessaging", "CairnChain", "CairnConsensus", "CairnState", "CairnBlobs", "CairnRPC", "CairnCrypto", "CairnCodec"]
        ),
        .target(name: "CairnExplorer", dependencies: ["CairnMessaging", "CairnChain", "CairnConsensus", "CairnRPC", "CairnState", "CairnVM", "CairnCrypto", "CairnCodec"]),
        .target(name: "CairnNode", dependencies: ["CairnChain", "CairnConsensus", "CairnNet", "CairnRPC", "CairnState", "CairnVM", "CairnCrypto", "CairnCodec"]),

        .executableTarget(
            name: "cairn",
            dependencies: [
                "CairnCrypto", "CairnCodec", "CairnChain", "CairnNode", "CairnRPC", "CairnVM", "CairnExplorer", "CairnBlobs", "CairnGateway",
                "CairnClient", "CairnMessaging", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Release-mode micro-benchmarks of the primitives everything else is measured against, a devnet of
        // `cairn` processes driven over JSON-RPC (CairnRPC's client) for the consensus figures, and the blob
        // store, an in-process gateway and `cairn gateway` processes anchoring for issue 7's figures.
        .executableTarget(
            name: "cairn-bench",
            dependencies: [
                "CairnCrypto", "CairnCodec", "CSQLite", "CairnState", "CairnVM", "CairnChain", "CairnRPC", "CairnBlobs", "CairnClient", "CairnGateway",
                "CairnMessaging",
            ]
        ),

        // Running python3 for the cross-checks against independent implementations (hashlib, eth-account).
        .target(name: "CairnTestSupport", path: "Tests/CairnTestSupport"),
        .testTarget(name: "CairnCryptoTests", dependencies: ["CairnCrypto", "CairnCodec", "CairnTestSupport"]),
        .testTarget(name: "CairnCodecTests", dependencies: ["CairnCodec", "CairnCrypto"]),
        .testTarget(name: "CairnStateTests", dependencies: ["CairnState", "CairnCrypto", "CairnCodec"]),
        .testTarget(
            name: "CairnVMTests",
            dependencies: ["CairnVM", "CairnState", "CairnCrypto", "CairnCodec", .product(name: "WAT", package: "WasmKit")]
        ),
        .testTarget(name: "CairnConsensusTests", dependencies: ["CairnConsensus", "CairnCrypto", "CairnCodec"]),
        .testTarget(name: "CairnChainTests", dependencies: ["CairnChain", "CairnVM", "CairnState", "CairnCrypto", "CairnCodec", "CairnTestSupport"]),
        // The system contracts, run in the real VM from the committed .wasm files.
        .testTarget(
            name: "CairnContractsTests", dependencies: ["CairnVM", "CairnState", "CairnCrypto", "CairnCodec", "CairnChain", "CairnTestSupport"]
        ),
        .testTarget(name: "CairnRPCTests", dependencies: ["CairnRPC"]),
        // Noise vectors, handshakes, framing, the handler on EmbeddedChannel, live networks on 127.0.0.1 (hostile clients included).
        .testTarget(
            name: "CairnNetTests",
            dependencies: [
                "CairnNet", "CairnCrypto", "CairnCodec",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "CairnBlobsTests", dependencies: ["CairnBlobs", "CairnCrypto"]),
        .testTarget(name: "CairnMessagingTests", dependencies: ["CairnMessaging", "CairnCrypto", "CairnCodec", "CairnTestSupport"]),
        .testTarget(
            name: "CairnClientTests",
            // CSQLite: the secure store's tests edit its file directly, as an attacker with the file could.
            dependencies: ["CairnClient", "CairnChain", "CairnConsensus", "CairnState", "CairnBlobs", "CairnRPC", "CairnCrypto", "CairnCodec", "CSQLite"]
        ),
        // Blob routes over a real socket; proven chain reads against a real in-process chain behind a real RPC server.
        .testTarget(
            name: "CairnGatewayTests",
            // Hummingbird: the lying gateway proxy is an HTTP responder of its own.
            dependencies: [
                "CairnGateway", "CairnClient", "CairnMessaging", "CairnNode", "CairnChain", "CairnConsensus", "CairnState", "CairnBlobs",
                "CairnRPC", "CairnCrypto", "CairnCodec",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "CairnExplorerTests", dependencies: ["CairnExplorer", "CairnMessaging", "CairnChain", "CairnRPC", "CairnCrypto", "CairnCodec"]),
        .testTarget(name: "CairnNodeTests", dependencies: ["CairnNode", "CairnExplorer", "CairnChain", "CairnConsensus", "CairnRPC", "CairnState", "CairnCrypto", "CairnCodec"]),
        .testTarget(
            name: "cairnTests",
            dependencies: [
                "cairn", "cairn-bench", "CairnTestSupport", "CairnCrypto", "CairnCodec", "CairnState", "CairnConsensus", "CairnVM", "CairnChain", "CairnRPC", "CairnNet",
                "CairnBlobs", "CairnClient", "CairnMessaging",
            ],
            // Scripts the tests run with python3 against a live node.
            exclude: ["Python"]
        ),
    ]
)
