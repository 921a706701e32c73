import ArgumentParser

@main
struct Lectern: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lectern",
        abstract: "Read and check speeches and official documents by their own numbering.",
        discussion: """
            With no subcommand, opens the given files (or the bundled sample) for reading.
            Exit status: 0 success (check: clean), 1 check found problems, 2 unusable input.
            """,
        subcommands: [Read.self, Outline.self, Requirements.self, Show.self, Text.self, Check.self,
                      Annotate.self, Annotations.self, Tags.self, Export.self, Screen.self, Keys.self],
        defaultSubcommand: Read.self
    )
}
