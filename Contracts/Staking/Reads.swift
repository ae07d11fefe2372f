// Staking's read-only methods: each decodes its arguments strictly and answers with set_return.

/// Staking.validator(addr) -> Optional<Validator>.
@_expose(wasm, "validator") @_cdecl("validator") public func validator() {
    let operatorAddress = Host.arguments(Address.self)
    requireNoValue()
    Host.setReturn(Ledger.validator(operatorAddress))
}

/// Staking.validatorByKey(key 32) -> Optional<addr>.
@_expose(wasm, "validatorByKey") @_cdecl("validatorByKey") public func validatorByKey() {
    var args = Host.arguments()
    let consensusKey = args.readFixed(32)
    args.finish()
    requireNoValue()
    Host.setReturn(Ledger.operatorOf(key: consensusKey))
}

/// Staking.delegation(delegator addr, validator addr) -> u128.
@_expose(wasm, "delegation") @_cdecl("delegation") public func delegation() {
    var args = Host.arguments()
    let delegator = args.readAddress()
    let target = args.readAddress()
    args.finish()
    requireNoValue()
    Host.setReturn(Ledger.delegation(to: target, from: delegator))
}

/// Staking.stakeOf(addr) -> u128: self stake plus all delegations, unbonding excluded.
@_expose(wasm, "stakeOf") @_cdecl("stakeOf") public func stakeOf() {
    let account = Host.arguments(Address.self)
    requireNoValue()
    var stake = Ledger.validator(account)?.selfStake ?? 0
    for target in Ledger.delegatedTo(account) {
        stake += Ledger.delegation(to: target, from: account)
    }
    Host.setReturn(stake)
}

/// Staking.unbonding(addr) -> [Entry], in creation order.
@_expose(wasm, "unbonding") @_cdecl("unbonding") public func unbonding() {
    let account = Host.arguments(Address.self)
    requireNoValue()
    Host.setReturn(Ledger.unbonding(account))
}

/// Staking.activeSet() -> [ActiveValidator]: the top maxValidators eligible validators by power.
@_expose(wasm, "activeSet") @_cdecl("activeSet") public func activeSet() {
    Host.arguments().finish()
    requireNoValue()

    let config = Ledger.config()
    var eligible: [ActiveValidator] = []
    for operatorAddress in Ledger.operators() {
        guard let validator = Ledger.validator(operatorAddress) else { Host.revert("corrupt state") }
        if validator.jailedUntil != 0 || validator.tombstoned || validator.selfStake < config.minSelfStake {
            continue
        }
        eligible.append(ActiveValidator(
            operatorAddress: operatorAddress, consensusKey: validator.consensusKey, power: validator.power))
    }
    // Operators are unique, so this order is total and the answer does not depend on the sort.
    eligible.sort { a, b in
        a.power != b.power ? a.power > b.power : a.operatorAddress.precedes(b.operatorAddress)
    }
    if eligible.count > Int(config.maxValidators) {
        eligible.removeLast(eligible.count - Int(config.maxValidators))
    }
    Host.setReturn(eligible)
}
