import ArgumentParser
import CairnExplorer
import CairnCrypto
import CairnRPC
import Foundation

/// `cairn explorer`: the chain's blocks, transactions, accounts, contracts, validators, events, inboxes
/// and proofs, read over JSON-RPC and decoded (the work is in CairnExplorer).
struct ExplorerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explorer",
        abstract: "Inspect blocks, transactions, accounts, contracts and validators.",
        discussion: """
            Reads the node at --rpc; without it, the first running node of the devnet in $CAIRN_DEVNET or \
            .cairn/devnet, else http://127.0.0.1:8545. --json prints one JSON document (watch: one per block).
            """,
        subcommands: [Blocks.self, Block.self, Tx.self, Account.self, Contract.self, Validators.self, Events.self, Inbox.self,
                      Proof.self, Watch.self]
    )
}

/// Where the explorer reads from and how it prints.
struct ExplorerOptions: ParsableArguments {
    @Option(help: "Node JSON-RPC URL (default: the running devnet, else http://127.0.0.1:8545).") var rpc: String?
    @Flag(help: "Print JSON instead of text.") var json = false

    /// The node to read: --rpc, else a running devnet node, else the conventional local port.
    func url() throws -> URL {
        if let rpc { return try httpURL(rpc, option: "--rpc", example: "http://127.0.0.1:8545") }
        if let (manifest, directory) = Devnet.local(),
            let node = manifest.nodes.first(where: { Devnet.runningPid(Devnet.home($0.home, in: directory)) != nil }),
            let url = URL(string: node.rpcURL)
        {
            return url
        }
        return URL(string: "http://127.0.0.1:8545")!
    }

    /// Connects and runs `body`, printing its output; explorer errors become one line and exit 1.
    func run(_ body: (Explorer) async throws(ExplorerError) -> ExplorerOutput) async throws {
        let url = try url()
        let output: ExplorerOutput
        do {
            output = try await body(try await Explorer.connect(url: url))
        } catch {
            throw CLIError(error.description)
        }
        print(json ? output.json.encodedString() : output.text.safeForTerminal())
    }
}

extension ExplorerCommand {
    struct Blocks: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The newest blocks: height, time, hash, proposer, transactions, gas.")
        @Option(help: "How many blocks (1 to 1000).") var last = 10
        @OptionGroup var options: ExplorerOptions

