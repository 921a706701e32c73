import Foundation
import LecternCore

/// Reads a PDF's text layer through poppler's pdftotext (see docs/ARCHITECTURE.md for why a program and not the
/// library): UTF-8 text in reading order, pages ended by form feeds, which `PagedText` turns into the text Lectern
/// reads (furniture out, page starts kept). Positions in that text are deterministic for a given file and
/// pdftotext version; the version is recorded as the text's extractor.
public enum PdfImporter {
    /// A file that opens with "%PDF-": a PDF whatever its name. (Readers accept the signature anywhere in the
    /// first 1,024 bytes, but a text that mentions it is not a PDF: a file named .pdf goes to pdftotext anyway.)
    static func looksLikePDF(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: Array("%PDF-".utf8))
    }

    /// Fewer letters than this per page, on average, is a page scan with at most a few stray characters.
    static let fewestCharactersPerPage = 10

    public static func text(ofFile path: String) throws(DocumentFormatError) -> DecodedText {
        let tool = ExternalTool.pdftotext
        guard tool.isInstalled else { throw .unreadable(tool.missingReason(for: "a PDF")) }
        // A path that starts with "-" would be read as an option.
        let argument = path.hasPrefix("-") ? "./" + path : path
        let output = try tool.run(["-enc", "UTF-8", "-eol", "unix", argument, "-"])
        guard output.status == 0 else { throw failure(output) }
        guard let extracted = String(validating: output.stdout, as: UTF8.self) else {
            throw .unreadable("pdftotext wrote text that is not UTF-8")
        }
        let text = PagedText.assemble(extracted, encoding: .pdf, extractor: version(of: tool))
        let pages = max(1, text.pages?.pageCount ?? 1)
        let characters = extracted.unicodeScalars.lazy.filter { !$0.properties.isWhitespace && $0 != "\u{C}" }
            .prefix(pages * fewestCharactersPerPage).count
        guard characters >= pages * fewestCharactersPerPage || (characters > 0 && pages == 1) else {
            throw .unreadable(
                "no text layer (a scanned document); add one by OCR, e.g. "
                    + "ocrmypdf -l chi_sim FILE.pdf OUT.pdf (it runs tesseract … -l chi_sim; Debian: ocrmypdf, tesseract-ocr-chi-sim)"
            )
        }
        return text
    }

    /// pdftotext's exit status and first error line as one reason: 1 is a file it cannot open (a password, damage),
    /// 3 a permission the file denies.
    private static func failure(_ output: ExternalTool.Output) -> DocumentFormatError {
        let message =
            output.stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { !$0.isEmpty } ?? "exit status \(output.status)"
        if message.lowercased().contains("password") {
            return .unreadable("an encrypted PDF (it needs a password); save a copy without the password and open that")
        }
        if output.status == 3 {
            return .unreadable("the PDF does not allow its text to be copied (\(message))")
        }
        return .unreadable("not a readable PDF (pdftotext: \(message))")
    }

    /// "pdftotext 22.12.0", from the first line of `pdftotext -v`.
    private static func version(of tool: ExternalTool) -> String? {
        guard let line = tool.version() else { return nil }
        return line.replacingOccurrences(of: " version ", with: " ")
    }
}
