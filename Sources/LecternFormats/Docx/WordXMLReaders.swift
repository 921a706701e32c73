import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A paragraph of word/document.xml: the text of its runs joined, its style and its list numbering.
struct WordParagraph {
    var text = ""
    var styleID: String?
    var numID: String?
    var ilvl: Int?
}

/// Parses an XML part with a handler for element starts, ends and text; the WordprocessingML readers share it.
class WordXMLReader: NSObject, XMLParserDelegate {
    private(set) var failure: String?

    func read(_ data: Data) -> Bool {
        // Fed from a stream, libxml2 gets the part in chunks: handed all at once, a part over 10 MB fails
        // ("huge input lookup") although the document is sound.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        // Never load a DTD or an external entity (a file or URL the part names); these are XMLParser's defaults,
        // stated so they stay. Parts with a DTD do not get here at all (XMLPrologue).
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        if !parser.parse() {
            failure =
                parser.parserError.map { "\($0.localizedDescription) (line \(parser.lineNumber))" } ?? "unreadable XML"
            return false
        }
        return true
    }

    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}
    func text(_ string: String) {}

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        start(elementName, attributeDict)
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?
    ) {
        end(elementName)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }
}

/// word/document.xml → paragraphs in order, table cells included (each cell paragraph is a paragraph).
final class WordDocumentReader: WordXMLReader {
    private(set) var paragraphs: [WordParagraph] = []
    private var open: [WordParagraph] = []
    private var inText = false
    private var inParagraphProperties = false

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "w:p": open.append(WordParagraph())
        case "w:pPr": inParagraphProperties = true
        case "w:pStyle" where inParagraphProperties: modify { $0.styleID = attributes["w:val"] }
        case "w:numId" where inParagraphProperties: modify { $0.numID = attributes["w:val"] }
        case "w:ilvl" where inParagraphProperties: modify { $0.ilvl = attributes["w:val"].flatMap(Int.init) }
        case "w:t": inText = true
        case "w:tab" where !inParagraphProperties: modify { $0.text += "\t" }
        // A line break inside a paragraph joins its lines with a space: a paragraph stays one source line.
        case "w:br" where attributes["w:type"] != "page", "w:cr": modify { $0.text += " " }
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "w:p": if let paragraph = open.popLast() { paragraphs.append(paragraph) }
        case "w:pPr": inParagraphProperties = false
        case "w:t": inText = false
        default: break
        }
    }

    override func text(_ string: String) {
        if inText { modify { $0.text += string } }
    }

    private func modify(_ change: (inout WordParagraph) -> Void) {
        guard !open.isEmpty else { return }
        change(&open[open.count - 1])
    }
}

/// word/styles.xml → style names by id (ids are localized: "1", "标题 1"; names are not: "heading 1"),
/// and the list numbering a style carries.
final class WordStylesReader: WordXMLReader {
    struct Style {
        var name: String?
        var basedOn: String?
        var numID: String?
        var ilvl: Int?
    }

    private(set) var styles: [String: Style] = [:]
    private var current: String?

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "w:style":
            current = attributes["w:styleId"]
            if let id = current { styles[id] = Style() }
        case "w:name": modify { $0.name = attributes["w:val"] }
        case "w:basedOn": modify { $0.basedOn = attributes["w:val"] }
        case "w:numId": modify { $0.numID = attributes["w:val"] }
        case "w:ilvl": modify { $0.ilvl = attributes["w:val"].flatMap(Int.init) }
        default: break
        }
    }

    override func end(_ name: String) {
        if name == "w:style" { current = nil }
    }

    private func modify(_ change: (inout Style) -> Void) {
        guard let current, styles[current] != nil else { return }
        change(&styles[current]!)
    }

    /// 1–9 for styles named "heading 1" … "heading 9" (names are English whatever the ids are), following
    /// w:basedOn.
    func headingLevel(ofStyle id: String) -> Int? {
        var seen = Set<String>()
        var next: String? = id
        while let styleID = next, seen.insert(styleID).inserted, let style = styles[styleID] {
            if let name = style.name?.lowercased(), name.hasPrefix("heading "),
                let level = Int(name.dropFirst("heading ".count)), (1...9).contains(level)
            {
                return level
            }
            next = style.basedOn
        }
        return nil
    }

    /// The numbering a paragraph of this style gets, following w:basedOn.
    func numbering(ofStyle id: String) -> (numID: String, ilvl: Int)? {
        var seen = Set<String>()
        var next: String? = id
        while let styleID = next, seen.insert(styleID).inserted, let style = styles[styleID] {
            if let numID = style.numID { return (numID, style.ilvl ?? 0) }
            next = style.basedOn
        }
        return nil
    }
}

/// word/numbering.xml → `WordNumbering`.
final class WordNumberingReader: WordXMLReader {
    private(set) var numbering = WordNumbering()
    private var abstractID: String?
    private var level: (ilvl: Int, value: WordNumbering.Level)?
    private var numID: String?
    private var overrideLevel: Int?

    override func start(_ name: String, _ attributes: [String: String]) {
        let value = attributes["w:val"]
        switch name {
        case "w:abstractNum": abstractID = attributes["w:abstractNumId"]
        case "w:lvl":
            if let ilvl = attributes["w:ilvl"].flatMap(Int.init), abstractID != nil {
                level = (ilvl, WordNumbering.Level())
            }
        case "w:start" where level != nil: level?.value.start = value.flatMap(Int.init) ?? 1
        case "w:numFmt" where level != nil: level?.value.format = value ?? "decimal"
        case "w:lvlText" where level != nil: level?.value.text = value ?? ""
        case "w:lvlRestart" where level != nil: level?.value.restartAfter = value.flatMap(Int.init).map { $0 - 1 }
        case "w:num": numID = attributes["w:numId"]
        case "w:abstractNumId" where numID != nil:
            if let numID, let value { numbering.instances[numID] = WordNumbering.Instance(abstractID: value) }
        case "w:lvlOverride" where numID != nil: overrideLevel = attributes["w:ilvl"].flatMap(Int.init)
        case "w:startOverride":
            if let numID, let overrideLevel, let start = value.flatMap(Int.init) {
                numbering.instances[numID]?.startOverrides[overrideLevel] = start
            }
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "w:lvl":
            if let abstractID, let level {
                numbering.abstractLevels[abstractID, default: [:]][level.ilvl] = level.value
            }
            level = nil
        case "w:abstractNum": abstractID = nil
        case "w:num": numID = nil
        case "w:lvlOverride": overrideLevel = nil
        default: break
        }
    }
}