        func run() async throws {
            let last = self.last
            try await options.run { explorer throws(ExplorerError) in try await explorer.blocks(last: last) }
        }
    }

    struct Block: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A block's header, decoded transactions, commit signers and evidence.")
        @Argument(help: "A height, 'latest', or a block hash.") var block: String
        @OptionGroup var options: ExplorerOptions

        func run() async throws {
            let block = self.block
            try await options.run { explorer throws(ExplorerError) in try await explorer.block(block) }
        }
    }

    struct Tx: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A transaction: sender, recipient, decoded call, value, fee, status, gas, events, block.")
        @Argument(help: "The transaction hash.") var hash: String
        @OptionGroup var options: ExplorerOptions

        func run() async throws {
            let hash = self.hash
            try await options.run { explorer throws(ExplorerError) in try await explorer.transaction(hash) }
        }
    }

    struct Account: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "An account: balance, nonce, identity, key bundles, stake and recent transactions.")
        @Argument(help: "An address or @handle.") var account: String
        @Option(help: "How many recent transactions (0 to 1000).") var recent = 10
        @OptionGroup var options: ExplorerOptions

        func run() async throws {
            let (account, recent) = (self.account, self.recent)
            try await options.run { explorer throws(ExplorerError) in try await explorer.account(account, recent: recent) }
        }
    }

    struct Contract: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A contract: code hash, size, methods and (paged) storage.")
        @Argument(help: "An address, or a system contract's name (Identity, KeyBundle, Inbox, Staking, Slashing).") var contract: String
        @Flag(help: "List storage slots and values.") var storage = false
        @Option(help: "With --storage: start after this slot (hex), as printed by the previous page.") var after: String?
        @Option(help: "With --storage: slots per page (1 to 1000).") var limit = 50
        @OptionGroup var options: ExplorerOptions

        func run() async throws {
            var cursor: [UInt8]?
            if let after {
                let digits = after.hasPrefix("0x") ? String(after.dropFirst(2)) : after
                guard let bytes = try? Hex.decode(digits) else { throw CLIError("--after must be hex") }
                cursor = bytes
            }
            let (contract, storage, limit) = (self.contract, self.storage, self.limit)
            try await options.run { explorer throws(ExplorerError) in
                try await explorer.contract(contract, storage: storage, after: cursor, limit: limit)
            }
        }
    }

    struct Validators: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validators: key, stake, power, commission, missed blocks, jailed or tombstoned, slashes.")
        @OptionGroup var options: ExplorerOptions

        func run() async throws {
            try await options.run { explorer throws(ExplorerError) in try await explorer.validators() }
        }
    }

    struct Events: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Decoded events of a block range (default: the newest 10,000 blocks).")
        @Option(help: "Only this contract's events: an address or a system contract's name.") var contract: String?
        @Option(help: "First block.") var fromBlock: UInt64?
        @Option(help: "Last block (default: the head).") var toBlock: UInt64?
        @OptionGroup var options: ExplorerOptions

        func run() async throws {
            let (contract, from, to) = (self.contract, fromBlock, toBlock)
            try await options.run { explorer throws(ExplorerError) in try await explorer.events(contract: contract, from: from, to: to) }
        }
    }

    struct Inbox: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Entries anchored under a tag, or under an account's first-contact tags.",
            discussion: "For an account: the tags of each device with a key bundle, one per day, for the last --days days.")
        @Argument(help: "A 32-byte tag (0x + 64 hex digits), an address, or @handle.") var target: String
        @Option(help: "For an account: how many days of tags (1 to 366).") var days = 7
        @OptionGroup var options: ExplorerOptions

        func run() async throws {
            let (target, days) = (self.target, self.days)
            try await options.run { explorer throws(ExplorerError) in try await explorer.inbox(target, days: days) }
        }
    }

    struct Proof: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A state value with its proof, verified against the block header and its commit.",
            discussion: "KEY is one of: \(CairnExplorer.Explorer.proofKeyForms).")
        @Argument(help: "The state key.") var key: String
        @Option(help: "Block height (default: the head).") var height: UInt64?
        @OptionGroup var options: ExplorerOptions

        func run() async throws {
            let (key, height) = (self.key, self.height)
            try await options.run { explorer throws(ExplorerError) in try await explorer.proof(key, height: height) }
        }
    }

    struct Watch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print blocks as they are committed, until interrupted.")
        @Option(help: "Poll interval in milliseconds.") var interval = 250
        @Option(help: "Stop after this many blocks (default: never).") var count: Int?
        @OptionGroup var options: ExplorerOptions

        func run() async throws {
            guard interval >= 10 else { throw CLIError("--interval must be at least 10 ms") }
            let explorer: CairnExplorer.Explorer
            do {
                explorer = try await CairnExplorer.Explorer.connect(url: try options.url())
            } catch let error as ExplorerError {
                throw CLIError(error.description)
            }
            if !options.json { print(BlockSummary.watchHeader) }
            var printed = 0
            var next: UInt64?
            while count.map({ printed < $0 }) ?? true {
                do {
                    let head = try await explorer.client.head()
                    // Starts at the head; afterwards prints every block, even several committed between polls.
                    var height = next ?? head
                    while height <= head, height < .max, count.map({ printed < $0 }) ?? true {
                        guard let block = try await explorer.client.block(height: height) else { break }
                        let summary = try BlockSummary(block: block)
                        print(options.json ? summary.json.encodedString() : summary.watchLine)
                        fflush(nil)  // each block reaches a pipe as it comes
                        printed += 1
                        height += 1
                    }
                    next = height
                } catch {
                    throw CLIError("\(error)")
                }
                if count.map({ printed >= $0 }) ?? false { break }
                try await Task.sleep(for: .milliseconds(interval))
            }
        }
    }
}
