/// The five system contracts' interfaces, transcribed from their READMEs (`Contracts/*/README.md`): the
/// explorer decodes their calls, return values, events and storage with these.
public enum SystemABI {
    typealias F = ABIField

    // MARK: Shared types

    static let device = ABIType.record([F("key", .key32), F("addedAt", .height), F("revokedAt", .height)])
    static let identityRecord = ABIType.record([
        F("owner", .address), F("identityKey", .key32), F("handle", .text), F("nonce", .u64), F("registeredAt", .height),
        F("devices", .list(device)),
    ])
    static let prekeyReason = ABIType.uint(bits: 8, meaning: .names([0: "has prekeys", 1: "exhausted", 2: "policy"]))
    static let bundle = ABIType.record([
        F("owner", .address), F("device", .key32), F("signedPrekey", .key32), F("prekeySignature", .signature),
        F("expiry", .time), F("publishedAt", .height), F("oneTimePrekeys", .list(.key32)), F("noPrekeysReason", prekeyReason),
    ])
    /// Inbox writes only single entries under a tag (batches have their own sequence); other values are shown as numbers.
    static let entryKind = ABIType.uint(bits: 8, meaning: .names([0: "single"]))
    static let inboxEntry = ABIType.record([F("seq", .u64), F("height", .height), F("cid", .cid), F("kind", entryKind)])
    static let inboxBatch = ABIType.record([
        F("seq", .u64), F("root", .key32), F("count", .u32), F("manifestCid", .cid), F("height", .height), F("submitter", .address),
    ])
    static let validator = ABIType.record([
        F("operator", .address), F("consensusKey", .key32), F("commissionBps", .bps), F("selfStake", .amount),
        F("delegated", .amount), F("jailedUntil", .height), F("tombstoned", .bool), F("slashedTotal", .amount),
    ])
    static let unbondingEntry = ABIType.record([F("validator", .address), F("amount", .amount), F("releaseHeight", .height)])
    static let activeValidator = ABIType.record([F("operator", .address), F("consensusKey", .key32), F("power", .amount)])
    static let voteKind = ABIType.uint(bits: 8, meaning: .names([1: "prevote", 2: "precommit"]))
    static let vote = ABIType.record([
        F("kind", voteKind), F("height", .height), F("round", .u32), F("blockHash", .key32), F("signature", .signature),
    ])
    static let missed = ABIType.record([F("windowStart", .height), F("missed", .u64)])
    static let slashReason = ABIType.uint(bits: 8, meaning: .names([1: "double sign", 2: "downtime"]))
    static let slashRecord = ABIType.record([
        F("validator", .address), F("height", .height), F("reason", slashReason), F("fractionBps", .bps),
    ])

    static func method(_ name: String, _ arguments: [ABIField] = [], returns: ABIType? = nil) -> MethodABI {
        MethodABI(name: name, arguments: arguments, returns: returns)
    }

    static func event(_ name: String, topics: [ABIField], data: [ABIField] = []) -> EventABI {
        EventABI(name: name, topics: topics, data: data)
    }

    static func map(_ name: String, _ prefix: UInt8, key: [ABIField] = [], value: ABIType) -> StorageMapABI {
        StorageMapABI(name: name, prefix: prefix, key: key, value: value)
    }

    // MARK: Contracts

    public static let identity = ContractABI(
        name: "Identity",
        methods: [
            method("init"),
            method("register", [F("identityKey", .key32), F("handle", .text), F("keySignature", .signature)]),
            method("registerFor", [
                F("owner", .address), F("identityKey", .key32), F("handle", .text), F("keySignature", .signature),
                F("walletSignature", .fixed(65)),
            ]),
            method("addDevice", [F("deviceKey", .key32), F("signature", .signature)]),
            method("revokeDevice", [F("deviceKey", .key32), F("signature", .signature)]),
            method("rotateKey", [F("newKey", .key32), F("oldSignature", .signature), F("newSignature", .signature)]),
            method("get", [F("owner", .address)], returns: .optional(identityRecord)),
            method("resolve", [F("handle", .text)], returns: .optional(.address)),
        ],
        events: [
            event("Identity.Registered", topics: [F("owner", .address)], data: [F("identityKey", .key32), F("handle", .text)]),
            event("Identity.DeviceAdded", topics: [F("owner", .address)], data: [F("deviceKey", .key32), F("nonce", .u64)]),
            event("Identity.DeviceRevoked", topics: [F("owner", .address)], data: [F("deviceKey", .key32), F("nonce", .u64)]),
            event("Identity.KeyRotated", topics: [F("owner", .address)],
                  data: [F("oldKey", .key32), F("newKey", .key32), F("nonce", .u64)]),
        ],
        storage: [
            map("identities", 0x01, key: [F("owner", .address)], value: identityRecord),
            map("handles", 0x02, key: [F("handle", .paddedText(32))], value: .address),
        ])

