import Foundation
import LecternCore
import LecternTerminal
import LecternTestSupport
import Testing

/// A big file's first part shown while the whole loads: the preview answers keys at once, and the same keys
/// take effect on the whole document when it arrives.
@Suite struct ReaderSessionTests {
    /// The sample six times over (18 speeches), whole and its first 40 kB (a little over one copy).
    struct BigFile {
        let whole: Document
        let part: Document

        init(path: String = "big.txt") throws {
            let bytes = Array([[UInt8]](repeating: try Fixtures.sampleBytes(), count: 6).joined())
            whole = DocumentParser.parse(try TextDecoder.decode(bytes), path: path)
            part = DocumentParser.parse(try TextDecoder.decode(try #require(LeadingPart.cut(bytes, atLineEndAfter: 40_000))),
                                        path: path)
        }

        func open(memories: [String: ReadingMemory] = [:], width: Int = 100, height: Int = 30)
            -> (session: ReaderSession, load: WholeDocumentsLoad) {
            let whole = self.whole
            let opened = ReaderSession.open(ReaderOpening(shown: [part]) { .success([whole]) }, width: width,
                                            height: height, memories: memories, canRunEditor: false)
            return (opened.session, opened.load!)
        }
    }

    @Test func thePreviewSaysItIsLoadingAndTheWholeDocumentReplacesIt() throws {
        let file = try BigFile()
        #expect(file.part.speeches.count < file.whole.speeches.count)
        var (session, load) = file.open()
        #expect(session.isLoading)
        let preview = session.render().rows
        #expect(preview.last!.hasSuffix("loading…  ? help"))
        #expect(preview.last!.hasPrefix("big.txt │ 1 县长在干部述职评议会议上的讲话"))
        session.deliver(try load.wait().get())
        #expect(!session.isLoading)
        let whole = try HeadlessRun.run(documents: [file.whole], width: 100, height: 30, keys: "")
        #expect(session.render() == whole)
        #expect(session.render().rows.last!.hasSuffix("0%  ? help"))
        // The first screen of the preview is the whole document's but for the status line's progress.
        #expect(preview.dropLast() == whole.rows.dropLast())
    }

    @Test func keysTypedWhileLoadingTakeEffectOnTheWholeDocument() throws {
        let file = try BigFile()
        for keys in ["jjj]]}", ":2.4.3<Enter>zc", "/考评<Enter>nn", "G", "<Tab>jj<Enter>", "10]]mx:8.1<Enter>'x"] {
            var (session, load) = file.open()
            session.handle(try KeyNotation.parse(keys))
            session.deliver(try load.wait().get())
            #expect(session.render() == (try HeadlessRun.run(documents: [file.whole], width: 100, height: 30, keys: keys)),
                    "\(keys)")
        }
    }

    @Test func theEndWhileLoadingIsThePreviewsUntilTheWholeArrives() throws {
        let file = try BigFile()
        var (session, load) = file.open()
        session.handle(.character("G"))
        // The requirement id at the cursor starts with the speech's number.
        #expect(session.render().rows.last!.contains("  \(file.part.speeches.count)."))
        session.deliver(try load.wait().get())
        #expect(session.render().rows.last!.contains("  18."))
        #expect(session.render().rows.last!.hasSuffix("100%  ? help"))
    }

    @Test func quittingWhileLoadingEndsAtOnce() throws {
        var (session, _) = try BigFile().open()
        session.handle(.character("q"))
        #expect(session.isFinished)
        #expect(session.isLoading)
    }

    @Test func theWholeDocumentTakesTheSizeOfTheMoment() throws {
        let file = try BigFile()
        var (session, load) = file.open()
        session.handle(.resize(width: 60, height: 20))
        session.handle(.character("j"))
        session.deliver(try load.wait().get())
        #expect(session.app.width == 60 && session.app.height == 20)
        #expect(session.render() == (try HeadlessRun.run(documents: [file.whole], width: 100, height: 30,
                                                          keys: "<Resize:60x20>j")))
    }

    @Test func aRememberedPlaceBeyondThePreviewIsReturnedToWhenTheWholeArrives() throws {
        let file = try BigFile()
        let reader = DocumentReader(file.whole)
        let slot = file.whole.paragraphs.count - 5 + file.whole.speeches.count
        #expect(reader.index.slotCount > slot)
        var (session, load) = file.open(memories: [ReadingMemoryStore.key(for: "big.txt"): ReadingMemory(slot: slot)])
        #expect(session.render().rows.last!.contains("│ 1 "))
        session.deliver(try load.wait().get())
        #expect(session.render().rows.last!.contains("│ 18 "))
    }

    /// The preview writes nothing: an annotation typed while loading is made on the whole document, and only then
    /// saved, beside the source.
    @Test func annotatingWhileLoadingSavesOnlyOnTheWholeDocument() throws {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("big.txt").path
        let file = try BigFile(path: path)
        var (session, load) = file.open()
        session.handle(try KeyNotation.parse(":2.4.3<Enter>a纪律<Enter>"))
        let sidecar = path + ".annotations.json"
        #expect(!FileManager.default.fileExists(atPath: sidecar))
        #expect(try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent).isEmpty)
        session.deliver(try load.wait().get())
        let saved = try String(contentsOfFile: sidecar, encoding: .utf8)
        #expect(saved.contains("纪律"))
        #expect(saved.contains("\"exact\": \"三是知人善任能力"))
    }

    @Test func aFailedLoadIsOneLineNamingTheFile() throws {
        let part = try BigFile().part
        let opened = ReaderSession.open(
            ReaderOpening(shown: [part]) { .failure(ReaderOpeningFailure("big.txt: not a text file (NUL byte at offset 5000000)")) },
            width: 100, height: 30, memories: [:], canRunEditor: false)
        guard case .failure(let failure) = try #require(opened.load).wait() else {
            Issue.record("the load should fail")
            return
        }
        #expect(failure.description == "big.txt: not a text file (NUL byte at offset 5000000)")
    }

    @Test func wholeDocumentsNeedNoLoad() throws {
        let opened = ReaderSession.open(ReaderOpening(shown: [try Fixtures.sample()]), width: 100, height: 30,
                                        memories: [:], canRunEditor: false)
        #expect(opened.load == nil)
        #expect(!opened.session.isLoading)
        #expect(opened.session.render() == (try ScreenHarness.frame("")))
    }
}
