import Foundation
import LecternCore

/// Documents for tests: the bundled sample and documents built from literal text.
public enum Fixtures {
    /// The package root, found from this file's location (Tests/LecternTestSupport/Fixtures.swift).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static var samplePath: String {
        packageRoot.appendingPathComponent("Resources/cadre-review-speeches.txt").path
    }

    public static func sampleBytes() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: samplePath)))
    }

    /// The sample's bytes `copies` times over: a big document of 3 × `copies` speeches.
    public static func repeatedSampleBytes(_ copies: Int) throws -> [UInt8] {
        Array([[UInt8]](repeating: try sampleBytes(), count: copies).joined())
    }

    public static func sample() throws -> Document {
        try DocumentLoader.load(path: samplePath)
    }

    /// A document parsed from text, as if read from a UTF-8 file.
    public static func document(_ text: String, path: String = "test.txt") -> Document {
        DocumentParser.parse(try! TextDecoder.decode(Array(text.utf8)), path: path)
    }

    /// A document parsed from an already decoded text (a paged text, a .docx's).
    public static func document(_ text: DecodedText, path: String = "test.pdf") -> Document {
        DocumentParser.parse(text, path: path)
    }

    /// A document from lines separated by blank lines, the way the sample is written.
    public static func document(paragraphs: [String], path: String = "test.txt") -> Document {
        document(paragraphs.joined(separator: "\n\n") + "\n", path: path)
    }
}

extension Document {
    /// "id label" for every node, for compact assertions.
    public var nodeSummary: [String] { nodes.map { "\($0.id) \($0.label)" } }
}
