import ArgumentParser
import LecternTerminal

/// Prints the reader's key bindings as Markdown; docs/KEYS.md is this output.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the reader's key bindings as Markdown (the content of docs/KEYS.md)."
    )

    func run() throws {
        Console.print(HelpText.markdown())
    }
}
