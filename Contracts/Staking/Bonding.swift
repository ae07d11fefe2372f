// Staking's constructor and the methods that put stake in: registerValidator, bond, delegate.

/// Staking.init(slashing, minSelfStake, unbondingBlocks, maxValidators, jailBlocks, validators): genesis.
@_expose(wasm, "init") @_cdecl("init") public func initialize() {
    var args = Host.arguments()
    let config = StakingConfig(from: &args)
    let genesis = args.readArray(maxCount: Limits.validators) { GenesisValidator(from: &$0) }
    args.finish()

    if config.maxValidators == 0 || config.maxValidators > UInt32(Limits.validators) || config.jailBlocks == 0 {
        Host.revert("bad config")
    }
    for validator in genesis {
        if validator.commissionBps > Limits.maxBps { Host.revert("bad commission") }
        if validator.stake < config.minSelfStake { Host.revert("stake too low") }
    }
    if hasDuplicate(genesis.map { $0.operatorAddress.bytes }) { Host.revert("already validator") }
    if hasDuplicate(genesis.map { $0.consensusKey }) { Host.revert("key in use") }

    Ledger.setConfig(config)
    for entry in genesis {
        let validator = Validator(
            operatorAddress: entry.operatorAddress, consensusKey: entry.consensusKey,
            commissionBps: entry.commissionBps, selfStake: entry.stake)
        Ledger.save(validator)
        Ledger.setOperator(entry.operatorAddress, forKey: entry.consensusKey)
    }
    Ledger.setOperators(genesis.map { $0.operatorAddress })
}

/// Whether two of `values` are equal; sorting first keeps a 256-entry genesis at n log n.
private func hasDuplicate(_ values: [[UInt8]]) -> Bool {
    let sorted = values.sorted { $0.lexicographicallyPrecedes($1) }
    for index in sorted.indices.dropFirst() where sorted[index] == sorted[index - 1] {
        return true
    }
    return false
}

/// Staking.registerValidator(consensusKey 32, commissionBps u16, keySignature 64) payable.
@_expose(wasm, "registerValidator") @_cdecl("registerValidator") public func registerValidator() {
    var args = Host.arguments()
    let consensusKey = args.readFixed(32)
    let commissionBps = args.readUInt16()
    let keySignature = args.readFixed(64)
    args.finish()

    let config = Ledger.config()
    let operatorAddress = Host.caller()
    let stake = Host.value()
    if commissionBps > Limits.maxBps { Host.revert("bad commission") }
    if Ledger.isValidator(operatorAddress) { Host.revert("already validator") }
    if Ledger.operatorOf(key: consensusKey) != nil { Host.revert("key in use") }
    if stake < config.minSelfStake { Host.revert("stake too low") }

    // The consensus key proves possession for this operator on this chain (SYSTEM.md).
    var message = [UInt8](ascii: "cairn/staking/validator/v1")
    message.append(bigEndian: Host.chainID())
    message.append(contentsOf: operatorAddress.bytes)
    message.append(contentsOf: consensusKey)
    if !Host.ed25519Verify(key: consensusKey, message: message, signature: keySignature) {
        Host.revert("bad signature")
    }
    var operators = Ledger.operators()
    if operators.count >= Limits.validators { Host.revert("too many validators") }

    operators.append(operatorAddress)
    Ledger.setOperators(operators)
    Ledger.save(Validator(
        operatorAddress: operatorAddress, consensusKey: consensusKey, commissionBps: commissionBps, selfStake: stake))
    Ledger.setOperator(operatorAddress, forKey: consensusKey)

    var data = Writer()
    data.writeFixed(consensusKey)
    data.writeUInt16(commissionBps)
    data.writeUInt128(stake)
    event("Staking.ValidatorRegistered", topics: [operatorAddress.topic], data: data.bytes)
}

/// Staking.bond() payable: adds the value to the caller's own self stake.
@_expose(wasm, "bond") @_cdecl("bond") public func bond() {
    Host.arguments().finish()
    let amount = Host.value()
    if amount == 0 { Host.revert("zero amount") }
    guard var validator = Ledger.validator(Host.caller()) else { Host.revert("not validator") }
    if validator.tombstoned { Host.revert("validator tombstoned") }

    validator.selfStake += amount
    Ledger.save(validator)

    var data = Writer()
    data.writeUInt128(amount)
    data.writeUInt128(validator.selfStake)
    event("Staking.Bonded", topics: [validator.operatorAddress.topic], data: data.bytes)
}

/// Staking.delegate(validator addr) payable: adds the value to the caller's delegation.
@_expose(wasm, "delegate") @_cdecl("delegate") public func delegate() {
    let target = Host.arguments(Address.self)
    let amount = Host.value()
    let delegator = Host.caller()
    if amount == 0 { Host.revert("zero amount") }
    guard var validator = Ledger.validator(target) else { Host.revert("unknown validator") }
    if target == delegator { Host.revert("self delegation") }
    if validator.tombstoned { Host.revert("validator tombstoned") }
    let index = Ledger.stakeIndex(of: delegator, with: target)
    if index == nil && Ledger.stakerCount(target) >= Limits.stakersPerValidator {
        Host.revert("too many delegators")
    }
    var stake = Stake(staker: delegator, delegation: 0, entries: 0)
    if let index { stake = Ledger.stake(with: target, at: index) }
    if stake.delegation == 0 {
        // Validators a slash emptied for this account free their place before the count.
        var targets = Ledger.delegatedTo(delegator).filter {
            $0 != target && Ledger.delegation(to: $0, from: delegator) > 0
        }
        if targets.count >= Limits.delegationsPerAccount { Host.revert("too many delegations") }
        targets.append(target)
        Ledger.setDelegatedTo(delegator, targets)
    }

    stake.delegation += amount
    if let index {
        Ledger.setStake(stake, with: target, at: index)
    } else {
        Ledger.addStake(stake, with: target)
    }
    validator.delegated += amount
    Ledger.save(validator)

    var data = Writer()
    data.writeUInt128(amount)
    data.writeUInt128(stake.delegation)
    event("Staking.Delegated", topics: [target.topic, delegator.topic], data: data.bytes)
}

/// Reverts when a method that takes no value is sent some: it would be locked here for good.
func requireNoValue() {
    if Host.value() != 0 { Host.revert("not payable") }
}
