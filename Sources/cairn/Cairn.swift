import ArgumentParser

/// The `cairn` command: argument parsing and printing only; the work happens in the Cairn libraries.
@main
struct Cairn: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cairn",
        abstract: "Blockchain-anchored, end-to-end encrypted messaging.",
        discussion: """
            Keys live in $CAIRN_HOME/keys (default ~/.cairn/keys), encrypted with a passphrase. Scripts can \
            give the passphrase in CAIRN_PASSPHRASE or with --passphrase-file.
            """,
        version: "0.1.0",
        subcommands: [
            Keys.self, IdentityCommand.self, DeviceCommand.self, SendCommand.self, InboxCommand.self, Node.self, Devnet.self, Contract.self,
            ExplorerCommand.self, GatewayCommand.self, BlobCommand.self,
        ]
    )
}
