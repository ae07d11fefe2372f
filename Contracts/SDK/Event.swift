/// Emits event `name` ("<Contract>.<Event>"): topic 0 is keccak256 of the name, then `topics`
/// (each 32 bytes, at most three; `Address.topic` pads an address), then the canonical `data`.
public func event(_ name: StaticString, topics: [[UInt8]] = [], data: [UInt8] = []) {
    var all: [[UInt8]] = [Host.keccak256([UInt8](ascii: name))]
    all.append(contentsOf: topics)
    Host.emit(topics: all, data: data)
}
