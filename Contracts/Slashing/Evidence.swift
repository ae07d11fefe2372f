// Double-sign evidence: two conflicting votes signed by one consensus key.

/// Slashing.submitEvidence(consensusKey 32, voteA Vote, voteB Vote): anyone may prove double signing.
@_expose(wasm, "submitEvidence") @_cdecl("submitEvidence") public func submitEvidence() {
    var args = Host.arguments()
    let consensusKey = args.readFixed(32)
    let voteA = Vote(from: &args)
    let voteB = Vote(from: &args)
    args.finish()
    requireNoValue()

    let config = Registry.config()
    if voteA.kind != voteB.kind || voteA.height != voteB.height || voteA.round != voteB.round {
        Host.revert("not conflicting")
    }
    if voteA.blockHash == voteB.blockHash { Host.revert("identical votes") }
    let (oldest, overflow) = voteA.height.addingReportingOverflow(config.maxEvidenceAge)
    if !overflow && oldest < Host.blockHeight() { Host.revert("evidence too old") }
    let offence = offenceID(consensusKey, voteA)
    if Registry.isUsed(offence: offence) { Host.revert("evidence already used") }
    let chainID = Host.chainID()
    for vote in [voteA, voteB] {
        if !Host.ed25519Verify(key: consensusKey, message: vote.signedBytes(chainID: chainID), signature: vote.signature) {
            Host.revert("bad signature")
        }
    }
    guard let validator = StakingCalls.validator(byKey: consensusKey, staking: config.staking) else {
        Host.revert("unknown validator")
    }
    if StakingCalls.isTombstoned(validator, staking: config.staking) { Host.revert("already tombstoned") }

    // Jailed for good in practice: half the height range, so adding the height cannot overflow.
    let outcome = StakingCalls.slash(
        validator, bps: config.doubleSignSlashBps, jailBlocks: UInt64.max / 2, tombstone: true,
        staking: config.staking)
    switch outcome {
    case .success: break
    case .revert(let reason): revert(prefix: "slash failed: ", detail: reason)
    case .failure: Host.revert("slash failed")
    }
    Registry.markUsed(offence: offence)
    Registry.record(SlashRecord(
        validator: validator, height: Host.blockHeight(), reason: SlashReason.doubleSign,
        fractionBps: config.doubleSignSlashBps))

    var data = Writer()
    data.writeUInt8(voteA.kind)
    data.writeUInt64(voteA.height)
    data.writeUInt32(voteA.round)
    data.writeUInt16(config.doubleSignSlashBps)
    event("Slashing.Evidence", topics: [validator.topic, consensusKey], data: data.bytes)
}

/// One offence per key, vote kind, height and round, whatever pair of votes proves it.
private func offenceID(_ consensusKey: [UInt8], _ vote: Vote) -> [UInt8] {
    var bytes = consensusKey
    bytes.append(vote.kind)
    bytes.append(bigEndian: vote.height)
    bytes.append(contentsOf: vote.round.encoded)
    return Host.keccak256(bytes)
}

/// Reverts with a fixed prefix followed by bytes known only at run time (a callee's reason).
func revert(prefix: StaticString, detail: [UInt8]) -> Never {
    var reason = [UInt8](ascii: prefix)
    reason.append(contentsOf: detail)
    reason.withUnsafeBytes { cairn_revert($0.baseAddress, Int32($0.count)) }
    // The host never returns from revert.
    fatalError()
}
