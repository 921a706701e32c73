import Foundation
import LecternCore

/// Reads a Word 97–2003 binary (.doc, or a .wps WPS Office saved in that format) through antiword, and through
/// catdoc when antiword is missing or fails. Both print one line per Word paragraph with a blank line between
/// paragraphs; numbers typed into the text (一、 （一） 1.) stay as written. The file is told by its content (an
/// OLE compound file with a `WordDocument` stream), not its name; the extension only words the reasons.
public enum LegacyWordImporter {
    /// The readers, best first (docs/ARCHITECTURE.md says why antiword leads).
    static let readers: [(tool: ExternalTool, arguments: [String])] = [
        (.antiword, ["-m", "UTF-8.txt", "-w", "0"]),
        (.catdoc, ["-d", "utf-8", "-w"]),
    ]

    /// The text of the OLE compound file `bytes` read from `path`.
    public static func text(of bytes: [UInt8], path: String, extension ext: String) throws(DocumentFormatError)
        -> DecodedText
    {
        switch CompoundFileKind.of(bytes) {
        case .encryptedPackage:
            throw .unreadable("an encrypted (password-protected) Office file; save it again without a password")
        case .other(let format):
            throw .unreadable(
                "an Office file but not a Word document" + (format.map { " (\($0))" } ?? "")
                    + "; Lectern reads .doc, .docx and .wps documents")
        case .wordDocument:
            return try extract(path: path, isWPS: ext == "wps")
        }
    }

    /// The reason for a .doc or .wps that is not an OLE compound file at all.
    public static func notCompoundFileReason(extension ext: String) -> String {
        ext == "wps"
            ? unreadableWPS
            : "not a Word 97–2003 file (no OLE signature; it may be RTF or renamed); save it as .docx and open that"
    }

    static let unreadableWPS = "a WPS file that cannot be read; save it as .docx from WPS Office"

    private static func extract(path: String, isWPS: Bool) throws(DocumentFormatError) -> DecodedText {
        let installed = readers.filter { $0.tool.isInstalled }
        guard !installed.isEmpty else {
            throw .unreadable(ExternalTool.antiword.missingReason(for: "a Word .doc file"))
        }
        // A path that starts with "-" would be read as a switch.
        let file = path.hasPrefix("-") ? "./" + path : path
        var failures: [String] = []
        for reader in installed {
            // A reader that cannot run or is stopped is a failure like any other: the next one is tried.
            let output: ExternalTool.Output
            do {
                output = try reader.tool.run(reader.arguments + [file])
            } catch {
                failures.append("\(reader.tool.name): \(error.reason)")
                continue
            }
            if output.status == 0, let text = decoded(output.stdout) { return text }
            let said = output.stderr.split(separator: "\n").first.map(String.init) ?? "no text"
            failures.append("\(reader.tool.name): \(said)")
        }
        if isWPS { throw .unreadable(unreadableWPS) }
        throw .unreadable(
            "a Word file that cannot be read (\(failures.joined(separator: "; "))); save it as .docx and open that")
    }

    /// A reader's output as text: UTF-8 with page breaks as line feeds and the blank lines before the text
    /// dropped; nil when it is not UTF-8 or has no text.
    static func decoded(_ stdout: Data) -> DecodedText? {
        var bytes = joiningSurrogates(stdout.map { $0 == 0x0C ? 0x0A : $0 })
        guard let first = bytes.firstIndex(where: { $0 != 0x0A && $0 != 0x0D }),
            bytes[first...].contains(where: { $0 > 0x20 })
        else { return nil }
        bytes.removeFirst(first)
        return try? TextDecoder.decode(bytes, forcing: .legacyWord)
    }

    /// Both tools write a character beyond the BMP (𠮷) as its two UTF-16 surrogates, three bytes each (CESU-8),
    /// which is not UTF-8: a pair becomes the character's four bytes, a surrogate alone U+FFFD.
    static func joiningSurrogates(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0xED) else { return bytes }
        /// The surrogate encoded at `i` (ED A0…BF 80…BF), if one is.
        func surrogate(at i: Int) -> UInt32? {
            guard i + 2 < bytes.count, bytes[i] == 0xED, bytes[i + 1] >= 0xA0, bytes[i + 1] <= 0xBF,
                bytes[i + 2] & 0xC0 == 0x80
            else { return nil }
            return 0xD000 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard let high = surrogate(at: i) else {
                out.append(bytes[i])
                i += 1
                continue
            }
            if high < 0xDC00, let low = surrogate(at: i + 3), low >= 0xDC00 {
                let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                out += [
                    0xF0 | UInt8(scalar >> 18), 0x80 | UInt8(scalar >> 12 & 0x3F),
                    0x80 | UInt8(scalar >> 6 & 0x3F), 0x80 | UInt8(scalar & 0x3F),
                ]
                i += 6
            } else {
                out += [0xEF, 0xBF, 0xBD]
                i += 3
            }
        }
        return out
    }
}
