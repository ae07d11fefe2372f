import CairnCrypto
import CairnState
import WasmKit

/// The `cairn` host module (Contracts/ABI.md): every function charges `hostCall` plus its own price
/// before doing anything, and validates every pointer and length it is given.
extension Runtime {
    private typealias Body = (Execution, Frame, UnsafeBufferPointer<Value>) throws -> Value?

    /// Defines one host function; it acts for whichever execution is running on this runtime.
    private func define(_ name: String, _ body: @escaping Body) {
        let type = HostAPI.signatures[name]!
        let function = Function(store: store, parameters: type.parameters, results: type.results, raw: {
            [unowned self] _, parameters, results in
            guard let execution = self.execution, let frame = execution.frames.last else {
                throw FrameAbort.trap("host call outside a frame")
            }
            do {
                try execution.charge(execution.schedule.hostCall)
                if let value = try body(execution, frame, parameters) { results[0] = value }
            } catch {
                // A nested frame may already have recorded a state failure; keep the first cause.
                let abort = (error as? FrameAbort) ?? .stateFailure(error)
                if frame.abort == nil { frame.abort = abort }
                throw abort
            }
        })
        imports.define(module: HostAPI.module, name: name, function)
    }

    func defineHostFunctions() {
        define("input_len") { _, frame, _ in .i32(UInt32(frame.input.count)) }
        define("input_read") { execution, frame, p in
            try execution.charge(frame.input.count, at: execution.schedule.copyByte)
            try frame.write(p[0].u32, frame.input)
            return nil
        }
        define("set_return") { execution, frame, p in
            let count = p[1].u32
            guard count <= execution.limits.maxReturnDataSize else { throw FrameAbort.trap("return data too large") }
            try execution.charge(Int(count), at: execution.schedule.copyByte)
            frame.returnData = try frame.read(p[0].u32, count)
            return nil
        }
        define("revert") { execution, frame, p in
            let count = min(p[1].u32, UInt32(execution.limits.maxReturnDataSize))
            try execution.charge(Int(count), at: execution.schedule.copyByte)
            throw FrameAbort.revert(try frame.read(p[0].u32, count))
        }

        // MARK: Storage, scoped to the running contract.
        define("storage_get") { execution, frame, p in
            let key = try execution.storageKey(frame, p[0], p[1])
            try execution.charge(execution.schedule.storageRead)
            try execution.charge(key.bytes.count, at: execution.schedule.storageReadByte)
            guard let value = try execution.io({ try frame.state.get(key) }) else { return .i32(UInt32(bitPattern: -1)) }
            try execution.charge(value.count, at: execution.schedule.storageReadByte)
            let copied = Array(value.prefix(Int(p[3].u32)))
            try frame.write(p[2].u32, copied)
            return .i32(UInt32(value.count))
        }
        define("storage_set") { execution, frame, p in
            let key = try execution.storageKey(frame, p[0], p[1])
            let count = p[3].u32
            guard count <= execution.limits.maxStorageValueSize else {
                throw FrameAbort.trap("storage value over \(execution.limits.maxStorageValueSize) bytes")
            }
            try execution.charge(execution.schedule.storageWrite)
            try execution.charge(key.bytes.count + Int(count), at: execution.schedule.storageWriteByte)
            let value = try frame.read(p[2].u32, count)
            try execution.io { try frame.state.set(key, value) }
            return nil
        }
        define("storage_delete") { execution, frame, p in
            let key = try execution.storageKey(frame, p[0], p[1])
            try execution.charge(execution.schedule.storageDelete)
            try execution.charge(key.bytes.count, at: execution.schedule.storageDeleteByte)
            try execution.io { try frame.state.delete(key) }
            return nil
        }
        define("storage_has") { execution, frame, p in
            let key = try execution.storageKey(frame, p[0], p[1])
            try execution.charge(execution.schedule.storageRead)
            try execution.charge(key.bytes.count, at: execution.schedule.storageReadByte)
            guard let value = try execution.io({ try frame.state.get(key) }) else { return .i32(0) }
            // The store read the whole value, so it is charged like storage_get.
            try execution.charge(value.count, at: execution.schedule.storageReadByte)
            return .i32(1)
        }

        // MARK: Context.
        define("caller") { _, frame, p in
            try frame.write(p[0].u32, frame.caller.bytes)
            return nil
        }
        define("origin") { execution, frame, p in
            try frame.write(p[0].u32, execution.origin.bytes)
            return nil
        }
        define("self_address") { _, frame, p in
            try frame.write(p[0].u32, frame.contract.bytes)
            return nil
        }
        define("value") { _, frame, p in
            try frame.write(p[0].u32, frame.value.bigEndianBytes)
            return nil
        }
        define("block_height") { execution, _, _ in .i64(execution.context.height) }
        define("block_time") { execution, _, _ in .i64(execution.context.time) }
        define("chain_id") { execution, _, _ in .i64(execution.context.chainID) }
        define("gas_left") { execution, _, _ in .i64(execution.gasLeft) }

        // MARK: Balances.
        define("balance") { execution, frame, p in
            let account = try execution.address(frame, p[0])
            try execution.charge(execution.schedule.storageRead)
            let balance = try execution.io { try WorldState(frame.state).balance(of: account) }
            try frame.write(p[1].u32, balance.bigEndianBytes)
            return nil
        }
        define("transfer") { execution, frame, p in
            let recipient = try execution.address(frame, p[0])
            let amount = try UInt128(bigEndianBytes: frame.read(p[1].u32, 16))
            try execution.charge(execution.schedule.valueTransfer)
            let done = try execution.io { try WorldState(frame.state).transfer(from: frame.contract, to: recipient, amount: amount) }
            return .i32(done ? 0 : 1)
        }

        // MARK: Events.
        define("emit") { execution, frame, p in
            let topicCount = p[1].u32
            let dataCount = p[3].u32
            guard topicCount <= execution.limits.maxEventTopics else { throw FrameAbort.trap("more than \(execution.limits.maxEventTopics) topics") }
            guard dataCount <= execution.limits.maxEventDataSize else { throw FrameAbort.trap("event data over \(execution.limits.maxEventDataSize) bytes") }
            try execution.charge(execution.schedule.event)
            try execution.charge(Int(topicCount), at: execution.schedule.eventTopic)
            try execution.charge(Int(dataCount), at: execution.schedule.eventDataByte)
            let topicBytes = try frame.read(p[0].u32, topicCount * 32)
            let topics = stride(from: 0, to: topicBytes.count, by: 32).map { Array(topicBytes[$0..<$0 + 32]) }
            let data = try frame.read(p[2].u32, dataCount)
            frame.events.append(Event(contract: frame.contract, topics: topics, data: data))
            return nil
        }

        // MARK: Calls.
        define("call") { execution, frame, p in
            let callee = try execution.address(frame, p[0])
            let methodCount = p[2].u32
            guard methodCount >= 1, methodCount <= execution.limits.maxMethodNameSize else { throw FrameAbort.trap("bad method name") }
            let methodBytes = try frame.read(p[1].u32, methodCount)
            guard methodBytes.allSatisfy(ModuleValidator.isMethodByte) else { throw FrameAbort.trap("bad method name") }
            let argsCount = p[4].u32
            guard argsCount <= execution.limits.maxInputSize else { throw FrameAbort.trap("arguments too large") }
            try execution.charge(Int(argsCount), at: execution.schedule.copyByte)
            let args = try frame.read(p[3].u32, argsCount)
            let value = try UInt128(bigEndianBytes: frame.read(p[5].u32, 16))
            let requested = p[6].u64

            // EIP-150: at most 63/64 of what is left goes to the callee, so the caller can always finish.
            let available = execution.gasLeft
            let forwardable = available - available / 64
            let forwarded = requested == 0 ? forwardable : min(requested, forwardable)
            let kept = available - forwarded
            execution.store.fuel = Fuel(remaining: forwarded)
            let outcome: FrameOutcome
            do {
                outcome = try execution.runFrame(
                    contract: callee, caller: frame.contract, method: String(decoding: methodBytes, as: UTF8.self),
                    args: args, value: value, parentState: frame.state, depth: frame.depth + 1)
            } catch {
                throw FrameAbort.stateFailure(error)
            }
            let unused = outcome.status == .outOfGas ? 0 : execution.gasLeft
            var left = kept + unused
            switch outcome.status {
            case .trapped, .outOfGas: left -= min(left, execution.schedule.failedCall)
            case .success, .reverted: break
            }
            execution.store.fuel = Fuel(remaining: left)

            switch outcome.status {
            case .success:
                try execution.io { try outcome.overlay?.commit() }
                frame.events += outcome.events
                frame.lastCallData = outcome.data
                return .i32(0)
            case .reverted:
                frame.lastCallData = outcome.data
                return .i32(1)
            case .trapped, .outOfGas:
                frame.lastCallData = []
                return .i32(2)
            }
        }
        define("returndata_len") { _, frame, _ in .i32(UInt32(frame.lastCallData.count)) }
        define("returndata_read") { execution, frame, p in
            try execution.charge(frame.lastCallData.count, at: execution.schedule.copyByte)
            try frame.write(p[0].u32, frame.lastCallData)
            return nil
        }

        // MARK: Crypto.
        define("sha256") { execution, frame, p in
            let count = p[1].u32
            try execution.charge(execution.schedule.hash(Int(count), perWord: execution.schedule.sha256Word))
            try frame.write(p[2].u32, SHA256.hash(frame.read(p[0].u32, count)))
            return nil
        }
        define("keccak256") { execution, frame, p in
            let count = p[1].u32
            try execution.charge(execution.schedule.hash(Int(count), perWord: execution.schedule.keccak256Word))
            try frame.write(p[2].u32, Keccak256.hash(frame.read(p[0].u32, count)))
            return nil
        }
        define("secp256k1_recover") { execution, frame, p in
            try execution.charge(execution.schedule.secp256k1Recover)
            let digest = try frame.read(p[0].u32, 32)
            var signature = try frame.read(p[1].u32, 65)
            if signature[64] >= 27 { signature[64] &-= 27 }
            guard signature[64] <= 1,
                let recoverable = try? Secp256k1.RecoverableSignature(compact: signature[0..<64], recoveryID: signature[64]),
                let plain = try? Secp256k1.Signature(compact: recoverable.compact), plain.isLowS,
                let key = try? recoverable.recoverPublicKey(forDigest: digest)
            else { return .i32(1) }
            try frame.write(p[2].u32, Address(publicKey: key).bytes)
            return .i32(0)
        }
        define("ed25519_verify") { execution, frame, p in
            let count = p[2].u32
            try execution.charge(execution.schedule.ed25519Verify)
            try execution.charge((Int(count) + 31) / 32, at: execution.schedule.ed25519VerifyWord)
            let key = try frame.read(p[0].u32, 32)
            let message = try frame.read(p[1].u32, count)
            let signature = try frame.read(p[3].u32, 64)
            guard let publicKey = try? Ed25519.PublicKey(rawRepresentation: key) else { return .i32(0) }
            return .i32(publicKey.isValidSignature(signature, for: message) ? 1 : 0)
        }
    }

}

