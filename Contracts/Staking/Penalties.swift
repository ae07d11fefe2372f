// Penalties: slash (only from the Slashing contract) and unjail (the operator, once the jail is served).

/// Staking.slash(validator addr, fractionBps u16, jailBlocks u64, tombstone bool): only from Slashing.
@_expose(wasm, "slash") @_cdecl("slash") public func slash() {
    let config = Ledger.config()
    // Who may slash is checked before anything else is looked at.
    if Host.caller() != config.slashing { Host.revert("not slashing") }
    var args = Host.arguments()
    let target = args.readAddress()
    let fractionBps = args.readUInt16()
    let jailBlocks = args.readUInt64()
    let tombstone = args.readBool()
    args.finish()
    requireNoValue()

    if fractionBps > Limits.maxBps { Host.revert("bad fraction") }
    guard var validator = Ledger.validator(target) else { Host.revert("unknown validator") }
    if validator.tombstoned { Host.revert("already tombstoned") }

    let height = Host.blockHeight()
    let selfCut = portion(of: validator.selfStake, bps: fractionBps)
    validator.selfStake -= selfCut
    var slashed = selfCut + slashPendingEntries(of: target, for: target, bps: fractionBps, height: height)

    // One storage write per staker at most (its stake record; its entries only if it has some from
    // this validator): the list holds up to 512, and whoever brings the evidence pays for it.
    // A record emptied here keeps its slot until its owner withdraws its last entry from this validator.
    let stakers = Ledger.stakerCount(target)
    var index: UInt32 = 0
    while index < stakers {
        var stake = Ledger.stake(with: target, at: index)
        let cut = portion(of: stake.delegation, bps: fractionBps)
        if cut > 0 {
            stake.delegation -= cut
            Ledger.setStake(stake, with: target, at: index)
            validator.delegated -= cut
            slashed += cut
        }
        if stake.entries > 0 {
            slashed += slashPendingEntries(of: stake.staker, for: target, bps: fractionBps, height: height)
        }
        index += 1
    }

    validator.slashedTotal += slashed
    let (end, overflow) = height.addingReportingOverflow(jailBlocks == 0 ? config.jailBlocks : jailBlocks)
    validator.jailedUntil = max(validator.jailedUntil, overflow ? UInt64.max : end)
    if tombstone { validator.tombstoned = true }
    Ledger.save(validator)

    var slashedData = Writer()
    slashedData.writeUInt16(fractionBps)
    slashedData.writeUInt128(slashed)
    slashedData.writeBool(tombstone)
    event("Staking.Slashed", topics: [target.topic], data: slashedData.bytes)
    var jailedData = Writer()
    jailedData.writeUInt64(validator.jailedUntil)
    event("Staking.Jailed", topics: [target.topic], data: jailedData.bytes)
}

/// Cuts `account`'s unbonding entries from `validator` that are not yet released and returns the
/// total cut, which stays in the contract: it is burned.
private func slashPendingEntries(of account: Address, for validator: Address, bps: UInt16, height: UInt64) -> UInt128 {
    var entries = Ledger.unbonding(account)
    var cut: UInt128 = 0
    for index in entries.indices where entries[index].validator == validator && entries[index].releaseHeight > height {
        let entryCut = portion(of: entries[index].amount, bps: bps)
        entries[index].amount -= entryCut
        cut += entryCut
    }
    if cut > 0 { Ledger.setUnbonding(account, entries) }
    return cut
}

/// Staking.unjail(): the operator returns to the active set once its jail is served.
@_expose(wasm, "unjail") @_cdecl("unjail") public func unjail() {
    Host.arguments().finish()
    requireNoValue()

    let config = Ledger.config()
    guard var validator = Ledger.validator(Host.caller()) else { Host.revert("not validator") }
    if validator.jailedUntil == 0 { Host.revert("not jailed") }
    if validator.tombstoned { Host.revert("validator tombstoned") }
    if Host.blockHeight() < validator.jailedUntil { Host.revert("still jailed") }
    if validator.selfStake < config.minSelfStake { Host.revert("stake too low") }

    validator.jailedUntil = 0
    Ledger.save(validator)
    event("Staking.Unjailed", topics: [validator.operatorAddress.topic])
}
