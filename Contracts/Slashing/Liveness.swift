// Downtime: the chain reports, every block, which validators missed signing it.

/// Slashing.recordLiveness(height u64, missed [addr]): only the system caller.
@_expose(wasm, "recordLiveness") @_cdecl("recordLiveness") public func recordLiveness() {
    // The chain alone may report liveness; checked before the arguments are even read.
    if !Host.caller().isZero { Host.revert("not system") }
    var args = Host.arguments()
    let height = args.readUInt64()
    let absent = args.readArray(maxCount: 256) { $0.readAddress() }
    args.finish()
    requireNoValue()

    if hasDuplicate(absent) { Host.revert("bad arguments") }
    if height > Host.blockHeight() { Host.revert("future height") }

    let config = Registry.config()
    let windowStart = config.windowStart(of: height)
    for validator in absent {
        var missed = Registry.missed(validator) ?? Missed(windowStart: windowStart, missed: 0)
        if missed.windowStart != windowStart { missed = Missed(windowStart: windowStart, missed: 0) }
        missed.missed += 1
        if missed.missed > config.allowedMisses {
            punishDowntime(validator, missed: missed, config: config)
            missed.missed = 0
        }
        Registry.setMissed(validator, missed)
    }
}

/// Slashes and jails `validator` for downtime. A refusal from Staking (an unknown or tombstoned
/// address) is skipped rather than reverted: a stale list must never make a block fail.
private func punishDowntime(_ validator: Address, missed: Missed, config: SlashingConfig) {
    let outcome = StakingCalls.slash(
        validator, bps: config.downtimeSlashBps, jailBlocks: config.downtimeJailBlocks, tombstone: false,
        staking: config.staking)
    guard case .success = outcome else { return }
    Registry.record(SlashRecord(
        validator: validator, height: Host.blockHeight(), reason: SlashReason.downtime,
        fractionBps: config.downtimeSlashBps))

    var data = Writer()
    data.writeUInt64(missed.windowStart)
    data.writeUInt64(missed.missed)
    data.writeUInt16(config.downtimeSlashBps)
    event("Slashing.Downtime", topics: [validator.topic], data: data.bytes)
}

/// Whether an address is listed twice; sorting keeps a full 256-entry list at n log n.
private func hasDuplicate(_ addresses: [Address]) -> Bool {
    let sorted = addresses.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
    for index in sorted.indices.dropFirst() where sorted[index] == sorted[index - 1] {
        return true
    }
    return false
}
