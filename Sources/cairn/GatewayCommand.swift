import ArgumentParser
import CairnBlobs
import CairnChain
import CairnCrypto
import CairnGateway
import CairnRPC
import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `cairn gateway`: the blob store and the HTTP gateway that links it to the chain.
struct GatewayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gateway",
        abstract: "Run the blob gateway (content-addressed blobs over HTTP).",
        discussion: "Blobs are kept in HOME/blobs.sqlite; a put is answered only once it is on disk.")

    @Option(help: "Gateway home (default: $CAIRN_HOME/gateway, else ~/.cairn/gateway).") var home: String?
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port (0 picks a free one).") var port = 8080
    @Option(help: ArgumentHelp("The largest blob accepted, in bytes.", valueName: "bytes")) var maxBlobSize = 16 << 20
    @Option(help: ArgumentHelp("Seconds before a blob never anchored is removed.", valueName: "seconds")) var unanchoredTTL: UInt64 = 86_400
    @Option(help: "Node JSON-RPC URL for anchoring and chain reads (without it the gateway serves blobs only).") var rpc: String?
    @Option(help: "Keystore key that signs and pays for anchoring transactions.") var key: String?
    @Option(help: ArgumentHelp("Pay with development account N of the genesis mnemonic instead (devnets).", valueName: "N"))
    var devAccount: Int?
    @Option(help: "Genesis file holding the development mnemonic (with --dev-account).") var genesis: String?
    @Option(help: "Anchor one transaction per request (single) or many under one root (batch).") var anchorMode: AnchorMode = .batch
    @Option(help: "A batch closes at this many requests…") var batchSize = 1_000
    @Option(help: ArgumentHelp("…or when its oldest request has waited this long.", valueName: "milliseconds")) var batchDelay = 500
    @Option(help: ArgumentHelp("Anchoring requests per second one sender may make (bursts of 10x).", valueName: "rate")) var senderRate = 50.0
    @OptionGroup var passphrase: PassphraseOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
        guard maxBlobSize >= 1, maxBlobSize <= 1 << 30 else { throw ValidationError("--max-blob-size must be 1 to 2^30") }
        guard (1...InboxBatch.maximumEntries).contains(batchSize) else { throw ValidationError("--batch-size must be 1 to \(InboxBatch.maximumEntries)") }
        guard (1...600_000).contains(batchDelay) else { throw ValidationError("--batch-delay must be 1 to 600000 ms") }
        guard senderRate > 0, senderRate.isFinite else { throw ValidationError("--sender-rate must be positive") }
        guard key == nil || devAccount == nil else { throw ValidationError("give --key or --dev-account, not both") }
        guard (key == nil && devAccount == nil) || rpc != nil else { throw ValidationError("anchoring (--key, --dev-account) needs --rpc") }
        guard devAccount == nil || genesis != nil else { throw ValidationError("--dev-account needs --genesis") }
    }

    /// The key that pays for anchoring, if the gateway anchors.
    func signer() throws -> Secp256k1.PrivateKey? {
        if let devAccount {
            let genesis = try Genesis.load(from: URL(fileURLWithPath: genesis ?? ""))
            return try DevnetKeys.accountKey(devAccount, genesis: genesis)
        }
        guard let key else { return nil }
        let store = Keystore(directory: Keystore.defaultDirectory())
        guard store.contains(name: key) else { throw CLIError("no key named '\(key)' in the keystore") }
        guard case let .secp256k1(signer) = try store.unlock(name: key, passphrase: passphrase.passphrase(confirm: false)) else {
            throw CLIError("key '\(key)' is not a secp256k1 account key")
        }
        return signer
    }

    func run() async throws {
        let directory = URL(fileURLWithPath: home ?? Self.defaultHome())
        let gateway: Gateway
        let store: BlobStore
        var queue: AnchorStore?
        let signer = try signer()
        let node = try rpc.map { NodeLink(url: try httpURL($0, option: "--rpc", example: "http://127.0.0.1:8545")) }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            store = try BlobStore(
                path: directory.appendingPathComponent("blobs.sqlite").path,
                configuration: .init(maxContentSize: max(maxBlobSize, 1 << 20), unanchoredTTL: unanchoredTTL))
            var anchoring: Gateway.Anchoring?
            if let signer {
                let anchors = try AnchorStore(path: directory.appendingPathComponent("anchors.sqlite").path)
                queue = anchors
                anchoring = Gateway.Anchoring(
                    queue: anchors, key: signer,
                    configuration: AnchoringConfiguration(mode: anchorMode, batchSize: batchSize, batchDelay: .milliseconds(batchDelay)),
                    rateLimit: .init(rate: senderRate, burst: senderRate * 10))
            }
            gateway = Gateway(store: store, node: node, anchoring: anchoring, configuration: .init(host: host, port: port, maximumBlobSize: maxBlobSize))
            let bound = try await gateway.start()
            FileHandle.standardOutput.write(Data("gateway listening on http://\(host):\(bound)\n".utf8))
            if let signer {
                let mode = anchorMode == .batch ? "batches of up to \(batchSize) or \(batchDelay) ms" : "one transaction per request"
                FileHandle.standardOutput.write(Data("anchoring as \(Address(publicKey: signer.publicKey)) via \(rpc ?? ""), \(mode)\n".utf8))
            }
        } catch {
            throw CLIError("cannot start the gateway: \(error)")
        }
        // Retention runs once a minute; a sweep is one transaction, so a kill mid-sweep loses nothing kept.
        // Anchored requests past their expiry are forgotten then too (a replay of one is refused as expired).
        let sweeper = Task { [queue] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(60))
                let now = UInt64(Date().timeIntervalSince1970)
                _ = try? store.sweep(now: now)
                try? queue?.purge(now: now)
            }
        }
        let signal = await DevChain.waitForTermination()
        FileHandle.standardOutput.write(Data("received \(signal == SIGINT ? "SIGINT" : "SIGTERM"), stopping\n".utf8))
        sweeper.cancel()
        await gateway.stop()
        queue?.close()
        store.close()
    }

    static func defaultHome() -> String {
        if let home = ProcessInfo.processInfo.environment["CAIRN_HOME"], !home.isEmpty { return home + "/gateway" }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cairn/gateway").path
    }
}

