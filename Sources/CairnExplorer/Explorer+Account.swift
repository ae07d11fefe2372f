import CairnCodec
import CairnCrypto
import CairnRPC

extension Explorer {
    /// `account ADDRESS|@HANDLE`: balance and nonce, identity and devices, key bundles, stake, and the
    /// newest transactions.
    public func account(_ text: String, recent: Int = 10) async throws(ExplorerError) -> ExplorerOutput {
        guard recent >= 0, recent <= 1_000 else { throw .badInput("--recent must be 0 to 1000") }
        let (address, _) = try await resolveAccount(text)
        let head = try await client.head()
        let headTime = try ExplorerClient.uint64(try await client.block(height: head)?["timestamp"], "head time")
        let balance = try await client.balance(address)
        let nonce = try await client.nonce(address)
        let code = try await client.code(address)

        let identityAddress = self.address(of: SystemABI.identity)
        let identity = try await client.query(SystemABI.identity, at: identityAddress, "get", address.bytes)
        let bundles = try await keyBundles(of: address, headTime: headTime)
        let stake = try await stake(of: address)
        let allowance = try await client.query(SystemABI.inbox, at: self.address(of: SystemABI.inbox), "allowance", address.bytes)
        var transactions: [JSONValue] = []
        if recent > 0 {
            let page = try await client.call("cairn_getAccountTransactions", [.string(address.checksummed), ["limit": .integer(Int64(recent))]])
            transactions = page["transactions"]?.array ?? []
        }
        let lines = try transactions.map { (tx: JSONValue) throws(ExplorerError) -> TransactionLine in
            try TransactionLine(transaction: tx, directory: directory)
        }

        var list = KeyValueList()
        list.append("account", label(address))
        list.append("balance", Format.amount(balance))
        list.append("nonce", String(nonce))
        if !code.isEmpty { list.append("code", "\(Format.grouped(code.count)) bytes: a contract (see `explorer contract`)") }
        if let used = allowance["used"]?.uint, let limit = allowance["limit"]?.uint {
            list.append("anchors", "\(used) of \(limit) used in this Inbox window")
        }
        var text = list.rendered

        text += "\n\nidentity"
        if identity.isNone {
            text += ": none registered"
        } else {
            var entry = KeyValueList()
            entry.append("handle", identity["handle"]?.text.map { $0.isEmpty ? "none" : "@" + $0 } ?? "none")
            entry.append("identity key", identity["identityKey"]?.text(short: false) ?? "")
            entry.append("registered", "block \(identity["registeredAt"]?.uint ?? 0) (identity nonce \(identity["nonce"]?.uint ?? 0))")
            text += "\n" + entry.rendered.indented
            let devices = identity["devices"]?.list ?? []
            if !devices.isEmpty {
                var table = TextTable([("device key", .left), ("added", .right), ("status", .left)])
                for device in devices {
                    let revoked = device["revokedAt"]?.uint ?? 0
                    table.append([
                        device["key"]?.text(short: false) ?? "", String(device["addedAt"]?.uint ?? 0),
                        revoked == 0 ? "active" : "revoked at \(revoked)",
                    ])
                }
                text += "\n" + table.rendered.indented
            }
        }

        text += "\n\nkey bundles (\(bundles.count))"
        if !bundles.isEmpty {
            var table = TextTable([("device", .left), ("signed prekey", .left), ("expires", .left), ("one-time", .right), ("published", .right)])
            for bundle in bundles {
                let expiry = UInt64(clamping: bundle["expiry"]?.uint ?? 0)
                let expires = expiry <= headTime ? "expired \(Format.time(expiry).prefix(10))"
                    : "\(Format.time(expiry).prefix(16)) UTC (in \(Format.duration(expiry - headTime)))"
                table.append([
                    bundle["device"]?.text() ?? "", bundle["signedPrekey"]?.text() ?? "", expires,
                    String(bundle["oneTimePrekeys"]?.list?.count ?? 0), String(bundle["publishedAt"]?.uint ?? 0),
                ])
            }
            text += "\n" + table.rendered.indented
        }

        text += "\n\n" + stake.text
        text += "\n\nrecent transactions (\(lines.count))"
        if !lines.isEmpty {
            var table = TextTable([("block", .right), ("hash", .left), ("from", .left), ("status", .left)])
            for (line, tx) in zip(lines, transactions) {
                table.append([
                    line.height.map(String.init) ?? "", Format.short(line.hash), line.from == address ? "this account" : Format.short(line.from),
                    (tx["cairnStatus"]?.string ?? "").safeForTerminal(keepNewlines: false),
                ])
            }
            text += "\n" + table.interleaved(lines.map { $0.callText(self) }).indented
        }

        let json: JSONValue = [
            "address": .string(address.checksummed), "balance": .string(String(balance)), "nonce": jsonNumber(nonce),
            "isContract": .bool(!code.isEmpty), "identity": identity.json, "keyBundles": .array(bundles.map(\.json)),
            "stake": stake.json, "inboxAllowance": allowance.json,
            "transactions": .array(zip(lines, transactions).map { line, tx in
                var object = line.json.object ?? [:]
                object["block"] = line.height.map { jsonNumber($0) } ?? .null
                object["status"] = tx["cairnStatus"] ?? .null
                return .object(object)
            }),
        ]
        return ExplorerOutput(json: json, text: text)
    }

