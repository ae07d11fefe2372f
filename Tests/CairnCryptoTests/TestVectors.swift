import CairnCrypto
import Foundation
import Testing

/// Finds `../shared/testvectors` beside the checkout; a missing folder fails the test rather than skipping it.
enum TestVectors {
    static let root: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            dir.deleteLastPathComponent()
        }
        return dir.deletingLastPathComponent().appendingPathComponent("shared/testvectors")
    }()

    static func data(_ relativePath: String) throws -> Data {
        let url = root.appendingPathComponent(relativePath)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record("test vector file missing: \(url.path)")
            throw CocoaError(.fileNoSuchFile)
        }
        return data
    }

    static func decode<T: Decodable>(_ type: T.Type, from relativePath: String) throws -> T {
        try JSONDecoder().decode(T.self, from: data(relativePath))
    }
}

/// The parts of `ethereum.json` the crypto tests use.
struct EthereumVectors: Decodable {
    struct KeccakCase: Decodable { let input: String; let hash: String }
    struct AddressCase: Decodable { let privateKey: String; let publicKeyUncompressed: String; let address: String }
    struct PersonalSignCase: Decodable {
        let privateKey: String; let address: String; let message: String; let digest: String; let signature: String
    }
    struct TransactionCase: Decodable {
        let privateKey: String; let sender: String; let raw: String; let hash: String
        let v: Int; let r: String; let s: String
    }
    let keccak256: [KeccakCase]
    let addresses: [AddressCase]
    let eip191_personal_sign: [PersonalSignCase]
    let eip1559_transactions: [TransactionCase]
    let eip55_checksum: [String]

    static func load() throws -> EthereumVectors { try TestVectors.decode(Self.self, from: "ethereum.json") }
}

/// Left-pads big-endian hex (vectors strip leading zeros from r and s) to `count` bytes.
func paddedHex(_ hex: String, to count: Int) throws -> [UInt8] {
    let bytes = try Hex.decode(hex.count % 2 == 1 ? "0" + hex : hex)
    return [UInt8](repeating: 0, count: max(0, count - bytes.count)) + bytes
}

/// The same signature with s replaced by n − s: the high-s twin that strict verification must refuse.
func highSTwin(of sig: Secp256k1.Signature) throws -> Secp256k1.Signature {
    let n = try Hex.decode("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
    var out = [UInt8](repeating: 0, count: 32)
    var borrow = 0
    for i in (0..<32).reversed() {
        let d = Int(n[i]) - Int(sig.s[i]) - borrow
        out[i] = UInt8((d + 256) % 256)
        borrow = d < 0 ? 1 : 0
    }
    return try Secp256k1.Signature(compact: sig.r + out)
}