    public static let keyBundle = ContractABI(
        name: "KeyBundle",
        methods: [
            method("init", [F("identity", .address), F("maxPrekeys", .u32), F("maxLifetime", .uint(bits: 64, meaning: .seconds))]),
            method("publish", [
                F("device", .key32), F("signedPrekey", .key32), F("prekeySignature", .signature), F("expiry", .time),
                F("oneTimePrekeys", .list(.key32)), F("noPrekeysReason", prekeyReason),
            ]),
            method("claimPrekey", [F("owner", .address), F("device", .key32)], returns: .optional(.key32)),
            method("remove", [F("device", .key32)]),
            method("get", [F("owner", .address), F("device", .key32)], returns: .optional(bundle)),
            method("devices", [F("owner", .address)], returns: .list(.key32)),
        ],
        events: [
            event("KeyBundle.Published", topics: [F("owner", .address), F("device", .key32)],
                  data: [F("signedPrekey", .key32), F("expiry", .time), F("prekeyCount", .u32), F("noPrekeysReason", prekeyReason)]),
            event("KeyBundle.Claimed", topics: [F("owner", .address), F("device", .key32)],
                  data: [F("prekey", .key32), F("claimer", .address)]),
            event("KeyBundle.Removed", topics: [F("owner", .address), F("device", .key32)]),
        ],
        storage: [
            map("config", 0x00, value: .record([
                F("identity", .address), F("maxPrekeys", .u32), F("maxLifetime", .uint(bits: 64, meaning: .seconds)),
            ])),
            map("bundles", 0x01, key: [F("owner", .address), F("device", .key32)], value: bundle),
            map("devices", 0x02, key: [F("owner", .address)], value: .list(.key32)),
        ])

    public static let inbox = ContractABI(
        name: "Inbox",
        methods: [
            method("init", [
                F("staking", .address), F("entryFee", .amount), F("batchFee", .amount), F("window", .u64), F("baseAllowance", .u32),
                F("stakePerExtra", .amount), F("maxAllowance", .u32),
            ]),
            method("anchor", [F("tag", .key32), F("cid", .cid)], returns: .u64),
            method("anchorBatch", [F("root", .key32), F("count", .u32), F("manifestCid", .cid)], returns: .u64),
            method("entries", [F("tag", .key32), F("fromSeq", .u64), F("limit", .u32)], returns: .list(inboxEntry)),
            method("head", [F("tag", .key32)], returns: .u64),
            method("batch", [F("seq", .u64)], returns: .optional(inboxBatch)),
            method("batches", [F("fromSeq", .u64), F("limit", .u32)], returns: .list(inboxBatch)),
            method("batchCount", returns: .u64),
            method("allowance", [F("account", .address)], returns: .record([F("used", .u32), F("limit", .u32)])),
        ],
        events: [
            event("Inbox.Anchored", topics: [F("tag", .key32)], data: [F("seq", .u64), F("cid", .cid)]),
            event("Inbox.BatchAnchored", topics: [F("root", .key32), F("submitter", .address)],
                  data: [F("seq", .u64), F("count", .u32), F("manifestCid", .cid)]),
        ],
        storage: [
            map("config", 0x00, value: .record([
                F("staking", .address), F("entryFee", .amount), F("batchFee", .amount), F("window", .u64), F("baseAllowance", .u32),
                F("stakePerExtra", .amount), F("maxAllowance", .u32),
            ])),
            map("heads", 0x01, key: [F("tag", .key32)], value: .u64),
            map("entries", 0x02, key: [F("tag", .key32), F("seq", .u64)], value: inboxEntry),
            map("batchCount", 0x03, value: .u64),
            map("batches", 0x04, key: [F("seq", .u64)], value: inboxBatch),
            map("usage", 0x05, key: [F("sender", .address)], value: .record([F("windowStart", .height), F("used", .u32)])),
        ])

