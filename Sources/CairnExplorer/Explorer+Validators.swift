import CairnCrypto
import CairnRPC

extension Explorer {
    /// `validators`: every registered validator with its key, stake, voting power, commission, blocks
    /// missed in the current liveness window, jail and tombstone state, and the slashes it took.
    public func validators() async throws(ExplorerError) -> ExplorerOutput {
        let staking = address(of: SystemABI.staking)
        let slashing = address(of: SystemABI.slashing)
        let head = try await client.head()
        // The set that signed the head block (the latest the node can show; the next block's set changes
        // only at an epoch boundary). A validator jailed in the head block is still in it.
        let active = try await client.validators(height: head)
        var powers: [Address: UInt128] = [:]
        for validator in active["validators"]?.array ?? [] {
            powers[try ExplorerClient.address(validator["operator"], "operator")] = try ExplorerClient.uint128(validator["power"], "power")
        }
        let totalPower = try ExplorerClient.uint128(active["totalPower"], "total power")
        // Staking keeps every operator ever registered under slot 0x03 (its README) and has no method listing them.
        let operators = try await client.storage(staking, slot: [0x03]).map { (value: [UInt8]) throws(ExplorerError) -> [Address] in
            do { return try ABIDecoder.decode(.packed(.address), from: value).list?.compactMap(\.address) ?? [] } catch {
                throw .malformed("Staking's operator list: \(error)")
            }
        } ?? []
        let window = try await slashingWindow(slashing)
        let slashes = try await client.query(SystemABI.slashing, at: slashing, "slashes").list ?? []

        var rows: [JSONValue] = []
        var table = TextTable([
            ("operator", .left), ("consensus key", .left), ("stake", .right), ("share", .right), ("comm.", .right),
            ("missed", .right), ("status", .left), ("slashes", .right),
        ])
        for operatorAddress in operators {
            let record = try await client.query(SystemABI.staking, at: staking, "validator", operatorAddress.bytes)
            guard !record.isNone else { continue }
            let missed = try await client.query(SystemABI.slashing, at: slashing, "missed", operatorAddress.bytes)
            let own = slashes.filter { $0["validator"]?.address == operatorAddress }
            let selfStake = record["selfStake"]?.uint ?? 0
            let delegated = record["delegated"]?.uint ?? 0
            let jailedUntil = record["jailedUntil"]?.uint ?? 0
            let tombstoned = record["tombstoned"]?.bool ?? false
            let power = powers[operatorAddress]
            let status = tombstoned ? "tombstoned"
                : jailedUntil > UInt128(head) ? "jailed until \(jailedUntil)"
                : jailedUntil > 0 ? "jailed (may unjail)"
                : power != nil ? "active" : "inactive"
            let missedCount = missed["missed"]?.uint ?? 0
            table.append([
                Format.short(operatorAddress), record["consensusKey"]?.text() ?? "", Format.cairn(selfStake.saturatingAdd(delegated)),
                power.map { Format.percent($0, of: totalPower) } ?? "-", record["commissionBps"]?.text() ?? "",
                window.map { "\(missedCount)/\($0)" } ?? String(missedCount), status, String(own.count),
            ])
            rows.append([
                "operator": .string(operatorAddress.checksummed), "consensusKey": record["consensusKey"]?.json ?? .null,
                "selfStake": .string(String(selfStake)), "delegated": .string(String(delegated)),
                "power": power.map { .string(String($0)) } ?? .null, "commissionBps": record["commissionBps"]?.json ?? .null,
                "missed": jsonNumber(missedCount), "missedWindowStart": missed["windowStart"]?.json ?? .null,
                "jailedUntil": jsonNumber(jailedUntil), "tombstoned": .bool(tombstoned), "status": .string(status),
                "slashedTotal": .string(String(record["slashedTotal"]?.uint ?? 0)), "slashes": .array(own.map(\.json)),
            ])
        }
        var text = "\(powers.count) active of \(rows.count) registered; total power \(Format.cairn(totalPower)) at block \(head)\n"
            + table.rendered
        if !slashes.isEmpty {
            text += "\n\nslashes (\(slashes.count))"
            for slash in slashes {
                text += "\n  block \(slash["height"]?.uint ?? 0): \(slash["validator"]?.text(short: false) ?? "") "
                    + "\(slash["reason"]?.text() ?? ""), \(slash["fractionBps"]?.text() ?? "") of stake"
            }
        }
        let json: JSONValue = [
            "height": jsonNumber(head), "totalPower": .string(String(totalPower)), "missedWindow": window.map { jsonNumber($0) } ?? .null,
            "validators": .array(rows), "slashes": .array(slashes.map(\.json)),
        ]
        return ExplorerOutput(json: json, text: text)
    }

    /// The liveness window of Slashing's config (slot 0x00), or nil if it cannot be read.
    func slashingWindow(_ slashing: Address) async throws(ExplorerError) -> UInt128? {
        guard let config = try await client.storage(slashing, slot: [0x00]),
            let layout = SystemABI.slashing.storage.first(where: { $0.prefix == 0 }),
            let decoded = try? ABIDecoder.decode(layout.value, from: config)
        else { return nil }
        return decoded["window"]?.uint
    }
}
