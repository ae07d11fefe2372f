import Foundation
import Testing
import CairnCodec

/// Signed type-2 transactions from ../shared/testvectors/ethereum.json, produced by eth-account.
@Suite("EIP-1559 transaction vectors")
struct EIP1559VectorTests {
    struct Vector: Decodable {
        struct Transaction: Decodable {
            let type: String
            let chainId: String
            let nonce: String
            let maxPriorityFeePerGas: String
            let maxFeePerGas: String
            let gas: String
            let to: String
            let value: String
            let data: String
            let accessList: [String]
        }

        let tx: Transaction
        let raw: String
        let v: String
        let r: String
        let s: String
    }

    struct VectorFile: Decodable {
        let eip1559_transactions: [Vector]
    }

    static let vectorURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // CairnCodecTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent() // package root
        .appendingPathComponent("../shared/testvectors/ethereum.json")
        .standardizedFileURL

    /// Loads the vectors; throws (failing the test) rather than skipping if the file is absent.
    static func loadVectors() throws -> [Vector] {
        let text = try String(contentsOf: vectorURL, encoding: .utf8)
        // Values such as `value` exceed UInt64 and would lose precision as JSON numbers, so every
        // bare number is turned into a string before Foundation parses the document.
        let data = Data(quotingBareNumbers(in: text).utf8)
        return try JSONDecoder().decode(VectorFile.self, from: data).eip1559_transactions
    }

    @Test("every raw transaction decodes to the JSON fields and re-encodes byte for byte")
    func vectors() throws {
        let vectors = try Self.loadVectors()
        #expect(vectors.count >= 6)
        for vector in vectors {
            let raw = hex(vector.raw)
            try #require(raw.first == 0x02, "not a type-2 envelope: \(vector.raw.prefix(8))")
            let fields = try RLP.decode(raw.dropFirst()).list()
            try #require(fields.count == 12)

            let tx = vector.tx
            #expect(tx.type == "2")
            #expect(try fields[0].uint64() == UInt64(tx.chainId))
            #expect(try fields[1].uint64() == UInt64(tx.nonce))
            #expect(try fields[2].uint64() == UInt64(tx.maxPriorityFeePerGas))
            #expect(try fields[3].uint64() == UInt64(tx.maxFeePerGas))
            #expect(try fields[4].uint64() == UInt64(tx.gas))
            #expect(tx.to.hasPrefix("0x"))
            #expect(try fields[5].bytes() == hex(String(tx.to.dropFirst(2))))
            #expect(try fields[5].bytes().count == 20)
            let value = try #require(bigEndianBytes(decimal: tx.value))
            #expect(try fields[6].unsignedBytes(maxLength: 32) == value)
            #expect(try fields[7].bytes() == hex(tx.data))
            #expect(tx.accessList.isEmpty)
            #expect(try fields[8].list() == [])
            #expect(try fields[9].uint64() == UInt64(vector.v))
            #expect(try fields[10].unsignedBytes(maxLength: 32) == Self.unsignedHex(vector.r))
            #expect(try fields[11].unsignedBytes(maxLength: 32) == Self.unsignedHex(vector.s))

            var reencoded: [UInt8] = [0x02]
            RLP.encode(.list(fields), into: &reencoded)
            #expect(reencoded == raw)
        }
    }

    @Test("the decimal helper handles values beyond UInt64")
    func decimalHelper() {
        #expect(bigEndianBytes(decimal: "0") == [])
        #expect(bigEndianBytes(decimal: "255") == [0xff])
        #expect(bigEndianBytes(decimal: "256") == [0x01, 0x00])
        #expect(bigEndianBytes(decimal: "18446744073709551616") == [1, 0, 0, 0, 0, 0, 0, 0, 0])
        #expect(bigEndianBytes(decimal: "26527910590103790387") == hex("01702612217c75a333"))
        #expect(bigEndianBytes(decimal: "12a") == nil)
    }

    /// `r` and `s` are big-endian hex without zero padding, so they may have an odd digit count.
    static func unsignedHex(_ digits: String) -> [UInt8] {
        let padded = digits.count % 2 == 0 ? digits : "0" + digits
        return Array(hex(padded).drop { $0 == 0 })
    }

    /// Wraps every JSON number outside string literals in quotes, preserving its exact digits.
    static func quotingBareNumbers(in json: String) -> String {
        var output = ""
        output.reserveCapacity(json.count + json.count / 8)
        var inString = false
        var escaped = false
        var inNumber = false
        for character in json {
            if inString {
                output.append(character)
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                }
                continue
            }
            let isNumberCharacter = character.isNumber || "-+.eE".contains(character)
            if inNumber && !isNumberCharacter {
                output.append("\"")
                inNumber = false
            } else if !inNumber && (character.isNumber || character == "-") {
                output.append("\"")
                inNumber = true
            }
            if character == "\"" { inString = true }
            output.append(character)
        }
        if inNumber { output.append("\"") }
        return output
    }
}
