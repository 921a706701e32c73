import Foundation
import LecternCore

/// Opens what a user names on the command line: text files, Word .docx files, Word 97–2003 .doc and .wps files,
/// PDF files, Markdown files, and folders (their .txt, .docx, .doc, .wps, .pdf and .md files, sorted by name).
/// Every failure is one line naming the file and the reason.
public enum DocumentOpener {
    public static let folderExtensions: Set<String> = ["txt", "docx", "doc", "wps", "pdf", "md"]

    /// The files a list of paths stands for, folders expanded.
    public static func expand(_ paths: [String]) throws(DocumentLoadError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DocumentLoadError(path: path, reason: "no such file")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw DocumentLoadError(path: path, reason: "cannot list the folder")
            }
            let matching = FileNameOrder.sorted(
                names.filter { folderExtensions.contains(PathText.lowercasedExtension($0)) })
            if matching.isEmpty {
                throw DocumentLoadError(path: path, reason: "folder has no .txt, .docx, .doc, .wps, .pdf or .md files")
            }
            files += matching.map { PathText.join(path, $0) }
        }
        return files
    }

    /// One file as a document. `amongFiles` is how many files are opened with it: past
    /// `DocumentLoader.mostMappedFiles`, only a big file is mapped.
    public static func open(_ path: String, encoding: TextEncoding? = nil, amongFiles: Int = 1)
        throws(DocumentLoadError) -> Document
    {
        let ext = PathText.lowercasedExtension(path)
        if !wordExtensions.contains(ext),
            let text = try DocumentLoader.mappedText(
                path: path, encoding: encoding,
                isOtherFormat: { LegacyOfficeFile.matches($0) || PdfImporter.looksLikePDF($0) },
                smallest: amongFiles > DocumentLoader.mostMappedFiles
                    ? DocumentLoader.smallestWatchedFile : DocumentLoader.smallestMappedFile)
        {
            return parse(text, path: path, extension: ext)
        }
        let bytes = try DocumentLoader.readBytes(path: path)
        if LegacyOfficeFile.matches(bytes) {
            do {
                return DocumentParser.parse(
                    try LegacyWordImporter.text(of: bytes, path: path, extension: ext), path: path)
            } catch {
                throw DocumentLoadError(path: path, reason: error.reason)
            }
        }
        if ext == "pdf" || PdfImporter.looksLikePDF(bytes) {
            do {
                return DocumentParser.parse(try PdfImporter.text(ofFile: path), path: path)
            } catch {
                throw DocumentLoadError(path: path, reason: error.reason)
            }
        }
        switch ext {
        case "docx":
            do {
                return DocumentParser.parse(try DocxImporter.text(of: Data(bytes)), path: path)
            } catch {
                throw DocumentLoadError(path: path, reason: error.reason)
            }
        case "doc", "wps":
            throw DocumentLoadError(path: path, reason: LegacyWordImporter.notCompoundFileReason(extension: ext))
        default:
            return parse(try decode(bytes, path: path, encoding: encoding), path: path, extension: ext)
        }
    }

    /// Word files (and the legacy formats named like them) and PDFs are never read as text.
    static let wordExtensions: Set<String> = ["docx", "doc", "wps", "pdf"]

    /// A decoded text file's document; Markdown loses its heading hashes first.
    private static func parse(_ text: DecodedText, path: String, extension ext: String) -> Document {
        DocumentParser.parse(["md", "markdown"].contains(ext) ? MarkdownText.plain(text) : text, path: path)
    }

    /// The document made of a big text file's first `limit` bytes (cut after a line feed), for a reader to show
    /// while the whole file loads. Nil when there is no such part to show: a file of at most `minimumSize` bytes,
    /// a Word file, UTF-16, a first part that cannot be decoded or holds no text; opening the whole file then
    /// says what is wrong, if anything.
    public static func openLeadingPart(
        _ path: String, encoding: TextEncoding? = nil, limit: Int = 512 << 10,
        minimumSize: Int = 4 << 20
    ) -> Document? {
        let ext = PathText.lowercasedExtension(path)
        guard !wordExtensions.contains(ext),
            let size = PosixFileSystem().size(path), size > max(minimumSize, limit),
            // A line of up to 64 KiB past the limit still ends inside what is read.
            let bytes = try? DocumentLoader.readBytes(path: path, limit: limit + (64 << 10)),
            !LegacyOfficeFile.matches(bytes), !PdfImporter.looksLikePDF(bytes),
            let part = LeadingPart.cut(bytes, atLineEndAfter: limit, forced: encoding),
            let text = try? TextDecoder.decode(part, forcing: encoding)
        else { return nil }
        let document = parse(text, path: path, extension: ext)
        return document.paragraphs.isEmpty ? nil : document
    }

    public static func open(paths: [String], encoding: TextEncoding? = nil) throws(DocumentLoadError) -> [Document] {
        var documents: [Document] = []
        let files = try expand(paths)
        for file in files { documents.append(try open(file, encoding: encoding, amongFiles: files.count)) }
        return documents
    }

    private static func decode(_ bytes: [UInt8], path: String, encoding: TextEncoding?) throws(DocumentLoadError)
        -> DecodedText
    {
        do {
            return try TextDecoder.decode(bytes, forcing: encoding)
        } catch {
            throw DocumentLoadError(path: path, reason: error.description)
        }
    }
}

/// Word 97–2003 (.doc), WPS and encrypted Office files are OLE compound files: D0 CF 11 E0 A1 B1 1A E1.
enum LegacyOfficeFile {
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func matches(_ bytes: [UInt8]) -> Bool { bytes.starts(with: signature) }
}
