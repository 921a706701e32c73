import Foundation
import LecternCore

/// `--accuracy DIR`: loads each document `DIR/expected.json` names (a path relative to DIR, so a fixture folder
/// can point at a document kept elsewhere) as the CLI does, scores it, and prints the figures. A measurement:
/// it exits 0 whatever the figures, and 2 only when the expectation cannot be read.
enum AccuracyHarness {
    static func run(directory: String, json: Bool, verbose: Bool) -> Int32 {
        let expectations: [String: DocumentExpectation]
        do {
            expectations = try AccuracyExpectation.load(directory: directory)
        } catch {
            FileHandle.standardError.write(Data("lectern-benchmark: \(error)\n".utf8))
            return 2
        }
        let files = expectations.keys.sorted().map { name in
            score(name, expectations[name]!, directory: directory)
        }
        let total = FileAccuracy.total(files)
        let unscored = textFiles(in: directory).filter { expectations[$0] == nil }
        if json {
            print(
                AccuracyJSON.render(directory: directory, files, total: total, unscored: unscored, verbose: verbose),
                terminator: "")
        } else {
            print(AccuracyTable.render(files, total: total, verbose: verbose), terminator: "")
            if !unscored.isEmpty {
                print("not in \(AccuracyExpectation.fileName), not scored: " + unscored.joined(separator: ", "))
            }
        }
        return 0
    }

    private static func score(_ name: String, _ expectation: DocumentExpectation, directory: String) -> FileAccuracy {
        let path = (directory as NSString).appendingPathComponent(name)
        do {
            return AccuracyScorer.score(try DocumentLoader.load(path: path), against: expectation, file: name)
        } catch {
            return AccuracyScorer.unreadable(expectation, file: name, reason: error.description)
        }
    }

    /// The `*.txt` files directly in the folder, by name.
    private static func textFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }
}
