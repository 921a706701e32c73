import Foundation

/// The ground truth of one document, as `expected.json` gives it (keys in snake_case; keys the harness does not
/// score, such as `kind`, `child_lines` or `appendices`, are ignored).
struct DocumentExpectation: Decodable {
    let speeches: [ExpectedSpeech]
    /// Page chrome a reader should drop.
    let noiseLines: [Int]
    /// Lines that are neither clearly chrome nor clearly text: not scored either way.
    let ambiguousLines: [Int]?
}

struct ExpectedSpeech: Decodable {
    /// The exact text of the (first) title line.
    let title: String
    let line: Int
    /// Every line of a title that spans several lines; `title` is the first of them.
    let titleLines: [Int]?
    /// True for a speech with no title line (a Lectern addition to the format, for the bundled sample): `line` is
    /// where it starts and `title` what the reader infers from its opening.
    let titleInferred: Bool?
    let sections: [ExpectedSection]
}

/// A top-level numbered item of a speech.
struct ExpectedSection: Decodable {
    let marker: String
    /// The first characters after the marker.
    let titleStart: String
    let line: Int
    /// Second-level numbered items that start a line inside the section.
    let children: Int
}

/// `DIR/expected.json`: one expectation per document, named by a path relative to DIR.
enum AccuracyExpectation {
    static let fileName = "expected.json"

    struct LoadError: Error, CustomStringConvertible {
        let description: String
    }

    static func load(directory: String) throws -> [String: DocumentExpectation] {
        let path = (directory as NSString).appendingPathComponent(fileName)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LoadError(description: "\(path): cannot be read")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode([String: DocumentExpectation].self, from: data)
        } catch {
            throw LoadError(description: "\(path): not an expectation file (\(reason(error)))")
        }
    }

    /// Where decoding failed, in one line: the key path and what was wrong.
    private static func reason(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            return "\(keyPath(context)): no \(key.stringValue)"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            return "\(keyPath(context)): \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }

    private static func keyPath(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        return path.isEmpty ? "top level" : path
    }
}
