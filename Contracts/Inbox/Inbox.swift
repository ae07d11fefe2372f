// Inbox's constructor, its two payable methods and its reads.

/// Inbox.init(staking, entryFee, batchFee, window, baseAllowance, stakePerExtra, maxAllowance).
@_expose(wasm, "init") @_cdecl("init") public func initialize() {
    let config = Host.arguments(InboxConfig.self)
    if config.window == 0 { Host.revert("bad config") }
    Anchors.setConfig(config)
}

/// Inbox.anchor(tag 32, cid bytes) payable -> seq u64: appends one CID under a tag.
@_expose(wasm, "anchor") @_cdecl("anchor") public func anchor() {
    var args = Host.arguments()
    let tag = args.readFixed(32)
    let cid = Cid.read(&args)
    args.finish()

    let config = Anchors.config()
    let sender = Host.caller()
    Cid.check(cid)
    // The whole value is the fee and stays here: burned until governance exists.
    if Host.value() < config.entryFee { Host.revert("fee too low") }
    let usage = Anchors.charge(sender, config: config)

    let entry = Entry(seq: Anchors.head(tag), height: Host.blockHeight(), cid: cid, kind: Entry.single)
    Anchors.append(entry, tag: tag)
    Anchors.setUsage(sender, usage)

    var data = Writer()
    data.writeUInt64(entry.seq)
    data.writeBytes(cid)
    event("Inbox.Anchored", topics: [tag], data: data.bytes)
    Host.setReturn(entry.seq)
}

/// Inbox.anchorBatch(root 32, count u32, manifestCid bytes) payable -> seq u64.
@_expose(wasm, "anchorBatch") @_cdecl("anchorBatch") public func anchorBatch() {
    var args = Host.arguments()
    let root = args.readFixed(32)
    let count = args.readUInt32()
    let manifestCid = Cid.read(&args)
    args.finish()

    let config = Anchors.config()
    let submitter = Host.caller()
    if count == 0 { Host.revert("bad count") }
    Cid.check(manifestCid)
    if Host.value() < config.batchFee { Host.revert("fee too low") }
    // However many messages it carries, a batch is one anchor against the allowance.
    let usage = Anchors.charge(submitter, config: config)

    let batch = Batch(
        seq: Anchors.batchCount(), root: root, count: count, manifestCid: manifestCid,
        height: Host.blockHeight(), submitter: submitter)
    Anchors.append(batch)
    Anchors.setUsage(submitter, usage)

    var data = Writer()
    data.writeUInt64(batch.seq)
    data.writeUInt32(count)
    data.writeBytes(manifestCid)
    event("Inbox.BatchAnchored", topics: [root, submitter.topic], data: data.bytes)
    Host.setReturn(batch.seq)
}

/// Inbox.entries(tag 32, fromSeq u64, limit u32) -> [Entry].
@_expose(wasm, "entries") @_cdecl("entries") public func entries() {
    var args = Host.arguments()
    let tag = args.readFixed(32)
    let (from, end) = readPage(&args, total: { Anchors.head(tag) })
    var page: [Entry] = []
    var seq = from
    while seq < end {
        page.append(Anchors.entry(tag, seq: seq))
        seq += 1
    }
    Host.setReturn(page)
}

/// Inbox.head(tag 32) -> u64: the number of entries under the tag.
@_expose(wasm, "head") @_cdecl("head") public func head() {
    var args = Host.arguments()
    let tag = args.readFixed(32)
    args.finish()
    requireNoValue()
    Host.setReturn(Anchors.head(tag))
}

/// Inbox.batch(seq u64) -> Optional<Batch>.
@_expose(wasm, "batch") @_cdecl("batch") public func batch() {
    let seq = Host.arguments(UInt64.self)
    requireNoValue()
    Host.setReturn(Anchors.batch(seq))
}

/// Inbox.batches(fromSeq u64, limit u32) -> [Batch].
@_expose(wasm, "batches") @_cdecl("batches") public func batches() {
    var args = Host.arguments()
    let (from, end) = readPage(&args, total: { Anchors.batchCount() })
    var page: [Batch] = []
    var seq = from
    while seq < end {
        guard let batch = Anchors.batch(seq) else { Host.revert("corrupt state") }
        page.append(batch)
        seq += 1
    }
    Host.setReturn(page)
}

/// Inbox.batchCount() -> u64.
@_expose(wasm, "batchCount") @_cdecl("batchCount") public func batchCount() {
    Host.arguments().finish()
    requireNoValue()
    Host.setReturn(Anchors.batchCount())
}

/// Inbox.allowance(addr) -> {used u32, limit u32} in the current window.
@_expose(wasm, "allowance") @_cdecl("allowance") public func allowance() {
    let sender = Host.arguments(Address.self)
    requireNoValue()
    let config = Anchors.config()
    let usage = Anchors.usage(sender, config: config)
    Host.setReturn(Allowance(used: usage.used, limit: Anchors.limit(for: sender, config: config)))
}

/// Reads the `fromSeq u64, limit u32` tail of a paged read and returns the seq range to answer.
private func readPage(_ args: inout Reader, total: () -> UInt64) -> (from: UInt64, end: UInt64) {
    let from = args.readUInt64()
    let limit = args.readUInt32()
    args.finish()
    requireNoValue()
    if limit > Anchors.pageLimit { Host.revert("limit too large") }
    let count = total()
    if from >= count { return (from, from) }
    return (from, from + min(count - from, UInt64(limit)))
}

/// Reverts when a read is sent value: nothing here could pay it back.
func requireNoValue() {
    if Host.value() != 0 { Host.revert("not payable") }
}
