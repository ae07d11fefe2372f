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
    var delegation: UInt128 = 0
    if isSelf {
        if amount > validator.selfStake { Host.revert("insufficient stake") }
        let left = validator.selfStake - amount
        if left != 0 && left < config.minSelfStake { Host.revert("self stake below minimum") }
    } else {
        delegation = Ledger.delegation(to: target, from: account)
        if amount > delegation { Host.revert("insufficient stake") }
    }
    var entries = Ledger.unbonding(account)
    if entries.count >= Limits.unbondingEntries { Host.revert("too many unbonding entries") }

    let (release, overflow) = Host.blockHeight().addingReportingOverflow(config.unbondingBlocks)
    let releaseHeight = overflow ? UInt64.max : release
    if isSelf {
        validator.selfStake -= amount
    } else {
        // The account stays in the validator's staker list: its entry is still slashable.
        Ledger.setDelegation(delegation - amount, to: target, from: account)
        Ledger.setDelegatedBy(account, Ledger.delegatedBy(account) - amount)
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
    // An account with neither a delegation nor an entry left has nothing a slash could reach.
    var checked: [Address] = []
    for entry in released where entry.validator != account && !checked.contains(entry.validator) {
        checked.append(entry.validator)
        let stillUnbonding = pending.contains { $0.validator == entry.validator }
        if !stillUnbonding && Ledger.delegation(to: entry.validator, from: account) == 0 {
            Ledger.removeStaker(account, from: entry.validator)
        }
    }

    var data = Writer()
    data.writeUInt128(total)
    event("Staking.Withdrawn", topics: [account.topic], data: data.bytes)
}
