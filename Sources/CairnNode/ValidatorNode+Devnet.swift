import CairnRPC

extension ValidatorNode {
    /// The admin methods of a devnet node (`NodeConfig.devnetAdmin`), registered on no other node.
    ///
    /// `cairn_partition` with `[true]` isolates the node's p2p network (`PeerNetwork.setIsolated`): every peer
    /// connection is closed, new ones are refused and nobody is dialled, while consensus, block storage and
    /// JSON-RPC keep running, so the node goes on answering with the chain as it stood; `[false]` redials its
    /// peers, and block sync brings it to their head. The answer is `{"isolated": bool}`; connections close
    /// and open a moment later (`cairn_nodeInfo` lists the peers). The state is the process's own: a
    /// restarted node is connected.
    func registerDevnetAdminMethods(_ methods: inout RPCMethodTable) {
        methods.register("cairn_partition") { [weak self] params in
            guard case let .array(list) = params, list.count == 1, case let .bool(isolated) = list[0] else {
                throw RPCError(code: RPCError.invalidParamsCode, message: "cairn_partition takes one boolean: [true] isolates, [false] heals")
            }
            guard let self, let network else { throw RPCError(code: RPCError.internalErrorCode, message: "the node is not running") }
            network.setIsolated(isolated)
            return .object(["isolated": .bool(network.isIsolated)])
        }
    }
}
