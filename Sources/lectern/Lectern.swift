import ArgumentParser
import Foundation

@main
struct Lectern: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lectern",
        abstract: "Read and check speeches and official documents by their own numbering.",
        discussion: """
            With no subcommand, opens the given files (or the bundled sample) for reading.
            Exit status: 0 success (check: clean), 1 check found problems, 2 unusable input.
            """,
        subcommands: [
            Read.self, Outline.self, Requirements.self, Show.self, Text.self, Check.self,
            Annotate.self, Annotations.self, Tags.self, Export.self, MergeAnnotations.self, Diff.self, Screen.self,
            Keys.self,
        ],
        defaultSubcommand: Read.self
    )

    /// As ArgumentParser's own `main`, but its help and usage errors are printed through `Console` too: they
    /// quote the arguments given (a file name, an encoding), which must not reach the terminal raw either.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let message = fullMessage(for: error)
            let status = exitCode(for: error)
            if !message.isEmpty {
                if status.isSuccess { Console.print(message + "\n") } else { Console.errorReport(message + "\n") }
            }
            Foundation.exit(status.rawValue)
        }
    }
}
