#!/usr/bin/env python3
"""Signs a text as an Ethereum wallet's personal_sign does (EIP-191), with eth-account and no Cairn code.

Usage: sign_message.py TEXT_FILE PRIVATE_KEY_HEX
Prints the 65-byte signature r ‖ s ‖ v (v 27/28) as 0x + 130 hex digits.
"""
import sys

from eth_account import Account
from eth_account.messages import encode_defunct

with open(sys.argv[1], encoding="utf-8") as file:
    text = file.read()
signed = Account.sign_message(encode_defunct(text=text), sys.argv[2])
print("0x" + bytes(signed.signature).hex())
