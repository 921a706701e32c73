import ArgumentParser
import Foundation
import LecternCore
import LecternFormats

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a document requirement by requirement.",
        discussion: """
            Requirements are matched by what they say, so an inserted item does not make every later one look
            changed. Each is reported as unchanged, reworded (with its character changes), renumbered (三是 → 四是),
            moved (to another section), added, removed, split or merged. Two folders compare their files paired
            by name. Any format Lectern reads may be compared with any other (a GB18030 copy equals its UTF-8
            original). Exit status: 0 the same, 1 different, 2 trouble (a file missing or unreadable).
            """
    )

    @Argument(help: "The old version: a file, or a folder.")
    var old: String

    @Argument(help: "The new version: a file, or a folder.")
    var new: String

    @Flag(help: "Print JSON (see docs/FORMAT.md).")
    var json = false

    @Flag(help: "Print only the counts of changes per section.")
    var stat = false

    @Option(
        help: ArgumentHelp(
            "Force an encoding for both versions instead of detecting it.", discussion: TextEncoding.userNames,
            valueName: "name"))
    var encoding: String?

    func run() throws {
        let forced = try encoding.map { name in
            guard let parsed = TextEncoding(userName: name) else {
                throw ValidationError("unknown encoding '\(name)'; use one of: \(TextEncoding.userNames)")
            }
            return parsed
        }
        let pairs = try VersionPairing.pairs(old: old, new: new)
        var comparisons: [DocumentComparison] = []
        for (oldPath, newPath) in pairs.paired {
            comparisons.append(DocumentComparison.compare(try open(oldPath, forced), try open(newPath, forced)))
        }
        if json {
            Console.printExact(
                ComparisonJSON.render(comparisons, onlyInOld: pairs.onlyInOld, onlyInNew: pairs.onlyInNew).rendered())
        } else {
            let highlighting = Self.usesColor ? ComparisonText.Highlighting.colors : .plain
            var report = comparisons.map {
                stat ? ComparisonText.stat($0) : ComparisonText.report($0, highlighting: highlighting)
            }
            report += pairs.onlyInOld.map {
                "only in \(TerminalSafeText.sanitize(old)): \(TerminalSafeText.sanitize($0))\n"
            }
            report += pairs.onlyInNew.map {
                "only in \(TerminalSafeText.sanitize(new)): \(TerminalSafeText.sanitize($0))\n"
            }
            // Already terminal-safe: ComparisonText neutralizes the document's text before adding its colours.
            Console.printExact(report.joined(separator: "\n"))
        }
        let same = pairs.onlyInOld.isEmpty && pairs.onlyInNew.isEmpty && comparisons.allSatisfy(\.isIdentical)
        if !same { throw ExitCode(1) }
    }

    private func open(_ path: String, _ forced: TextEncoding?) throws -> Document {
        do {
            return try DocumentOpener.open(path, encoding: forced)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }

    /// Colours only on a terminal, and never when NO_COLOR is set to anything (no-color.org) or TERM is dumb.
    static var usesColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(STDOUT_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
            && environment["TERM"] != "dumb"
    }
}

/// The files two paths stand for, paired: two files, or the files of two folders matched by name.
enum VersionPairing {
    struct Pairs {
        var paired: [(String, String)]
        var onlyInOld: [String] = []
        var onlyInNew: [String] = []
    }

    static func pairs(old: String, new: String) throws -> Pairs {
        switch (try kind(old), try kind(new)) {
        case (false, false): return Pairs(paired: [(old, new)])
        case (true, true):
            let oldFiles = try files(in: old)
            let newFiles = try files(in: new)
            let newNames = Set(newFiles.keys)
            let paired = oldFiles.keys.filter(newNames.contains).sorted(by: byName).map {
                (oldFiles[$0]!, newFiles[$0]!)
            }
            return Pairs(
                paired: paired, onlyInOld: oldFiles.keys.filter { newFiles[$0] == nil }.sorted(by: byName),
                onlyInNew: newFiles.keys.filter { oldFiles[$0] == nil }.sorted(by: byName))
        case (true, false): throw trouble(old, "is a folder but \(new) is a file; give two files or two folders")
        case (false, true): throw trouble(new, "is a folder but \(old) is a file; give two files or two folders")
        }
    }

    private static func byName(_ a: String, _ b: String) -> Bool {
        a.compare(b, options: .numeric) == .orderedAscending
    }

    /// True for a folder; a missing path ends the command.
    private static func kind(_ path: String) throws -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw trouble(path, "no such file or folder")
        }
        return isDirectory.boolValue
    }

    /// A folder's readable files by name.
    private static func files(in folder: String) throws -> [String: String] {
        do {
            let paths = try DocumentOpener.expand([folder])
            return Dictionary(paths.map { (($0 as NSString).lastPathComponent, $0) }) { first, _ in first }
        } catch {
            throw trouble(error.path, error.reason)
        }
    }

    private static func trouble(_ path: String, _ reason: String) -> ExitCode {
        Console.error("\(path): \(reason)")
        return ExitCode(2)
    }
}
