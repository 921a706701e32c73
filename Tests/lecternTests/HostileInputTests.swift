import Foundation
import LecternTestSupport
import Testing

/// Files made to hurt: each is refused in one line naming the file and the limit, with exit status 2, and
/// nothing of the user's is changed.
@Suite struct HostileInputTests {
    @Test func aZipBombIsOneLineAndStatusTwo() throws {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("bomb.docx").path
        // 300 MB of spaces declaring 1,000 bytes: inflated, and stopped at the 256 MB limit.
        try ZipHeaders.declaringUncompressedSize(1_000, in: ZipBomb.docx(spaces: 300 << 20))
            .write(to: URL(fileURLWithPath: path))
        let result = try CommandRunner.run(["text", path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == "lectern: \(path): word/document.xml inflates past 256 MB; not a plausible Word document\n"
        )
    }

    @Test func aWordDocumentWithADTDIsOneLineAndStatusTwo() throws {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("entities.docx").path
        var docx = DocxBuilder()
        docx.prologue = "<!DOCTYPE w:document [<!ENTITY passwd SYSTEM \"file:///etc/passwd\">]>"
        docx.body.append("<w:p><w:r><w:t>&passwd;</w:t></w:r></w:p>")
        try docx.data().write(to: URL(fileURLWithPath: path))
        let result = try CommandRunner.run(["outline", path])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "lectern: \(path): word/document.xml declares a DTD, which Word never writes; not a plausible Word document\n"
        )
    }

    @Test func aSidecarNestedTooDeepIsOneLineAndKept() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let path = directory.appendingPathComponent("speeches.txt").path
        try FileManager.default.copyItem(atPath: Fixtures.samplePath, toPath: path)
        let sidecar = URL(fileURLWithPath: path + ".annotations.json")
        let deep = Data(
            #"{"version": 1, "annotations": [], "x": "#.utf8 + Data(repeating: UInt8(ascii: "["), count: 100_000))
        try deep.write(to: sidecar)
        for arguments in [["annotations", path], ["annotate", path, "--at", "1.1"]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 2)
            #expect(
                result.stderr.hasPrefix(
                    "lectern: \(sidecar.path): arrays and objects nested deeper than 64 levels at line 1, column 103; the file was left unchanged"
                ))
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(try Data(contentsOf: sidecar) == deep)
        }
    }
}