/// `cairn blob put|get`: blobs through a gateway, checked against their CIDs here.
struct BlobCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blob", abstract: "Put a file to the gateway, or get a blob by CID (verified against it).",
        subcommands: [Put.self, Get.self])

    /// The gateway to use.
    struct Options: ParsableArguments {
        @Option(help: "Gateway URL (default: the running devnet's, else http://127.0.0.1:8080).") var gateway: String?

        func url() throws -> URL {
            if let gateway { return try httpURL(gateway, option: "--gateway", example: "http://127.0.0.1:8080") }
            if let text = Devnet.local()?.manifest.gatewayURL, let url = URL(string: text) { return url }
            return URL(string: "http://127.0.0.1:8080")!
        }
    }

    struct Put: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Store a file (or - for stdin); prints its CID.")
        @Argument(help: "The file.") var file: String
        @OptionGroup var options: Options

        func run() async throws {
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let read = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
                data = read
            }
            let reply = try await BlobCommand.exchange(try options.url().appendingPathComponent("v1/blobs"), method: "POST", body: data)
            guard reply.status == 201, let object = try? JSONSerialization.jsonObject(with: reply.body) as? [String: Any],
                let text = object["cid"] as? String, let cid = try? CID(text)
            else { throw CLIError("the gateway refused: \(BlobCommand.reason(reply))") }
            // A put is checked too: the CID must name these bytes (or their manifest, for large ones).
            if cid.codec == .raw, !cid.matches(data) { throw CLIError("the gateway answered \(cid), which is not the CID of this file") }
            print(cid)
        }
    }

    struct Get: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Fetch a blob by CID, check it, and write it to --out or stdout.")
        @Argument(help: "The CID (bafk… or bagu…).") var cid: String
        @Option(help: "Write here instead of stdout.") var out: String?
        @OptionGroup var options: Options

        func run() async throws {
            let cid: CID
            do { cid = try CID(self.cid) } catch { throw CLIError("\(error)") }
            let base = try options.url()
            let content = try await BlobCommand.verified(cid, base: base)
            if let out {
                guard FileManager.default.createFile(atPath: out, contents: Data(content)) else { throw CLIError("cannot write \(out)") }
            } else {
                FileHandle.standardOutput.write(Data(content))
            }
        }
    }

    /// The content `cid` names, fetched block by block as raw blocks and each checked against its CID:
    /// a gateway that alters a byte is caught here.
    static func verified(_ cid: CID, base: URL) async throws -> [UInt8] {
        let block = try await rawBlock(cid, base: base)
        guard cid.codec == .dagJSON else { return block }
        let manifest: BlobManifest
        do { manifest = try BlobManifest(bytes: block) } catch { throw CLIError("\(cid) is not a valid manifest: \(error)") }
        var content: [UInt8] = []
        for chunk in manifest.chunks { content += try await rawBlock(chunk, base: base) }
        guard content.count == manifest.size else { throw CLIError("\(cid): the chunks hold \(content.count) bytes, the manifest says \(manifest.size)") }
        return content
    }

    static func rawBlock(_ cid: CID, base: URL) async throws -> [UInt8] {
        let reply = try await exchange(URL(string: "\(base.absoluteString)/ipfs/\(cid)?format=raw")!, method: "GET", body: nil)
        guard reply.status == 200 else {
            throw CLIError(reply.status == 404 ? "the gateway has no blob \(cid)" : "the gateway refused: \(reason(reply))")
        }
        let bytes = [UInt8](reply.body)
        guard cid.matches(bytes) else { throw CLIError("the gateway sent bytes that do not match \(cid): refusing them") }
        return bytes
    }

    static func reason(_ reply: (status: Int, body: Data)) -> String {
        let message = (try? JSONSerialization.jsonObject(with: reply.body) as? [String: Any])?["error"] as? String
        return "HTTP \(reply.status)" + (message.map { ": \($0)" } ?? "")
    }

    static func exchange(_ url: URL, method: String, body: Data?) async throws -> (status: Int, body: Data) {
        var request = URLRequest(url: url, timeoutInterval: 60)
        request.httpMethod = method
        request.httpBody = body
        let session = URLSession.uncached(timeout: 60)
        defer { session.finishTasksAndInvalidate() }
        return try await withCheckedThrowingContinuation { continuation in
            session.dataTask(with: request) { data, response, error in
                guard let response = response as? HTTPURLResponse else {
                    let reason = error.map { "\($0.localizedDescription)" } ?? "no answer"
                    continuation.resume(throwing: CLIError("cannot reach the gateway at \(url.scheme ?? "http")://\(url.host ?? ""):\(url.port ?? 80): \(reason)"))
                    return
                }
                continuation.resume(returning: (response.statusCode, data ?? Data()))
            }.resume()
        }
    }
}

extension AnchorMode: ExpressibleByArgument {}
