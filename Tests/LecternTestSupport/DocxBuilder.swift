import Foundation
import ZIPFoundation

/// Writes small .docx files in code: a document body, and optional styles and numbering parts.
public struct DocxBuilder {
    public var body: [String] = []
    public var styles: String?
    public var numbering: String?

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
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ xml: String) throws {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        try add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        try add("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(Self.namespace)><w:body>\(body.joined())</w:body></w:document>")
        if let styles { try add("word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles \(Self.namespace)>\(styles)</w:styles>") }
        if let numbering { try add("word/numbering.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering \(Self.namespace)>\(numbering)</w:numbering>") }
        return archive.data!
    }

    /// An abstract numbering with levels (format, text) and instances (numId → start overrides per level).
    public static func numbering(abstractID: String = "0", levels: [(String, String)], instances: [String: [Int: Int]]) -> String {
        let lvls = levels.enumerated().map { ilvl, level in
            "<w:lvl w:ilvl=\"\(ilvl)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(level.0)\"/><w:lvlText w:val=\"\(level.1)\"/></w:lvl>"
        }.joined()
        let nums = instances.keys.sorted().map { numID in
            let overrides = instances[numID]!.map { "<w:lvlOverride w:ilvl=\"\($0.key)\"><w:startOverride w:val=\"\($0.value)\"/></w:lvlOverride>" }.joined()
            return "<w:num w:numId=\"\(numID)\"><w:abstractNumId w:val=\"\(abstractID)\"/>\(overrides)</w:num>"
        }.joined()
        return "<w:abstractNum w:abstractNumId=\"\(abstractID)\">\(lvls)</w:abstractNum>\(nums)"
    }
}
