#!/usr/bin/env python3
"""A Cairn dev node, driven as an Ethereum wallet would drive it.

eth-account signs (a) a plain transfer and (b) a contract call (Staking.delegate, with value); both go to
the node with eth_sendRawTransaction over plain HTTP, and their receipts, balances, nonces, transactions
and blocks are checked. Then web3.py sends a third transaction and reads it back, as a shape check of
what the node answers.

Usage: node_end_to_end.py RPC_URL   (a fresh `cairn node --dev` on Genesis/devnet.json)
Exits 0 when every check holds; otherwise prints the failed check and exits 1.
"""
import json
import sys
import time
import urllib.request

from eth_account import Account

MNEMONIC = "test test test test test test test test test test test junk"
CHAIN_ID = 31337
STAKING = "0x0000000000000000000000000000000000001004"
VALIDATOR = "0x976EA74026E726554dB657fA54763abd0C3a0aa9"  # account 6, validator operator
TRANSFER_GAS = 21000

URL = sys.argv[1]
_ids = iter(range(1, 1 << 30))


class RPCError(Exception):
    pass


def rpc(method, *params):
    body = json.dumps({"jsonrpc": "2.0", "id": next(_ids), "method": method, "params": list(params)}).encode()
    request = urllib.request.Request(URL, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        answer = json.loads(response.read())
    if "error" in answer:
        raise RPCError(f"{method}: {answer['error']}")
    return answer["result"]


def q(hex_quantity):
    return int(hex_quantity, 16)


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok:", what.split(":")[0])


def varint(n):
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def contract_call(method, args=b""):
    """Canonical ContractCall: varint-length-prefixed UTF-8 method, then varint-length-prefixed args."""
    name = method.encode()
    return varint(len(name)) + name + varint(len(args)) + args


def wait_receipt(tx_hash, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        receipt = rpc("eth_getTransactionReceipt", tx_hash)
        if receipt is not None:
            return receipt
        time.sleep(0.05)
    raise AssertionError(f"no receipt for {tx_hash} within {timeout} s")


def fees():
    gas_price = q(rpc("eth_gasPrice"))
    tip = q(rpc("eth_maxPriorityFeePerGas"))
    return tip, 2 * gas_price + tip


def send_and_check(account, tx):
    """Signs, sends and checks the common facts of a transaction; returns its receipt."""
    sender = account.address
    signed = Account.sign_transaction(tx, account.key)
    tx_hash = "0x" + signed.hash.hex().removeprefix("0x")
    raw = "0x" + signed.raw_transaction.hex().removeprefix("0x")
    sent = rpc("eth_sendRawTransaction", raw)
    check(sent.lower() == tx_hash.lower(), f"eth_sendRawTransaction returns the signed hash: {sent} vs {tx_hash}")
    receipt = wait_receipt(tx_hash)
    check(receipt["status"] == "0x1", f"receipt status 0x1: {receipt}")
    check(receipt["transactionHash"] == tx_hash, f"receipt names the transaction: {receipt}")
    check(receipt["from"].lower() == sender.lower(), f"receipt from is the signer: {receipt['from']} vs {sender}")
    check(receipt["to"].lower() == tx["to"].lower(), f"receipt to is the recipient: {receipt['to']}")
    price = q(receipt["effectiveGasPrice"])
    check(tx["maxPriorityFeePerGas"] <= price <= tx["maxFeePerGas"], f"effective gas price within the caps: {price}")
    height = q(receipt["blockNumber"])

    # The sender paid exactly value + gasUsed * effectiveGasPrice in that block, and its nonce moved on.
    before = q(rpc("eth_getBalance", sender, hex(height - 1)))
    after = q(rpc("eth_getBalance", sender, hex(height)))
    gas_used = q(receipt["gasUsed"])
    check(before - after == tx["value"] + gas_used * price,
          f"sender pays value + gasUsed * effectiveGasPrice: {before - after} vs {tx['value']} + {gas_used} * {price}")
    check(q(rpc("eth_getTransactionCount", sender, "latest")) == tx["nonce"] + 1, "nonce advanced by one")
    check(q(rpc("eth_getTransactionCount", sender, hex(height - 1))) == tx["nonce"], "nonce before the block unchanged")

    found = rpc("eth_getTransactionByHash", tx_hash)
    check(found is not None and found["hash"] == tx_hash, f"eth_getTransactionByHash finds it: {found}")
    check(found["from"].lower() == sender.lower() and found["to"].lower() == tx["to"].lower(), "transaction from/to")
    check(q(found["nonce"]) == tx["nonce"] and q(found["value"]) == tx["value"] and q(found["gas"]) == tx["gas"],
          f"transaction nonce, value and gas as signed: {found}")
    check(found["input"] == "0x" + bytes.fromhex(tx["data"].removeprefix("0x")).hex(), f"transaction input as signed: {found['input']}")
    check(found["blockNumber"] == receipt["blockNumber"] and found["blockHash"] == receipt["blockHash"], "transaction block")

    block = rpc("eth_getBlockByNumber", receipt["blockNumber"], True)
    check(block["hash"] == receipt["blockHash"], f"block hash matches the receipt: {block['hash']}")
    hashes = [t["hash"] for t in block["transactions"]]
    check(tx_hash in hashes, f"block {height} contains the transaction: {hashes}")
    index = q(receipt["transactionIndex"])
    check(block["transactions"][index]["hash"] == tx_hash, "transactionIndex points at it in the block")
    return receipt


def main():
    check(q(rpc("eth_chainId")) == CHAIN_ID, "eth_chainId is 31337")
    Account.enable_unaudited_hdwallet_features()
    payer = Account.from_mnemonic(MNEMONIC, account_path="m/44'/60'/0'/0/0")
    delegator = Account.from_mnemonic(MNEMONIC, account_path="m/44'/60'/0'/0/1")
    check(payer.address == "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "account 0 derived")
    recipient = Account.create().address

    # (a) A plain transfer to a fresh address.
    tip, max_fee = fees()
    value = 1_234_567_890_123_456_789
    transfer = {"type": 2, "chainId": CHAIN_ID, "nonce": q(rpc("eth_getTransactionCount", payer.address, "pending")),
                "maxPriorityFeePerGas": tip, "maxFeePerGas": max_fee, "gas": TRANSFER_GAS, "to": recipient,
                "value": value, "data": "0x", "accessList": []}
    receipt = send_and_check(payer, transfer)
    check(q(receipt["gasUsed"]) == TRANSFER_GAS, f"a transfer uses 21000 gas: {receipt['gasUsed']}")
    check(q(rpc("eth_getBalance", recipient, "latest")) == value, "recipient received the value")
    check(q(rpc("eth_getBalance", recipient, hex(q(receipt["blockNumber"]) - 1))) == 0, "recipient had nothing before")

    # (b) A contract call with value: Staking.delegate(validator) from account 1.
    args = bytes.fromhex(VALIDATOR[2:])
    data = "0x" + contract_call("delegate", args).hex()
    stake_query = {"to": STAKING, "method": "stakeOf", "args": "0x" + delegator.address[2:].lower()}
    stake_before = rpc("cairn_call", stake_query, "latest")
    check(stake_before["status"] == "success", f"stakeOf answers: {stake_before}")
    amount = 10**18
    estimate = q(rpc("eth_estimateGas", {"from": delegator.address, "to": STAKING, "value": hex(amount), "data": data}))
    check(estimate > TRANSFER_GAS, f"a contract call is estimated above 21000 gas: {estimate}")
    tip, max_fee = fees()
    call = {"type": 2, "chainId": CHAIN_ID, "nonce": q(rpc("eth_getTransactionCount", delegator.address, "pending")),
            "maxPriorityFeePerGas": tip, "maxFeePerGas": max_fee, "gas": estimate * 6 // 5, "to": STAKING,
            "value": amount, "data": data, "accessList": []}
    receipt = send_and_check(delegator, call)
    check(receipt["cairnStatus"] == "success", f"the call succeeded: {receipt}")
    check(q(receipt["gasUsed"]) > TRANSFER_GAS, f"the call used more than 21000 gas: {receipt['gasUsed']}")
    check(any(log["address"].lower() == STAKING for log in receipt["logs"]), f"Staking emitted an event: {receipt['logs']}")
    stake_after = rpc("cairn_call", stake_query, "latest")
    delta = int(stake_after["output"], 16) - int(stake_before["output"], 16)
    check(delta == amount, f"stakeOf grew by the value: {stake_before['output']} -> {stake_after['output']}")

    # web3.py reads the same node: send, wait for the receipt, read the block and the transaction.
    from web3 import Web3

    w3 = Web3(Web3.HTTPProvider(URL, request_kwargs={"timeout": 10}))
    check(w3.eth.chain_id == CHAIN_ID, "web3 chain_id")
    nonce = w3.eth.get_transaction_count(payer.address, "pending")
    tip, max_fee = fees()
    signed = Account.sign_transaction({"type": 2, "chainId": CHAIN_ID, "nonce": nonce, "maxPriorityFeePerGas": tip,
                                       "maxFeePerGas": max_fee, "gas": TRANSFER_GAS, "to": recipient, "value": 7,
                                       "data": b"", "accessList": []}, payer.key)
    tx_hash = w3.eth.send_raw_transaction(signed.raw_transaction)
    check(tx_hash == signed.hash, "web3 send_raw_transaction returns the hash")
    receipt = w3.eth.wait_for_transaction_receipt(tx_hash, timeout=20, poll_latency=0.05)
    check(receipt.status == 1 and receipt.gasUsed == TRANSFER_GAS, f"web3 receipt: {receipt}")
    block = w3.eth.get_block(receipt.blockNumber, full_transactions=True)
    check(block.hash == receipt.blockHash and block.number == receipt.blockNumber, f"web3 block: {block}")
    check(any(t.hash == tx_hash for t in block.transactions), "web3 block holds the transaction")
    tx = w3.eth.get_transaction(tx_hash)
    check(tx["from"] == payer.address and tx.to == recipient and tx.value == 7 and tx.nonce == nonce, f"web3 transaction: {tx}")
    check(w3.eth.get_balance(recipient) == value + 7, "web3 balance")
    check(w3.eth.block_number >= receipt.blockNumber, "web3 block_number")
    print("all checks passed")


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # noqa: BLE001 - every failure is reported the same way
        print(f"FAILED: {type(error).__name__}: {error}")
        sys.exit(1)