extension Execution {
    /// Runs a state-store operation, turning its failure into the abort that stops the whole execution.
    func io<T>(_ body: () throws -> T) throws(FrameAbort) -> T {
        do {
            return try body()
        } catch let abort as FrameAbort {
            throw abort
        } catch {
            throw FrameAbort.stateFailure(error)
        }
    }

    func storageKey(_ frame: Frame, _ pointer: Value, _ length: Value) throws(FrameAbort) -> StateKey {
        let count = length.u32
        guard count >= 1, count <= limits.maxStorageKeySize else {
            throw FrameAbort.trap("storage key must be 1 to \(limits.maxStorageKeySize) bytes")
        }
        return .storage(frame.contract, try frame.read(pointer.u32, count))
    }

    func address(_ frame: Frame, _ pointer: Value) throws(FrameAbort) -> Address {
        let bytes = try frame.read(pointer.u32, 20)
        return try! Address(bytes: bytes)
    }
}

extension Value {
    /// The i32 payload (the validator and WasmKit guarantee the type of every host parameter).
    var u32: UInt32 {
        if case .i32(let value) = self { return value }
        return 0
    }

    var u64: UInt64 {
        if case .i64(let value) = self { return value }
        return 0
    }
}

extension UInt128 {
    /// 16 bytes, big-endian: the ABI's amount encoding.
    var bigEndianBytes: [UInt8] {
        (0..<16).map { UInt8(truncatingIfNeeded: self >> (8 * (15 - $0))) }
    }

    init(bigEndianBytes bytes: [UInt8]) {
        self = bytes.reduce(0) { $0 << 8 | UInt128($1) }
    }
}
