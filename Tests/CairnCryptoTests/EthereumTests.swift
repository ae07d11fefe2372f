import CairnCrypto
import CairnCodec
import Foundation
import Testing

@Suite("Ethereum: Keccak-256, addresses, EIP-55, EIP-191, transaction signatures")
struct EthereumTests {
    let vectors: EthereumVectors
    init() throws { vectors = try EthereumVectors.load() }

    @Test func keccakMatchesEveryVector() throws {
        #expect(vectors.keccak256.count >= 8)
        for c in vectors.keccak256 {
            #expect(Hex.encode(Keccak256.hash(try Hex.decode(c.input))) == c.hash, "input \(c.input.prefix(40))")
        }
    }

    @Test func keccakIncrementalAgreesWithOneShotAtEveryBoundary() {
        // Sizes straddle the 136-byte rate so that the buffering path sees every split point.
        let data = (0..<700).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for length in [0, 1, 135, 136, 137, 271, 272, 273, 700] {
            let message = Array(data.prefix(length))
            let oneShot = Keccak256.hash(message)
            for split in Set([0, 1, length / 3, length / 2, max(0, length - 1), length]) where split <= length {
                var h = Keccak256()
                h.update(message[..<split])
                h.update(message[split...])
                #expect(h.finalize() == oneShot, "length \(length) split \(split)")
            }
        }
    }

    @Test func keccakIsNotSHA3() {
        // SHA3-256("") is a7ffc6f8…; Ethereum's Keccak-256("") differs only by padding.
        #expect(Hex.encode(Keccak256.hash([UInt8]())) == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
    }

    @Test func privateKeysGiveTheirPublicKeysAndAddresses() throws {
        #expect(!vectors.addresses.isEmpty)
        for c in vectors.addresses {
            let key = try Secp256k1.PrivateKey(rawRepresentation: try Hex.decode(c.privateKey))
            #expect(Hex.encode(key.publicKey.uncompressed) == c.publicKeyUncompressed)
            #expect(key.publicKey.address.checksummed == c.address)
            let reparsed = try Secp256k1.PublicKey(bytes: key.publicKey.compressed)
            #expect(reparsed == key.publicKey)
            #expect(try Address(c.address) == key.publicKey.address)
        }
    }

    @Test func eip55ChecksumsRoundTripAndRejectTypos() throws {
        for s in vectors.eip55_checksum + vectors.addresses.map(\.address) {
            let address = try Address(s)
            #expect(address.checksummed == s)
            #expect(try Address(s.lowercased().replacingOccurrences(of: "0x", with: "0x")) == address)
            #expect(try Address("0x" + s.dropFirst(2).uppercased()) == address)
            // Flip the case of one letter: a mixed-case address with a wrong checksum must be refused.
            var chars = Array(s)
            if let i = chars.indices.dropFirst(2).first(where: { chars[$0].isLetter }) {
                chars[i] = chars[i].isUppercase ? Character(chars[i].lowercased()) : Character(chars[i].uppercased())
                #expect(throws: CryptoError.addressChecksumMismatch(String(chars))) { try Address(String(chars)) }
            }
        }
        for bad in ["", "0x", "0x1234", "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeZ",
                    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00"] {
            #expect(throws: CryptoError.self) { try Address(bad) }
        }
    }

    @Test func personalSignDigestSignatureAndRecovery() throws {
        #expect(!vectors.eip191_personal_sign.isEmpty)
        for c in vectors.eip191_personal_sign {
            let message = try Hex.decode(c.message)
            let key = try Secp256k1.PrivateKey(rawRepresentation: try Hex.decode(c.privateKey))
            #expect(Hex.encode(PersonalMessage.digest(message)) == c.digest)
            // RFC 6979 makes the signature deterministic, so it must equal eth-account's byte for byte.
            #expect(Hex.encode(PersonalMessage.sign(message, with: key)) == c.signature)
            #expect(try PersonalMessage.recoverSigner(of: message, signature: try Hex.decode(c.signature)).checksummed == c.address)
            var tampered = message
            tampered.append(0)
            #expect(try PersonalMessage.recoverSigner(of: tampered, signature: try Hex.decode(c.signature)).checksummed != c.address)
        }
    }

    @Test func personalSignRejectsHighSAndBadV() throws {
        let c = try #require(vectors.eip191_personal_sign.first)
        let sig = try Hex.decode(c.signature)
        let message = try Hex.decode(c.message)
        var badV = sig
        badV[64] = 29 + 4
        #expect(throws: CryptoError.invalidSignature) { try PersonalMessage.recoverSigner(of: message, signature: badV) }
        let high = try highSTwin(of: Secp256k1.Signature(compact: sig[0..<64]))
        var flipped = high.compact + [sig[64] == 27 ? 28 : 27]
        #expect(throws: CryptoError.invalidSignature) { try PersonalMessage.recoverSigner(of: message, signature: flipped) }
        flipped.removeLast()
        #expect(throws: CryptoError.self) { try PersonalMessage.recoverSigner(of: message, signature: flipped) }
    }

    @Test func transactionSignaturesRecoverTheirSenders() throws {
        // A type-2 transaction is signed over keccak(0x02 || rlp([chainId … accessList])) and carries
        // (yParity, r, s); recovering the key from that hash must give the sender eth-account signed as.
        #expect(!vectors.eip1559_transactions.isEmpty)
        for c in vectors.eip1559_transactions {
            let raw = try Hex.decode(c.raw)
            #expect(raw.first == 0x02)
            #expect(Hex.encode(Keccak256.hash(raw)) == c.hash, "the transaction hash covers the signed envelope")
            let fields = try RLP.decode(raw[1...]).list()
            #expect(fields.count == 12)
            let signingHash = Keccak256.hash([0x02] + RLP.encode(.list(Array(fields[0..<9]))))
            let yParity = try fields[9].uint64()
            #expect(yParity == UInt64(c.v))
            let r = try fields[10].unsignedBytes(maxLength: 32), s = try fields[11].unsignedBytes(maxLength: 32)
            #expect(Hex.encode(r) == c.r.evenLengthHex, "r")
            let sig = try Secp256k1.RecoverableSignature(
                compact: paddedHex(Hex.encode(r), to: 32) + paddedHex(Hex.encode(s), to: 32), recoveryID: UInt8(yParity))
            #expect(sig.signature.isLowS)
            #expect(try sig.recoverPublicKey(forDigest: signingHash).address.checksummed == c.sender)
            // RFC 6979: signing the same hash with the known key reproduces eth-account's signature exactly.
            let key = try Secp256k1.PrivateKey(rawRepresentation: try Hex.decode(c.privateKey))
            #expect(try key.recoverableSignature(forDigest: signingHash) == sig)
        }
    }
}

private extension String {
    /// The vectors write r without leading zeros; RLP's minimal bytes hex-encode with an even length.
    var evenLengthHex: String { count % 2 == 1 ? "0" + self : self }
}
