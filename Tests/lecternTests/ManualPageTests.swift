import Foundation
import LecternTestSupport
import Testing

/// docs/lectern.1 against the commands as built: every subcommand, argument and long option the parser knows is on
/// the page, in its subcommand's entry. (`scripts/manual.sh --check`, run by CI, compares the whole page.)
@Suite struct ManualPageTests {
    struct Help: Decodable {
        struct Command: Decodable {
            var commandName: String
            var shouldDisplay: Bool?
            var arguments: [Argument]?
            var subcommands: [Command]?
        }
        struct Argument: Decodable {
            struct Name: Decodable {
                var kind: String
                var name: String
            }
            var kind: String
            var shouldDisplay: Bool
            var valueName: String?
            var names: [Name]?
        }
        var command: Command
    }

    /// Each subcommand's entry: from its `.It Em name` line to the next subcommand's.
    func entries(_ page: String) -> [String: String] {
        var entries: [String: String] = [:]
        var current: String?
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(".It Em ") {
                current = String(line.dropFirst(".It Em ".count))
                entries[current!] = ""
            } else if let name = current {
                entries[name]! += line + "\n"
            }
        }
        return entries
    }

    @Test func everySubcommandAndOptionIsOnTheManualPage() throws {
        let dump = try CommandRunner.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let help = try JSONDecoder().decode(Help.self, from: Data(dump.stdout.utf8))
        let page = try String(
            contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/lectern.1"), encoding: .utf8)
        let entries = entries(page)
        let hint = "; run scripts/manual.sh"
        for command in help.command.subcommands ?? [] where command.shouldDisplay != false {
            guard let entry = entries[command.commandName] else {
                Issue.record("docs/lectern.1 has no entry for \(command.commandName)\(hint)")
                continue
            }
            // Options are listed as `.It Fl -name …` (or `.It Fl h , -help`), arguments as `.It Ar name`.
            let items = entry.split(separator: "\n").filter { $0.hasPrefix(".It ") }
            for argument in command.arguments ?? [] where argument.shouldDisplay {
                let longNames = (argument.names ?? []).filter { $0.kind == "long" }.map { " -\($0.name)" }
                // A value name's first word: the page writes `file… id` as `"file id..."`.
                let valueName = (argument.valueName ?? "").prefix { $0.isLetter || $0.isNumber || $0 == "-" }
                let expected = argument.kind == "positional" ? [String(valueName)] : longNames
                for text in expected {
                    #expect(
                        items.contains { $0.contains(text) },
                        "\(command.commandName): \(text) is not on the page\(hint)")
                }
            }
        }
    }
}