    /// Every bundle the account published, by device.
    func keyBundles(of address: Address, headTime: UInt64) async throws(ExplorerError) -> [ABIValue] {
        let keyBundle = self.address(of: SystemABI.keyBundle)
        let devices = try await client.query(SystemABI.keyBundle, at: keyBundle, "devices", address.bytes).list ?? []
        var bundles: [ABIValue] = []
        for device in devices {
            guard let key = device.bytes else { continue }
            let bundle = try await client.query(SystemABI.keyBundle, at: keyBundle, "get", address.bytes + key)
            if !bundle.isNone { bundles.append(bundle) }
        }
        return bundles
    }

    /// The account's own validator record, its stake and delegations, and its unbonding entries.
    func stake(of address: Address) async throws(ExplorerError) -> (json: JSONValue, text: String) {
        let staking = self.address(of: SystemABI.staking)
        let validator = try await client.query(SystemABI.staking, at: staking, "validator", address.bytes)
        let stakeOf = try await client.query(SystemABI.staking, at: staking, "stakeOf", address.bytes).uint ?? 0
        let unbonding = try await client.query(SystemABI.staking, at: staking, "unbonding", address.bytes).list ?? []
        // Staking keeps the validators an account delegates to under 0x06 ‖ account (its README), with no
        // read method: the slot is read directly.
        let delegatesTo = try await client.storage(staking, slot: [0x06] + address.bytes)
            .map { (value: [UInt8]) throws(ExplorerError) -> [ABIValue] in
                do { return try ABIDecoder.decode(.packed(.address), from: value).list ?? [] } catch {
                    throw .malformed("Staking's delegation list for \(address.checksummed): \(error)")
                }
            } ?? []
        var delegations: [(Address, UInt128)] = []
        for target in delegatesTo {
            guard let validatorAddress = target.address else { continue }
            let amount = try await client.query(SystemABI.staking, at: staking, "delegation", address.bytes + validatorAddress.bytes).uint ?? 0
            if amount > 0 { delegations.append((validatorAddress, amount)) }
        }

        var text = "stake: \(Format.amount(stakeOf)) bonded"
        if !validator.isNone {
            text += "\n  validator: self stake \(Format.amount(validator["selfStake"]?.uint ?? 0)), delegated to it "
                + "\(Format.amount(validator["delegated"]?.uint ?? 0)), commission \(validator["commissionBps"]?.text() ?? "")"
        }
        for (target, amount) in delegations {
            text += "\n  delegates \(Format.amount(amount)) to \(target.checksummed)"
        }
        for entry in unbonding {
            text += "\n  unbonding \(entry["amount"]?.text() ?? "") from \(entry["validator"]?.text(short: false) ?? ""), "
                + "released at block \(entry["releaseHeight"]?.uint ?? 0)"
        }
        let json: JSONValue = [
            "bonded": .string(String(stakeOf)), "validator": validator.json,
            "delegations": .array(delegations.map { ["validator": .string($0.0.checksummed), "amount": .string(String($0.1))] }),
            "unbonding": .array(unbonding.map(\.json)),
        ]
        return (json, text)
    }
}
