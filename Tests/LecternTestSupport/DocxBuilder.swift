import Foundation
import ZIPFoundation

/// Writes small .docx files in code: a document body, and optional styles and numbering parts.
public struct DocxBuilder {
    public var body: [String] = []
    public var styles: String?
    public var numbering: String?
    /// Written between word/document.xml's XML declaration and its root element (a DOCTYPE, comments).
    public var prologue = ""
    /// More entries, written as they are (media, settings, anything a package may hold).
    public var otherParts: [(path: String, content: String)] = []

    public init() {}

    public static func run(_ text: String) -> String {
        "<w:r><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r>"
    }

    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A paragraph from runs, with an optional style id and list numbering.
    public mutating func paragraph(_ runs: [String], style: String? = nil, numID: String? = nil, ilvl: Int = 0) {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if let numID { properties += "<w:numPr><w:ilvl w:val=\"\(ilvl)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>" }
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        body.append("<w:p>\(pPr)\(runs.map(Self.run).joined())</w:p>")
    }

    public mutating func paragraph(_ text: String, style: String? = nil, numID: String? = nil, ilvl: Int = 0) {
        paragraph([text], style: style, numID: numID, ilvl: ilvl)
    }

    public static let namespace = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    public func data() throws -> Data {
        var parts: [(String, Data)] = [
            (
                "[Content_Types].xml",
                Data(
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                        .utf8)
            ),
            (
                "word/document.xml",
                Data(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\(prologue)<w:document \(Self.namespace)><w:body>\(body.joined())</w:body></w:document>"
                        .utf8)
            ),
        ]
        if let styles {
            parts.append(
                (
                    "word/styles.xml",
                    Data(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles \(Self.namespace)>\(styles)</w:styles>"
                            .utf8)
                ))
        }
        if let numbering {
            parts.append(
                (
                    "word/numbering.xml",
                    Data(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering \(Self.namespace)>\(numbering)</w:numbering>"
                            .utf8)
                ))
        }
        parts += otherParts.map { ($0.path, Data($0.content.utf8)) }
        return try Self.archive(parts)
    }

    /// A zip archive of `parts` (path, bytes), each deflated.
    public static func archive(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    /// An abstract numbering with levels (format, text) and instances (numId → start overrides per level).
    public static func numbering(abstractID: String = "0", levels: [(String, String)], instances: [String: [Int: Int]])
        -> String
    {
        let lvls = levels.enumerated().map { ilvl, level in
            "<w:lvl w:ilvl=\"\(ilvl)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(level.0)\"/><w:lvlText w:val=\"\(level.1)\"/></w:lvl>"
        }.joined()
        let nums = instances.keys.sorted().map { numID in
            let overrides = instances[numID]!.map {
                "<w:lvlOverride w:ilvl=\"\($0.key)\"><w:startOverride w:val=\"\($0.value)\"/></w:lvlOverride>"
            }.joined()
            return "<w:num w:numId=\"\(numID)\"><w:abstractNumId w:val=\"\(abstractID)\"/>\(overrides)</w:num>"
        }.joined()
        return "<w:abstractNum w:abstractNumId=\"\(abstractID)\">\(lvls)</w:abstractNum>\(nums)"
    }
}
