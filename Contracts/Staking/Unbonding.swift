// Taking stake out: unbond starts the unbonding period, withdraw pays what it released.

/// Staking.unbond(validator addr, amount u128): self stake or delegation into an unbonding entry.
@_expose(wasm, "unbond") @_cdecl("unbond") public func unbond() {
    var args = Host.arguments()
    let target = args.readAddress()
    let amount = args.readUInt128()
    args.finish()
    requireNoValue()

    let config = Ledger.config()
    let account = Host.caller()
    if amount == 0 { Host.revert("zero amount") }
    guard var validator = Ledger.validator(target) else { Host.revert("unknown validator") }
    let isSelf = account == target
    var stakeIndex: UInt32 = 0
    var stake = Stake(staker: account, delegation: 0, entries: 0)
    if isSelf {
        if amount > validator.selfStake { Host.revert("insufficient stake") }
        let left = validator.selfStake - amount
        if left != 0 && left < config.minSelfStake { Host.revert("self stake below minimum") }
    } else {
        guard let index = Ledger.stakeIndex(of: account, with: target) else { Host.revert("insufficient stake") }
        stakeIndex = index
        stake = Ledger.stake(with: target, at: index)
        if amount > stake.delegation { Host.revert("insufficient stake") }
    }
    var entries = Ledger.unbonding(account)
    if entries.count >= Limits.unbondingEntries { Host.revert("too many unbonding entries") }

    let (release, overflow) = Host.blockHeight().addingReportingOverflow(config.unbondingBlocks)
    let releaseHeight = overflow ? UInt64.max : release
    if isSelf {
        validator.selfStake -= amount
    } else {
        // The stake record stays, counting the new entry: the entry is slashable until released.
        stake.delegation -= amount
        stake.entries += 1
        Ledger.setStake(stake, with: target, at: stakeIndex)
        if stake.delegation == 0 {
            Ledger.setDelegatedTo(account, Ledger.delegatedTo(account).filter { $0 != target })
        }
        validator.delegated -= amount
    }
    Ledger.save(validator)
    entries.append(UnbondingEntry(validator: target, amount: amount, releaseHeight: releaseHeight))
    Ledger.setUnbonding(account, entries)

    var data = Writer()
    data.writeUInt128(amount)
    data.writeUInt64(releaseHeight)
    event("Staking.Unbonded", topics: [target.topic, account.topic], data: data.bytes)
}

/// Staking.withdraw(): pays every released unbonding entry of the caller.
@_expose(wasm, "withdraw") @_cdecl("withdraw") public func withdraw() {
    Host.arguments().finish()
    requireNoValue()

    let account = Host.caller()
    let height = Host.blockHeight()
    let entries = Ledger.unbonding(account)
    let released = entries.filter { $0.releaseHeight <= height }
    if released.isEmpty { Host.revert("nothing to withdraw") }
    let pending = entries.filter { $0.releaseHeight > height }
    var total: UInt128 = 0
    for entry in released { total += entry.amount }
    if total > 0 && !Host.transfer(to: account, amount: total) { Host.revert("transfer failed") }

    Ledger.setUnbonding(account, pending)
    // Each validator's stake record counts this account's entries from it; a record with neither a
    // delegation nor an entry left has nothing a slash could reach, and goes.
    var counted: [Address] = []
    for entry in released where entry.validator != account && !counted.contains(entry.validator) {
        counted.append(entry.validator)
        guard let index = Ledger.stakeIndex(of: account, with: entry.validator) else { Host.revert("corrupt state") }
        var stake = Ledger.stake(with: entry.validator, at: index)
        stake.entries -= UInt8(released.filter { $0.validator == entry.validator }.count)
        if stake.entries == 0 && stake.delegation == 0 {
            Ledger.removeStake(with: entry.validator, at: index)
        } else {
            Ledger.setStake(stake, with: entry.validator, at: index)
        }
    }

    var data = Writer()
    data.writeUInt128(total)
    event("Staking.Withdrawn", topics: [account.topic], data: data.bytes)
}