    public static let staking = ContractABI(
        name: "Staking",
        methods: [
            method("init", [
                F("slashing", .address), F("minSelfStake", .amount), F("unbondingBlocks", .u64), F("maxValidators", .u32),
                F("jailBlocks", .u64),
                F("validators", .list(.record([
                    F("operator", .address), F("consensusKey", .key32), F("commissionBps", .bps), F("stake", .amount),
                ]))),
            ]),
            method("registerValidator", [F("consensusKey", .key32), F("commissionBps", .bps), F("keySignature", .signature)]),
            method("bond"),
            method("delegate", [F("validator", .address)]),
            method("unbond", [F("validator", .address), F("amount", .amount)]),
            method("withdraw"),
            method("slash", [F("validator", .address), F("fractionBps", .bps), F("jailBlocks", .u64), F("tombstone", .bool)]),
            method("unjail"),
            method("validator", [F("operator", .address)], returns: .optional(validator)),
            method("validatorByKey", [F("consensusKey", .key32)], returns: .optional(.address)),
            method("delegation", [F("delegator", .address), F("validator", .address)], returns: .amount),
            method("stakeOf", [F("account", .address)], returns: .amount),
            method("unbonding", [F("account", .address)], returns: .list(unbondingEntry)),
            method("activeSet", returns: .list(activeValidator)),
        ],
        events: [
            event("Staking.ValidatorRegistered", topics: [F("operator", .address)],
                  data: [F("consensusKey", .key32), F("commissionBps", .bps), F("selfStake", .amount)]),
            event("Staking.Bonded", topics: [F("operator", .address)], data: [F("amount", .amount), F("selfStake", .amount)]),
            event("Staking.Delegated", topics: [F("validator", .address), F("delegator", .address)],
                  data: [F("amount", .amount), F("delegation", .amount)]),
            event("Staking.Unbonded", topics: [F("validator", .address), F("account", .address)],
                  data: [F("amount", .amount), F("releaseHeight", .height)]),
            event("Staking.Withdrawn", topics: [F("account", .address)], data: [F("amount", .amount)]),
            event("Staking.Slashed", topics: [F("validator", .address)],
                  data: [F("fractionBps", .bps), F("amount", .amount), F("tombstoned", .bool)]),
            event("Staking.Jailed", topics: [F("validator", .address)], data: [F("jailedUntil", .height)]),
            event("Staking.Unjailed", topics: [F("validator", .address)]),
        ],
        storage: [
            map("config", 0x00, value: .record([
                F("slashing", .address), F("minSelfStake", .amount), F("unbondingBlocks", .u64), F("maxValidators", .u32),
                F("jailBlocks", .u64),
            ])),
            map("validators", 0x01, key: [F("operator", .address)], value: validator),
            map("keys", 0x02, key: [F("consensusKey", .key32)], value: .address),
            map("operators", 0x03, value: .packed(.address)),
            map("stakeIndex", 0x04, key: [F("validator", .address), F("account", .address)], value: .u32),
            map("stakeCount", 0x05, key: [F("validator", .address)], value: .u32),
            map("delegatesTo", 0x06, key: [F("account", .address)], value: .packed(.address)),
            map("unbonding", 0x07, key: [F("account", .address)], value: .packed(unbondingEntry)),
            map("stakeRecords", 0x08, key: [F("validator", .address), F("index", .u32)],
                value: .record([F("staker", .address), F("delegation", .amount), F("entries", .u8)])),
        ])

    public static let slashing = ContractABI(
        name: "Slashing",
        methods: [
            method("init", [
                F("staking", .address), F("doubleSignSlashBps", .bps), F("downtimeSlashBps", .bps), F("window", .u64),
                F("minSignedBps", .bps), F("downtimeJailBlocks", .u64), F("maxEvidenceAge", .u64),
            ]),
            method("submitEvidence", [F("consensusKey", .key32), F("voteA", vote), F("voteB", vote)]),
            method("recordLiveness", [F("height", .height), F("missed", .list(.address))]),
            method("missed", [F("validator", .address)], returns: missed),
            method("slashes", returns: .list(slashRecord)),
        ],
        events: [
            event("Slashing.Evidence", topics: [F("validator", .address), F("consensusKey", .key32)],
                  data: [F("kind", voteKind), F("height", .height), F("round", .u32), F("fractionBps", .bps)]),
            event("Slashing.Downtime", topics: [F("validator", .address)],
                  data: [F("windowStart", .height), F("missed", .u64), F("fractionBps", .bps)]),
        ],
        storage: [
            map("config", 0x00, value: .record([
                F("staking", .address), F("doubleSignSlashBps", .bps), F("downtimeSlashBps", .bps), F("window", .u64),
                F("minSignedBps", .bps), F("downtimeJailBlocks", .u64), F("maxEvidenceAge", .u64),
            ])),
            map("missed", 0x01, key: [F("validator", .address)], value: missed),
            map("punished", 0x02, key: [F("offence", .key32)], value: .fixed(0)),
            map("slashCount", 0x03, value: .u64),
            map("slashes", 0x04, key: [F("slot", .u16)], value: slashRecord),
        ])

    /// Every system contract's interface.
    public static let all: [ContractABI] = [identity, keyBundle, inbox, staking, slashing]

    /// Every system event by its topic 0.
    public static let eventsByTopic: [[UInt8]: EventABI] = Dictionary(
        all.flatMap(\.events).map { ($0.topic0, $0) }, uniquingKeysWith: { first, _ in first })
}
