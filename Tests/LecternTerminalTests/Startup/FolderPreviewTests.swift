import Foundation
import LecternCore
import LecternTerminal
import LecternTestSupport
import Testing

/// A folder's first screen at once: its first file read, the others stand-ins (`Document.standIn`) until the
/// background load brings every file whole.
@Suite struct FolderPreviewTests {
    /// The sample (its tree fills a first screen) then `later` files, each read only by the load.
    struct Folder {
        let whole: [Document]
        let opening: ReadingOpening

        init(
            first: Document? = nil, later: [Document]? = nil,
            failure: DocumentLoadError? = nil
        ) throws {
            let first = try first ?? Fixtures.sample()
            let later =
                try later
                ?? (1...3).map {
                    Fixtures.document(
                        String(decoding: try Fixtures.sampleBytes(), as: UTF8.self), path: "\($0 + 1).txt")
                }
            let whole = [first] + later
            self.whole = whole
            opening = ReadingOpening(
                shown: [first] + later.map { Document.standIn(path: $0.path) },
                standIns: Set(1...later.count)
            ) { () -> Result<[Document], DocumentLoadError> in
                failure.map { .failure($0) } ?? .success(whole)
            }
        }

        func open(width: Int = 100, height: Int = 30) -> (session: ReaderSession, load: WholeDocumentsLoad) {
            let opened = ReaderSession.open(opening, width: width, height: height, memories: [:], canRunEditor: false)
            return (opened.session, opened.load!)
        }
    }

    @Test func theFirstFileAndTheTreeShowBeforeTheOtherFilesAreRead() throws {
        let folder = try Folder()
        var (session, load) = folder.open()
        #expect(session.isLoading && session.showsPreview)
        #expect(session.app.readers[1].document.text.utf8.count < 20)
        let preview = session.render().rows
        #expect(preview.last!.contains("loading…"))
        let whole = try HeadlessRun.run(documents: folder.whole, width: 100, height: 30, keys: "")
        #expect(preview.dropLast() == whole.rows.dropLast())
        session.deliver(try load.wait().get())
        #expect(!session.isLoading)
        #expect(session.app.readers[1].document.paragraphs.count == folder.whole[1].paragraphs.count)
        #expect(session.render() == whole)
    }

    @Test func keysTypedWhileLoadingTakeEffectOnEveryFile() throws {
        let folder = try Folder()
        for keys in ["jjj]]}", "G", "<Tab>jj<Enter>", "<Tab>G<Enter>", "/考评<Enter>nnnn", "zMjjjj", "<Resize:60x20>j"] {
            var (session, load) = folder.open()
            session.handle(try KeyNotation.parse(keys))
            session.deliver(try load.wait().get())
            #expect(
                session.render() == (try HeadlessRun.run(documents: folder.whole, width: 100, height: 30, keys: keys)),
                "\(keys)")
        }
    }

    /// A stand-in's row is unsure (the file may have no text, or speeches under its row): a first file too short
    /// to fill the tree shows the loading line.
    @Test func aTreeReachingAStandInIsNotShown() throws {
        let short = Fixtures.document("同志们：\n一、乙部分\n二、丙部分\n", path: "1.txt")
        let folder = try Folder(first: short)
        var (session, load) = folder.open()
        #expect(!session.showsPreview)
        #expect(session.render().rows.last!.hasPrefix("loading 1.txt, 2.txt, 3.txt, 4.txt…"))
        session.handle(.character("j"))
        session.deliver(try load.wait().get())
        #expect(session.render() == (try HeadlessRun.run(documents: folder.whole, width: 100, height: 30, keys: "j")))
    }

    @Test func aLaterFileWithNoTextIsLeftOutWithItsNotice() throws {
        let sample = String(decoding: try Fixtures.sampleBytes(), as: UTF8.self)
        let later = [
            DocumentParser.parse(DecodedText(utf8: [], encoding: .utf8, lineEnding: .lf), path: "2-empty.txt"),
            Fixtures.document(sample, path: "3.txt"),
        ]
        let folder = try Folder(later: later)
        var (session, load) = folder.open()
        #expect(session.showsPreview)
        session.handle(try KeyNotation.parse("jj"))
        session.deliver(try load.wait().get())
        #expect(session.app.readers.map(\.document.path) == [folder.whole[0].path, "3.txt"])
        let status = session.render().rows.last!
        #expect(status.hasPrefix("2-empty.txt: no text to show (the file is empty or only page chrome)"))
        let expected = try HeadlessRun.run(documents: [folder.whole[0], later[1]], width: 100, height: 30, keys: "jj")
        #expect(session.render().rows.dropLast() == expected.rows.dropLast())
    }

    @Test func anUnreadableLaterFileFailsTheLoadWithItsLine() throws {
        let folder = try Folder(
            failure: DocumentLoadError(path: "3.txt", reason: "not a text file (NUL byte at offset 12)"))
        let (session, load) = folder.open()
        #expect(session.showsPreview)
        guard case .failure(let failure) = load.wait() else {
            Issue.record("the load should fail")
            return
        }
        #expect(failure.description == "3.txt: not a text file (NUL byte at offset 12)")
    }
}
