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

        init(path: String = "big.txt", cut: Int = 40_000) throws {
            let bytes = try Fixtures.repeatedSampleBytes(6)
            whole = DocumentParser.parse(try TextDecoder.decode(bytes), path: path)
            part = DocumentParser.parse(
                try TextDecoder.decode(try #require(LeadingPart.cut(bytes, atLineEndAfter: cut))),
                path: path)
        }

        func open(memories: [String: ReadingMemory] = [:], width: Int = 100, height: Int = 30)
            -> (session: ReaderSession, load: WholeDocumentsLoad)
        {
            let whole = self.whole
            let opened = ReaderSession.open(
                ReadingOpening(shown: [part], firstParts: [0]) { () -> Result<[Document], DocumentLoadError> in
                    .success([whole])
                }, width: width,
                height: height, memories: memories, canRunEditor: false)
            return (opened.session, opened.load!)
        }
    }

    @Test func thePreviewSaysItIsLoadingAndTheWholeDocumentReplacesIt() throws {
        let file = try BigFile()
        #expect(file.part.speeches.count < file.whole.speeches.count)
        var (session, load) = file.open()
        #expect(session.isLoading && session.showsPreview)
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
        // That comparison can fail on this file: a first part cut at 20 kB (the first speech and the start of
        // the second) drawn as it is shows a tree that differs from the whole document's first screen — and that
        // part is not previewed.
        let short = try BigFile(cut: 20_000)
        let shortDrawn = try HeadlessRun.run(documents: [short.part], width: 100, height: 30, keys: "")
        #expect(shortDrawn.rows.dropLast() != whole.rows.dropLast())
        #expect(!short.open().session.showsPreview)
    }

    @Test func keysTypedWhileLoadingTakeEffectOnTheWholeDocument() throws {
        let file = try BigFile()
        for keys in [
            "jjj]]}", ":2.4.3<Enter>zc", "/考评<Enter>nn", "G", "<Tab>jj<Enter>", "10]]mx:8.1<Enter>'x",
            "50]sjj", "<Space><Space>kzM3]]<C-o>", "?j<Esc>",
        ] {
            var (session, load) = file.open()
            session.handle(try KeyNotation.parse(keys))
            session.deliver(try load.wait().get())
            #expect(
                session.render() == (try HeadlessRun.run(documents: [file.whole], width: 100, height: 30, keys: keys)),
                "\(keys)")
        }
    }

    /// The preview is a picture of the first screen: keys wait, and the status line says how many.
    @Test func thePreviewAnswersNoKeyButAResize() throws {
        let file = try BigFile()
        var (session, load) = file.open()
        let first = session.render()
        session.handle(try KeyNotation.parse("jjG"))
        #expect(session.render().rows.dropLast() == first.rows.dropLast())
        #expect(session.render().rows.last!.hasSuffix("loading… 3 keys wait  ? help"))
        #expect(session.waitingKeys == 3)
        session.handle(.resize(width: 80, height: 24))
        #expect(session.render().width == 80 && session.render().rows.count == 24)
        #expect(session.waitingKeys == 3)
        session.deliver(try load.wait().get())
        #expect(
            session.render()
                == (try HeadlessRun.run(
                    documents: [file.whole], width: 100, height: 30,
                    keys: "jjG<Resize:80x24>")))
        #expect(session.render().rows.last!.hasSuffix("100%  ? help"))
    }

    /// The mouse points at what is on screen now, which the whole document will not show as it is: clicks, drags
    /// and the wheel while loading are ignored, and not counted among the keys that wait.
    @Test func theMouseWhileLoadingIsIgnored() throws {
        let file = try BigFile()
        var (session, load) = file.open()
        session.handle(try KeyNotation.parse("<PageDown><Click:60,3><ScrollDown:60,5>j"))
        #expect(session.waitingKeys == 2)
        session.deliver(try load.wait().get())
        #expect(
            session.render()
                == (try HeadlessRun.run(documents: [file.whole], width: 100, height: 30, keys: "<PageDown>j")))
    }

    /// The preview reads no annotations, so a file with saved ones is not previewed: its first screen would lack
    /// their marks.
    @Test func aFileWithSavedAnnotationsIsNotPreviewed() throws {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("big.txt").path
        let file = try BigFile(path: path)
        var annotating = ReaderSession(ReaderApp(documents: [file.whole], width: 100, height: 30))
        annotating.handle(try KeyNotation.parse("jjjja重点<Enter>"))
        #expect(FileManager.default.fileExists(atPath: path + ".annotations.json"))
        var (session, load) = file.open()
        #expect(!session.showsPreview)
        #expect(session.render().rows.last!.hasPrefix("loading big.txt…"))
        session.deliver(try load.wait().get())
        #expect(session.render().rows.contains { $0.contains("▌") || $0.contains("重点") })
    }

    @Test func quittingWhileLoadingEndsAtOnce() throws {
        var (session, _) = try BigFile().open()
        session.handle(.character("q"))
        #expect(session.isFinished)
        #expect(session.isLoading)
    }

    /// A q typed after other keys is one of them: it quits when its turn comes on the whole document, and a key
    /// after it does nothing.
    @Test func aQAfterOtherKeysQuitsOnTheWholeDocument() throws {
        let file = try BigFile()
        var (session, load) = file.open()
        session.handle(try KeyNotation.parse("Gq"))
        #expect(!session.isFinished)
        session.deliver(try load.wait().get())
        #expect(session.isFinished)
        let slot = session.app.reader.cursor.slot
        session.handle(.character("g"))
        #expect(session.app.reader.cursor.slot == slot)
    }

    @Test func resizesWhileLoadingAreReplayedInTheirPlace() throws {
        let file = try BigFile()
        for keys in ["<Resize:60x20>j", "jjjjjjjj<Resize:60x20>j<Resize:120x40>", "G<Resize:50x12>k"] {
            var (session, load) = file.open()
            session.handle(try KeyNotation.parse(keys))
            session.deliver(try load.wait().get())
            #expect(
                session.render() == (try HeadlessRun.run(documents: [file.whole], width: 100, height: 30, keys: keys)),
                "\(keys)")
        }
    }

    /// A window that would show more than the first part is sure of shows the loading line instead.
    @Test func aScreenReachingPastWhatTheFirstPartIsSureOfIsNotShown() throws {
        let file = try BigFile()
        var (session, load) = file.open()
        session.handle(.resize(width: 100, height: 300))
        let rows = session.render().rows
        #expect(rows.dropLast().allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty })
        #expect(rows.last!.hasPrefix("loading big.txt…"))
        session.deliver(try load.wait().get())
        #expect(
            session.render()
                == (try HeadlessRun.run(
                    documents: [file.whole], width: 100, height: 30,
                    keys: "<Resize:100x300>")))
    }

    /// A first part holding a single speech is sure of nothing: only the loading line is shown.
    @Test func aFirstPartOfOneSpeechIsNotShown() throws {
        let bytes = try Fixtures.repeatedSampleBytes(6)
        let whole = DocumentParser.parse(try TextDecoder.decode(bytes), path: "big.txt")
        let part = DocumentParser.parse(
            try TextDecoder.decode(try #require(LeadingPart.cut(bytes, atLineEndAfter: 5_000))),
            path: "big.txt")
        #expect(part.speeches.count == 1 && part.paragraphsAlikeInWholeFile == 0)
        var (session, load) = ReaderSession.open(
            ReadingOpening(shown: [part], firstParts: [0]) { () -> Result<[Document], DocumentLoadError> in
                .success([whole])
            },
            width: 100, height: 30, memories: [:], canRunEditor: false)
        #expect(session.render().rows.last!.hasPrefix("loading big.txt…"))
        session.handle(.character("j"))
        #expect(session.render().rows.last!.hasPrefix("loading big.txt…  1 key wait"))
        session.deliver(try #require(load).wait().get())
        #expect(session.render() == (try HeadlessRun.run(documents: [whole], width: 100, height: 30, keys: "j")))
    }

    @Test func aRememberedPlaceBeyondThePreviewIsReturnedToWhenTheWholeArrives() throws {
        let file = try BigFile()
        let reader = DocumentReader(file.whole)
        let slot = file.whole.paragraphs.count - 5 + file.whole.speeches.count
        #expect(reader.index.slotCount > slot)
        let memories = [ReadingMemoryStore.key(for: "big.txt"): ReadingMemory(slot: slot)]
        var (session, load) = file.open(memories: memories)
        #expect(session.render().rows.last!.hasPrefix("loading big.txt… (returning to where you left off)"))
        session.handle(try KeyNotation.parse("kk"))
        session.deliver(try load.wait().get())
        #expect(session.render().rows.last!.contains("│ 18 "))
        #expect(session.render() == (try ReaderSessionTests.wholeSession(file, memories: memories, keys: "kk")))
    }

    @Test func aRememberedPlaceInsideThePreviewIsShownAtOnce() throws {
        let file = try BigFile()
        let memories = [ReadingMemoryStore.key(for: "big.txt"): ReadingMemory(slot: 60)]
        var (session, load) = file.open(memories: memories)
        let whole = try ReaderSessionTests.wholeSession(file, memories: memories, keys: "")
        #expect(session.render().rows.dropLast() == whole.rows.dropLast())
        session.deliver(try load.wait().get())
        #expect(session.render() == whole)
    }

    /// What opening the annotations had to say (here: the sidecar cannot be read) is not lost to keys typed while
    /// loading.
    @Test func theAnnotationNoticeOutlivesKeysTypedWhileLoading() throws {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("big.txt").path
        try Data("{ not json".utf8).write(to: URL(fileURLWithPath: path + ".annotations.json"))
        let file = try BigFile(path: path)
        var (session, load) = file.open()
        session.handle(try KeyNotation.parse("jj"))
        session.deliver(try load.wait().get())
        #expect(session.render().rows.last!.hasPrefix("annotations read-only: big.txt.annotations.json"))
        #expect(try String(contentsOfFile: path + ".annotations.json", encoding: .utf8) == "{ not json")
    }

    static func wholeSession(_ file: BigFile, memories: [String: ReadingMemory], keys: String) throws -> ScreenBuffer {
        var (session, load) = ReaderSession.open(
            ReadingOpening(shown: [file.whole]), width: 100, height: 30,
            memories: memories, canRunEditor: false)
        #expect(load == nil)
        session.handle(try KeyNotation.parse(keys))
        return session.render()
    }

    /// Annotations change only with the whole document on screen: keys typed while loading are replayed up to
    /// the first annotation key, and nothing is written before the whole document is there.
    @Test func annotationKeysTypedWhileLoadingAreNotReplayed() throws {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("big.txt").path
        let file = try BigFile(path: path)
        var (session, load) = file.open()
        session.handle(try KeyNotation.parse(":2.4.3<Enter>a纪律<Enter>"))
        let folder = (path as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        session.deliver(try load.wait().get())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        let status = session.render().rows.last!
        #expect(status.hasPrefix("keys typed while loading stopped at a: annotations wait for the whole file"))
        #expect(status.contains("2.4.3"))
    }

    /// An annotation the preview could not show is never deleted or changed by keys typed while loading.
    @Test func existingAnnotationsAreSafeFromKeysTypedWhileLoading() throws {
        let path = try CommandRunner.temporaryDirectory().appendingPathComponent("big.txt").path
        let file = try BigFile(path: path)
        var annotating = ReaderSession(ReaderApp(documents: [file.whole], width: 100, height: 30))
        annotating.handle(try KeyNotation.parse(":2.4.3<Enter>a纪律<Enter>s"))
        let sidecar = path + ".annotations.json"
        let saved = try Data(contentsOf: URL(fileURLWithPath: sidecar))
        #expect(String(decoding: saved, as: UTF8.self).contains("纪律"))
        for keys in [
            ":2.4.3<Enter>x", ":2.4.3<Enter>s", ":2.4.3<Enter>T<BS><BS><Enter>", ":2.4.3<Enter>:status done<Enter>",
            "Ar", ":2.4.3<Enter>u", ":w \(path).copy.json<Enter>",
        ] {
            var (session, load) = file.open()
            session.handle(try KeyNotation.parse(keys))
            session.deliver(try load.wait().get())
            #expect(try Data(contentsOf: URL(fileURLWithPath: sidecar)) == saved, "\(keys)")
            #expect(!FileManager.default.fileExists(atPath: path + ".copy.json"), "\(keys)")
            #expect(session.render().rows.last!.hasPrefix("keys typed while loading stopped at "), "\(keys)")
        }
    }

    @Test func aFailedLoadIsOneLineNamingTheFile() throws {
        let part = try BigFile().part
        let opened = ReaderSession.open(
            ReadingOpening(shown: [part], firstParts: [0]) { () -> Result<[Document], DocumentLoadError> in
                .failure(DocumentLoadError(path: "big.txt", reason: "not a text file (NUL byte at offset 5000000)"))
            },
            width: 100, height: 30, memories: [:], canRunEditor: false)
        guard case .failure(let failure) = try #require(opened.load).wait() else {
            Issue.record("the load should fail")
            return
        }
        #expect(failure.description == "big.txt: not a text file (NUL byte at offset 5000000)")
    }

    @Test func wholeDocumentsNeedNoLoad() throws {
        let opened = ReaderSession.open(
            ReadingOpening(shown: [try Fixtures.sample()]), width: 100, height: 30,
            memories: [:], canRunEditor: false)
        #expect(opened.load == nil)
        #expect(!opened.session.isLoading)
        #expect(opened.session.render() == (try ScreenHarness.frame("")))
    }
}
